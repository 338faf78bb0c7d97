import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SignOutEverywhereMutation } from '../graphql/account.query';
import { useSessionChanged } from '../hooks/useSessionChanged';
import { ActionError } from '../../errors/components/ActionError';

/** For a lost phone or a shared computer: ends every session, this one too. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signOutEverywhere, { loading }] = useMutation(SignOutEverywhereMutation);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setError(null);
    try {
      await signOutEverywhere();
    } catch (caught) {
      setError(caught);
      return;
    }
    void navigate('/sign-in', { replace: true, state: { notice: 'signedOutEverywhere' } });
    await sessionChanged();
  }

  return (
    <>
      <ActionError error={error} />
      <Button
        variant="secondary"
        disabled={loading}
        aria-busy={loading || undefined}
        onClick={() => void run()}
      >
        {t('account.signOutEverywhere.button')}
      </Button>
    </>
  );
}
