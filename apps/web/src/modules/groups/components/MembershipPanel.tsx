import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Notice } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentKind, MembershipRole } from '../../../gql/graphql';
import { useViewer } from '../../account/hooks/useViewer';
import { signInPathFor } from '../../account/utils/next-path';
import { ActionError } from '../../errors/components/ActionError';
import {
  JoiningPrivacyQuery,
  JoinGroupMutation,
  LeaveGroupMutation,
} from '../graphql/organise.graphql';

export interface MembershipPanelProps {
  group: {
    id: string;
    slug: string;
    name: string;
    archivedAt?: string | null;
    viewerRole?: MembershipRole | null;
  };
}

/** The queries that show who belongs to the group, asked again after joining or leaving. */
const AFTER_CHANGE = ['Group', 'OrganiserPanel'];

/**
 * Join or leave the group, with what joining means for one's privacy said right by the button
 * (docs/access.md: organisers see a member only with the VISIBLE_TO_GROUP_ORGANISERS consent).
 */
export function MembershipPanel({ group }: MembershipPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const privacyId = useId();
  const { viewer, known } = useViewer();
  const privacy = useQuery(JoiningPrivacyQuery, { skip: !viewer });
  const [notice, setNotice] = useState('');
  const [join, joining] = useMutation(JoinGroupMutation, {
    refetchQueries: AFTER_CHANGE,
    awaitRefetchQueries: true,
  });
  const [leave, leaving] = useMutation(LeaveGroupMutation, {
    refetchQueries: AFTER_CHANGE,
    awaitRefetchQueries: true,
  });
  const role = group.viewerRole ?? null;
  const shared =
    privacy.data?.me?.consents.some(
      (consent) => consent.kind === ConsentKind.VisibleToGroupOrganisers && consent.inForce,
    ) ?? false;

  let body;
  if (group.archivedAt && !role) {
    body = <p>{t('organise.join.archived')}</p>;
  } else if (!known) {
    body = null;
  } else if (!viewer) {
    body = (
      <>
        <p id={privacyId}>{t('organise.join.privacySignedOut')}</p>
        <p>
          <Link
            className="button-link"
            to={signInPathFor(`/groups/${group.slug}`)}
            aria-describedby={privacyId}
          >
            {t('organise.join.signIn')}
          </Link>
        </p>
      </>
    );
  } else if (role) {
    body = (
      <>
        <p>
          {role === MembershipRole.Organiser
            ? t('organise.join.youOrganise')
            : t('organise.join.youBelong')}
        </p>
        <p id={privacyId}>
          {role === MembershipRole.Organiser
            ? t('organise.join.organiserVisible')
            : shared
              ? t('organise.join.memberShared')
              : t('organise.join.memberPrivate')}{' '}
          <Link to="/privacy">{t('organise.join.privacyLink')}</Link>
        </p>
        <Button
          variant="secondary"
          aria-describedby={privacyId}
          aria-busy={leaving.loading || undefined}
          onClick={() =>
            void leave({ variables: { groupId: group.id } }).then(
              () => setNotice(t('organise.join.left', { name: group.name })),
              () => undefined,
            )
          }
        >
          {t('organise.join.leave')}
        </Button>
        <ActionError error={leaving.error} />
      </>
    );
  } else {
    body = (
      <>
        <h3>{t('organise.join.privacyHeading')}</h3>
        <p id={privacyId}>
          {privacy.loading
            ? t('organise.join.checking')
            : shared
              ? t('organise.join.privacyShared')
              : t('organise.join.privacyPrivate')}{' '}
          <Link to="/privacy">{t('organise.join.privacyLink')}</Link>
        </p>
        <Button
          aria-describedby={privacyId}
          aria-busy={joining.loading || undefined}
          onClick={() =>
            void join({ variables: { groupId: group.id } }).then(
              () => setNotice(t('organise.join.joined', { name: group.name })),
              () => undefined,
            )
          }
        >
          {t('organise.join.join')}
        </Button>
        <ActionError error={joining.error} />
      </>
    );
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organise.join.heading')}</h2>
      {body}
      <Notice>{notice}</Notice>
    </section>
  );
}
