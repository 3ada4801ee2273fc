import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { secondFactorBody, totpConfirmBody } from '../../../src/api/routes/auth/schema';
import { ApiError } from '../api/client';
import { sessionApi } from '../api/session-api';
import { errorsOf, useFieldCheck, type FieldErrors } from '../components/form-errors';
import { TextField } from '../components/text-field';
import { useSession } from '../session/session-context';

/** Step two: the authenticator app's code, or one of the recovery codes. */
export function SecondFactorPage() {
  const { t } = useTranslation('auth');
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const check = useFieldCheck();
  const [method, setMethod] = useState<'code' | 'recoveryCode'>('code');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  if (me === null) return <Navigate to="/login" replace />;
  if (me?.secondFactorPassed) return <Navigate to="/" replace />;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // The code's own rule names the field; the union of both forms would not.
    const checked = check(method === 'code' ? totpConfirmBody : secondFactorBody, { [method]: value.trim() });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      await sessionApi.secondFactor(checked.data);
      await refresh();
      await navigate('/', { replace: true });
    } catch (err) {
      setValue('');
      setErrors(
        err instanceof ApiError && err.status === 429
          ? { '': t('login.throttled') }
          : errorsOf(err, t('factor.failed')),
      );
    }
  };

  return (
    <main id="main" className="narrow" aria-labelledby="factor-title">
      <h1 id="factor-title">{t('factor.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {errors[''] && (
          <p role="alert" className="form-error">
            {errors['']}
          </p>
        )}
        <TextField
          label={method === 'code' ? t('code') : t('factor.recoveryCode')}
          hint={method === 'code' ? t('factor.codeHint') : t('factor.recoveryHint')}
          name={method}
          inputMode={method === 'code' ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errors[method]}
          autoFocus
        />
        <div className="actions">
          <button type="submit">{t('factor.submit')}</button>
          <button
            type="button"
            className="link"
            onClick={() => {
              setMethod(method === 'code' ? 'recoveryCode' : 'code');
              setValue('');
              setErrors({});
            }}
          >
            {method === 'code' ? t('factor.useRecovery') : t('factor.useCode')}
          </button>
        </div>
      </form>
    </main>
  );
}
