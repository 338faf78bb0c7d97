import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorCode } from '../../errors/utils/graphql-error';
import { SignOutMutation } from '../graphql/sign-in.mutations';
import { useSessionChanged } from './useSessionChanged';

/** Ends this session and goes home as nobody. A session that had already ended counts as done. */
export function useSignOut() {
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const [signOutMutation, { loading }] = useMutation(SignOutMutation);
  const [error, setError] = useState<unknown>(null);

  async function signOut(): Promise<void> {
    setError(null);
    try {
      await signOutMutation();
    } catch (caught) {
      if (errorCode(caught) !== 'UNAUTHENTICATED') {
        setError(caught);
        return;
      }
    }
    void navigate('/', { replace: true, state: { notice: 'signedOut' } });
    await sessionChanged();
  }

  return { signOut, loading, error };
}
