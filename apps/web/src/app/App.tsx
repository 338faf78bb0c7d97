import { Route, Routes } from 'react-router';
import { AccountPage } from '../pages/account/AccountPage';
import { ConnectionsPage } from '../pages/account/ConnectionsPage';
import { DiscoverPage } from '../pages/discover/DiscoverPage';
import { ForgotPasswordPage } from '../pages/account/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/account/ResetPasswordPage';
import { SignInPage } from '../pages/account/SignInPage';
import { SignUpPage } from '../pages/account/SignUpPage';
import { GroupPage } from '../pages/groups/GroupPage';
import { NewGroupPage } from '../pages/groups/NewGroupPage';
import { EditGroupPage } from '../pages/groups/EditGroupPage';
import { InvitationPage } from '../pages/groups/InvitationPage';
import { ExchangePage } from '../pages/help/ExchangePage';
import { HelpPage } from '../pages/help/HelpPage';
import { HelpPostPage } from '../pages/help/HelpPostPage';
import { MyHelpPage } from '../pages/help/MyHelpPage';
import { NewHelpPostPage } from '../pages/help/NewHelpPostPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { NearbyParentsPage } from '../pages/people/NearbyParentsPage';
import { PrivacyPage } from '../pages/privacy/PrivacyPage';
import { ModerationPage } from '../pages/safety/ModerationPage';
import { SocialGraphPage } from '../pages/admin/SocialGraphPage';
import { SafeguardingConcernsPage } from '../pages/safety/SafeguardingConcernsPage';
import { SafeguardingPage } from '../pages/safety/SafeguardingPage';
import { EditSessionPage } from '../pages/sessions/EditSessionPage';
import { NewSessionPage } from '../pages/sessions/NewSessionPage';
import { SessionDatesPage } from '../pages/sessions/SessionDatesPage';
import { SessionPage } from '../pages/sessions/SessionPage';
import { CheckInPage } from '../pages/check-in/CheckInPage';
import { MyAttendancePage } from '../pages/check-in/MyAttendancePage';
import { RegisterPage } from '../pages/check-in/RegisterPage';
import { SpacePage } from '../pages/spaces/SpacePage';
import { UpcomingPage } from '../pages/upcoming/UpcomingPage';
import {
  EditSpacePage,
  NewSpacePage,
  SuggestSpaceChangePage,
} from '../pages/spaces/SpaceFormPages';
import { Layout } from './Layout';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="discover" element={<DiscoverPage />} />
        <Route path="sessions/:id" element={<SessionPage />} />
        <Route path="sessions/:id/edit" element={<EditSessionPage />} />
        <Route path="sessions/:id/dates" element={<SessionDatesPage />} />
        <Route path="sessions/:id/register/:date" element={<RegisterPage />} />
        <Route path="check-in" element={<CheckInPage />} />
        <Route path="check-in/:code" element={<CheckInPage />} />
        <Route path="attendance" element={<MyAttendancePage />} />
        <Route path="groups/:id" element={<GroupPage />} />
        <Route path="groups/:id/sessions/new" element={<NewSessionPage />} />
        <Route path="groups/new" element={<NewGroupPage />} />
        <Route path="groups/:slug/edit" element={<EditGroupPage />} />
        <Route path="invitations/:token" element={<InvitationPage />} />
        <Route path="spaces/:id" element={<SpacePage />} />
        <Route path="spaces/new" element={<NewSpacePage />} />
        <Route path="spaces/:id/edit" element={<EditSpacePage />} />
        <Route path="spaces/:id/suggest" element={<SuggestSpaceChangePage />} />
        <Route path="help" element={<HelpPage />} />
        <Route path="help/new" element={<NewHelpPostPage />} />
        <Route path="help/mine" element={<MyHelpPage />} />
        <Route path="help/posts/:id" element={<HelpPostPage />} />
        <Route path="help/exchanges/:id" element={<ExchangePage />} />
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="account/connections" element={<ConnectionsPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="people/nearby" element={<NearbyParentsPage />} />
        <Route path="upcoming" element={<UpcomingPage />} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="safeguarding" element={<SafeguardingPage />} />
        <Route path="safeguarding/concerns" element={<SafeguardingConcernsPage />} />
        <Route path="admin/social-graph" element={<SocialGraphPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
