import { useMutation } from '@apollo/client/react';
import { Button, Notice } from '@village/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import { InviteCoOrganiserMutation } from '../graphql/organise.graphql';

/** The address that accepts an invitation (pages/groups/InvitationPage.tsx). */
export const invitationLink = (token: string) =>
  `${window.location.origin}/invitations/${encodeURIComponent(token)}`;

/** Makes a single-use link for a co-organiser and shows it once, ready to copy. */
export function InviteCoOrganiser({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const linkId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [invite, { data, loading, error }] = useMutation(InviteCoOrganiserMutation, {
    refetchQueries: ['OrganiserPanel'],
  });
  const [copied, setCopied] = useState('');
  const link = data ? invitationLink(data.inviteCoOrganiser.token) : null;

  async function copy() {
    if (!link) return;
    input.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied(t('organise.invite.copied'));
    } catch {
      // No clipboard (an old browser, a denied permission): the link is selected to copy by hand.
      setCopied(t('organise.invite.copyByHand'));
    }
  }

  return (
    <div className="stack">
      <p id={hintId}>{t('organise.invite.explained')}</p>
      <Button
        variant="secondary"
        aria-describedby={hintId}
        aria-busy={loading || undefined}
        onClick={() => {
          setCopied('');
          void invite({ variables: { groupId } }).then(
            () => input.current?.focus(),
            () => undefined,
          );
        }}
      >
        {link ? t('organise.invite.another') : t('organise.invite.button')}
      </Button>
      <ActionError error={error} />
      {link ? (
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={linkId}>
            {t('organise.invite.linkLabel')}
          </label>
          <input
            ref={input}
            id={linkId}
            className="ui-field__input"
            readOnly
            dir="ltr"
            value={link}
            onFocus={(event) => event.target.select()}
          />
          <div className="section-actions">
            <Button variant="secondary" onClick={() => void copy()}>
              {t('organise.invite.copy')}
            </Button>
          </div>
        </div>
      ) : null}
      <Notice>{copied}</Notice>
    </div>
  );
}
