import { useEffect, useRef, useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionApi } from '../api/session-api';
import { errorsOf, type FieldErrors } from '../components/form-errors';
import { TextField } from '../components/text-field';

/** Minutes without keyboard, pointer or touch input before the screen locks. */
export const IDLE_LOCK_MINUTES = 10;
const CHECK_EVERY_MS = 5_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** A reload while locked stays locked. */
const LOCKED_KEY = 'safehold.locked';

/**
 * After IDLE_LOCK_MINUTES without input the signed-in screens are removed from the page (not
 * covered: unmounted) until the user proves who they are again (POST /api/session/step-up with
 * the password or an authenticator code).
 */
export function IdleLock({ children }: { children: ReactNode }) {
  const [locked, setLocked] = useState(() => sessionStorage.getItem(LOCKED_KEY) === '1');
  const lastInput = useRef(0);
  useEffect(() => {
    if (locked) return;
    lastInput.current = Date.now();
    const touch = () => {
      lastInput.current = Date.now();
    };
    INPUT_EVENTS.forEach((name) => window.addEventListener(name, touch, { passive: true }));
    const timer = window.setInterval(() => {
      if (Date.now() - lastInput.current >= IDLE_LOCK_MINUTES * 60_000) {
        sessionStorage.setItem(LOCKED_KEY, '1');
        setLocked(true);
      }
    }, CHECK_EVERY_MS);
    return () => {
      INPUT_EVENTS.forEach((name) => window.removeEventListener(name, touch));
      window.clearInterval(timer);
    };
  }, [locked]);
  if (!locked) return <>{children}</>;
  return (
    <LockScreen
      onUnlocked={() => {
        sessionStorage.removeItem(LOCKED_KEY);
        setLocked(false);
      }}
    />
  );
}

function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation('auth');
  const [method, setMethod] = useState<'password' | 'code'>('password');
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await sessionApi.stepUp(method === 'password' ? { password: secret } : { code: secret });
      onUnlocked();
    } catch (err) {
      setErrors(errorsOf(err, t('lock.failed')));
    }
  };
  return (
    <main className="narrow" aria-labelledby="lock-title">
      <h1 id="lock-title">{t('lock.title')}</h1>
      <p>{t('lock.explain')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label={method === 'password' ? t('password') : t('code')}
          type={method === 'password' ? 'password' : 'text'}
          inputMode={method === 'code' ? 'numeric' : undefined}
          autoComplete={method === 'password' ? 'current-password' : 'one-time-code'}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          error={errors[method] ?? errors['']}
          autoFocus
        />
        <div className="actions">
          <button type="submit">{t('lock.unlock')}</button>
          <button
            type="button"
            className="link"
            onClick={() => {
              setMethod(method === 'password' ? 'code' : 'password');
              setSecret('');
              setErrors({});
            }}
          >
            {method === 'password' ? t('lock.useCode') : t('lock.usePassword')}
          </button>
        </div>
      </form>
    </main>
  );
}
