import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { DeleteSessionMutation } from '../graphql/publish.graphql';

/** Deletes a session after a confirmation, then goes to its group's page. */
export function DeleteSession({ sessionId, groupId }: { sessionId: string; groupId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [deleteSession, { loading, error, client }] = useMutation(DeleteSessionMutation);
  const opener = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLHeadingElement>(null);
  useFocusOnToggle(asking, question, opener);

  const confirm = async () => {
    const { data } = await deleteSession({ variables: { id: sessionId } }).catch(() => ({
      data: undefined,
    }));
    if (!data?.deleteSession) return;
    client.cache.evict({ id: client.cache.identify({ __typename: 'Session', id: sessionId }) });
    client.cache.gc();
    void navigate(`/groups/${groupId}`);
  };

  return (
    <section className="danger-zone" aria-labelledby="delete-session-heading">
      <h2 id="delete-session-heading">{t('publish.delete.heading')}</h2>
      {asking ? (
        <ConfirmStep
          question={t('publish.delete.question')}
          showQuestion
          focusRef={question}
          confirmLabel={t('publish.delete.confirm')}
          cancelLabel={t('publish.delete.keep')}
          busy={loading}
          error={error}
          onConfirm={() => void confirm()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('publish.delete.explain')}</p>
        </ConfirmStep>
      ) : (
        <Button ref={opener} variant="danger" onClick={() => setAsking(true)}>
          {t('publish.delete.button')}
        </Button>
      )}
    </section>
  );
}
