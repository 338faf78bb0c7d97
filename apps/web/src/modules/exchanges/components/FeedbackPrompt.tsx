import { useMutation } from '@apollo/client/react';
import { Button, FormError, RadioGroup } from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { GiveExchangeFeedbackMutation } from '../graphql/exchange.graphql';

const QUESTIONS = ['feltWelcome', 'feltListenedTo', 'wouldMeetAgain'] as const;
type Question = (typeof QUESTIONS)[number];
type Answers = Record<Question, '' | 'yes' | 'no'>;

export interface FeedbackPromptProps {
  exchangeId: string;
  /** My side has answered already. */
  given: boolean;
}

/**
 * Three private questions after an exchange is fulfilled. Said plainly before answering: nobody sees
 * one person's answers, not even the other side; they count only in totals of five or more.
 */
export function FeedbackPrompt({ exchangeId, given }: FeedbackPromptProps) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({
    feltWelcome: '',
    feltListenedTo: '',
    wouldMeetAgain: '',
  });
  const [giveFeedback, { loading }] = useMutation(GiveExchangeFeedbackMutation);
  const { errors, formError, attachFormError, report, reportForm, register, clear } =
    useFormErrors(QUESTIONS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = Object.fromEntries(
      QUESTIONS.map((question) => [question, answers[question] ? null : t('feedback.answer')]),
    );
    if (report(missing)) return;
    try {
      await giveFeedback({
        variables: {
          exchangeId,
          feltWelcome: answers.feltWelcome === 'yes',
          feltListenedTo: answers.feltListenedTo === 'yes',
          wouldMeetAgain: answers.wouldMeetAgain === 'yes',
        },
        update: (cache) =>
          cache.modify({
            id: cache.identify({ __typename: 'Exchange', id: exchangeId }),
            fields: { myFeedbackGiven: () => true },
          }),
      });
    } catch (error) {
      reportForm(<p>{humanErrorMessage(error, t)}</p>);
    }
  }

  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('feedback.title')}</h2>
      <p>{t('feedback.private')}</p>
      {given ? (
        <p role="status">{t('feedback.given')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
          {QUESTIONS.map((question) => (
            <RadioGroup
              key={question}
              ref={register(question)}
              legend={t(`feedback.questions.${question}`)}
              error={errors[question]}
              options={[
                { value: 'yes', label: t('feedback.yes') },
                { value: 'no', label: t('feedback.no') },
              ]}
              value={answers[question]}
              onChange={(value) => {
                setAnswers((current) => ({ ...current, [question]: value }));
                clear(question);
              }}
            />
          ))}
          <div className="form__actions">
            <Button type="submit" aria-busy={loading || undefined}>
              {t('feedback.submit')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
