import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { loginBody } from '../../../src/api/routes/auth/schema';
import { ApiError } from '../api/client';
import { sessionApi } from '../api/session-api';
import { errorsOf, useFieldCheck, type FieldErrors } from '../components/form-errors';
import { TextField } from '../components/text-field';
import { useSession } from '../session/session-context';

/** Step one: username and password. The next step is the second factor, or setting one up. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const check = useFieldCheck();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  if (me?.secondFactorPassed) return <Navigate to="/" replace />;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(loginBody, { username, password });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      const answer = await sessionApi.login(checked.data);
      await refresh();
      await navigate(answer.secondFactor.step === 'enrol' ? '/login/enrol' : '/login/second-factor', { replace: true });
    } catch (err) {
      setPassword('');
      setErrors(
        err instanceof ApiError && err.status === 429 ? { '': t('login.throttled') } : errorsOf(err, t('login.failed')),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {errors[''] && (
          <p role="alert" className="form-error">
            {errors['']}
          </p>
        )}
        <TextField
          label={t('username')}
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={errors.username}
          autoFocus
        />
        <TextField
          label={t('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('login.submit')}
          </button>
        </div>
      </form>
    </main>
  );
}
