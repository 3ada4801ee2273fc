import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { totpConfirmBody } from '../../../src/api/routes/auth/schema';
import { sessionApi } from '../api/session-api';
import { errorsOf, useFieldCheck, type FieldErrors } from '../components/form-errors';
import { QrCode } from '../components/qr-code';
import { TextField } from '../components/text-field';
import { useSession } from '../session/session-context';

/**
 * A new account sets up its authenticator app: the QR code (or the secret to type), then a
 * code from the app; the recovery codes are shown once.
 */
export function EnrolPage() {
  const { t } = useTranslation('auth');
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const check = useFieldCheck();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const pending = me !== undefined && me !== null && !me.secondFactorPassed;
  useEffect(() => {
    if (pending && !enrolment) {
      sessionApi.startTotp().then(setEnrolment, (err: unknown) => setErrors(errorsOf(err, t('enrol.failed'))));
    }
  }, [pending, enrolment, t]);
  if (me === null) return <Navigate to="/login" replace />;

  const confirm = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(totpConfirmBody, { code: code.trim() });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      const answer = await sessionApi.confirmTotp(checked.data.code);
      setRecoveryCodes(answer.recoveryCodes);
    } catch (err) {
      setErrors(errorsOf(err, t('enrol.failed')));
    }
  };

  if (recoveryCodes) {
    return (
      <main id="main" className="narrow" aria-labelledby="enrol-title">
        <h1 id="enrol-title">{t('enrol.recoveryTitle')}</h1>
        <p>{t('enrol.recoveryExplain')}</p>
        <ul className="recovery-codes" dir="ltr">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void refresh().then(() => navigate('/', { replace: true }))}>
          {t('enrol.continue')}
        </button>
      </main>
    );
  }
  return (
    <main id="main" className="narrow" aria-labelledby="enrol-title">
      <h1 id="enrol-title">{t('enrol.title')}</h1>
      <p>{t('enrol.explain')}</p>
      {enrolment && (
        <>
          <QrCode text={enrolment.uri} label={t('enrol.qrLabel')} />
          <p>{t('enrol.secretLabel')}</p>
          <p dir="ltr">
            <code className="secret">{enrolment.secret}</code>
          </p>
        </>
      )}
      <form onSubmit={(e) => void confirm(e)} noValidate>
        {errors[''] && (
          <p role="alert" className="form-error">
            {errors['']}
          </p>
        )}
        <TextField
          label={t('code')}
          hint={t('factor.codeHint')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
        />
        <div className="actions">
          <button type="submit">{t('enrol.confirm')}</button>
        </div>
      </form>
    </main>
  );
}
