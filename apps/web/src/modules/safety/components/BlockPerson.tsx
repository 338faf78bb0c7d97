import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../../errors/components/ActionError';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';
import { BlockPersonMutation, BlockedPeopleQuery } from '../graphql/safety.graphql';
import { isolate } from '../../locale/utils/format';

export interface BlockPersonProps {
  personId: string;
  name: string;
  /** What the page does once the block is made (the post is gone; the exchange is called off). */
  onBlocked: () => void;
}

/** "Block": what it does, in plain words, before a second press makes it. */
export function BlockPerson({ personId, name, onBlocked }: BlockPersonProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const [block, { loading, error }] = useMutation(BlockPersonMutation, {
    variables: { personId },
    refetchQueries: [BlockedPeopleQuery],
  });
  const question = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useFocusOnToggle(asking, question, start);

  return (
    <div className="safety-action">
      {asking ? null : (
        <Button ref={start} variant="secondary" onClick={() => setAsking(true)}>
          {t('safety.block.button', { name: isolate(name) })}
        </Button>
      )}
      {asking ? (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <h3 id={questionId} ref={question} tabIndex={-1}>
            {t('safety.block.question', { name: isolate(name) })}
          </h3>
          <ul>
            <li>{t('safety.block.explained.posts')}</li>
            <li>{t('safety.block.explained.messages')}</li>
            <li>{t('safety.block.explained.exchanges')}</li>
            <li>{t('safety.block.explained.notTold')}</li>
            <li>{t('safety.block.explained.undo')}</li>
          </ul>
          <div className="section-actions">
            <Button
              variant="danger"
              aria-busy={loading || undefined}
              onClick={() => {
                if (!loading) void block().then(onBlocked, () => undefined);
              }}
            >
              {t('safety.block.confirm', { name: isolate(name) })}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('safety.cancel')}
            </Button>
          </div>
          <ActionError error={error} />
        </div>
      ) : null}
    </div>
  );
}
