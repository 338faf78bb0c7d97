import { useMutation } from '@apollo/client/react';
import { Button } from '@village/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
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
        <ConfirmStep
          question={t('safety.block.question', { name: isolate(name) })}
          showQuestion
          focusRef={question}
          confirmLabel={t('safety.block.confirm', { name: isolate(name) })}
          cancelLabel={t('safety.cancel')}
          onConfirm={() => {
            if (!loading) void block().then(onBlocked, () => undefined);
          }}
          onCancel={() => setAsking(false)}
          busy={loading}
          error={error}
        >
          <ul>
            <li>{t('safety.block.explained.posts')}</li>
            <li>{t('safety.block.explained.messages')}</li>
            <li>{t('safety.block.explained.exchanges')}</li>
            <li>{t('safety.block.explained.notTold')}</li>
            <li>{t('safety.block.explained.undo')}</li>
          </ul>
        </ConfirmStep>
      ) : null}
    </div>
  );
}
