import { useMutation } from '@apollo/client/react';
import { Notice, Switch } from '@village/ui';
import { useId, useState, type ReactNode } from 'react';
import type { ConsentKind } from '../../../gql/graphql';
import {
  GiveConsentMutation,
  PrivacyQuery,
  WithdrawConsentMutation,
} from '../graphql/privacy.query';
import type { Consent } from '../utils/consents';
import { ActionError } from '../../errors/components/ActionError';

export interface ConsentSwitchProps {
  kind: Exclude<ConsentKind, 'SUPPORTED_BY_ORGANISATION'>;
  /** The consent of this kind in force now, if any. */
  consent: Consent | null;
  heading: string;
  label: string;
  /** Who sees what: the plain words the switch is described by. */
  explanation: ReactNode;
  onMessage: string;
  offMessage: string;
}

/**
 * One yes/no consent. Turning it on gives it, turning it off withdraws it at once; the page then asks
 * the API again, so what it shows is what is recorded, never a guess.
 */
export function ConsentSwitch({
  kind,
  consent,
  heading,
  label,
  explanation,
  onMessage,
  offMessage,
}: ConsentSwitchProps) {
  const headingId = useId();
  const explanationId = useId();
  const options = { refetchQueries: [PrivacyQuery], awaitRefetchQueries: true };
  const [give, { loading: giving }] = useMutation(GiveConsentMutation, options);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawConsentMutation, options);
  const [pending, setPending] = useState<boolean | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const busy = giving || withdrawing;

  async function change(on: boolean) {
    setPending(on);
    setNotice(null);
    setError(null);
    try {
      if (on) await give({ variables: { input: { kind } } });
      else if (consent) await withdraw({ variables: { id: consent.id } });
      setNotice(on ? onMessage : offMessage);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(null);
    }
  }

  return (
    <section className="privacy-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <div id={explanationId} className="privacy-choice__explanation">
        {explanation}
      </div>
      <Switch
        label={label}
        checked={pending ?? consent !== null}
        busy={busy}
        describedBy={explanationId}
        onChange={(on) => void change(on)}
      />
      <Notice>{notice}</Notice>
      <ActionError error={error} />
    </section>
  );
}
