import { useMutation } from '@apollo/client/react';
import { Button, FormError, Notice, TextField } from '@village/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorField, humanErrorMessage } from '../../errors/utils/graphql-error';
import { useFormErrors } from '../../forms/hooks/useFormErrors';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { CheckInMutation } from '../graphql/attendance';
import { middayOf, normaliseCode } from '../utils/check-in-code';
import '../check-in.css';

/** Check myself in with the code shown at the venue (filled in when the address carries it). */
export function CheckInForm({ initialCode = '' }: { initialCode?: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const [code, setCode] = useState(initialCode);
  const { errors, formError, report, reportForm, attachFormError, clear, register } = useFormErrors(
    ['code'] as const,
  );
  const [checkIn, { data, loading }] = useMutation(CheckInMutation);
  const done = data?.checkIn;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!normaliseCode(code)) {
      report({ code: t('checkIn.form.required') });
      return;
    }
    report({});
    try {
      await checkIn({ variables: { code } });
    } catch (failure) {
      const message = humanErrorMessage(failure, t);
      if (errorField(failure) === 'code') report({ code: message });
      else reportForm(message);
    }
  };

  return (
    <form className="check-in-form" onSubmit={(event) => void submit(event)} noValidate>
      {formError ? <FormError ref={attachFormError}>{formError}</FormError> : null}
      <TextField
        ref={register('code')}
        label={t('checkIn.form.code')}
        hint={t('checkIn.form.hint')}
        error={errors.code}
        inputClassName="check-in-form__code"
        value={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        dir="ltr"
        onChange={(event) => {
          setCode(event.target.value);
          clear('code');
        }}
      />
      <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
        {loading ? t('checkIn.form.checkingIn') : t('checkIn.form.submit')}
      </Button>
      <Notice>
        {done ? (
          <>
            {t('checkIn.form.done', {
              session: done.session.title,
              date: format.date(middayOf(done.occursOn)),
            })}{' '}
            <Link to="/attendance">{t('checkIn.form.seeMine')}</Link>
          </>
        ) : null}
      </Notice>
    </form>
  );
}
