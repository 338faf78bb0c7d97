import { Route, Routes } from 'react-router';
import { GroupPage } from '../pages/groups/GroupPage';
import { HelpPage } from '../pages/help/HelpPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { SpacePage } from '../pages/spaces/SpacePage';
import { Layout } from './Layout';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="groups/:id" element={<GroupPage />} />
        <Route path="spaces/:id" element={<SpacePage />} />
        <Route path="help" element={<HelpPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
