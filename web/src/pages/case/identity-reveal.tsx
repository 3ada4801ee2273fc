import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { revealBody, type identityRevealed } from '../../../../src/api/routes/people/schema';
import { caseApi } from '../../api/case-api';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';

/** How long a revealed identity stays on screen before it is hidden again. */
export const REVEAL_SHOWN_SECONDS = 60;
/** It fades during its last seconds, so its going is no surprise. */
const FADE_SECONDS = 10;

type Revealed = z.infer<typeof identityRevealed>;

/** The client's protected identity: hidden, shown on an audited reveal with a reason, hidden again after a while. */
export function IdentityReveal({ personId }: { personId: string }) {
  const { t } = useTranslation('case');
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [fading, setFading] = useState(false);
  useEffect(() => {
    if (!revealed) return;
    const fade = setTimeout(() => setFading(true), (REVEAL_SHOWN_SECONDS - FADE_SECONDS) * 1000);
    const hide = setTimeout(() => setRevealed(null), REVEAL_SHOWN_SECONDS * 1000);
    return () => {
      clearTimeout(fade);
      clearTimeout(hide);
      setFading(false);
    };
  }, [revealed]);
  if (revealed) return <RevealedIdentity revealed={revealed} fading={fading} onHide={() => setRevealed(null)} />;
  return (
    <AddForm label={t('identity.reveal')}>{() => <RevealForm personId={personId} onRevealed={setRevealed} />}</AddForm>
  );
}

function RevealForm({ personId, onRevealed }: { personId: string; onRevealed: (r: Revealed) => void }) {
  const { t } = useTranslation('case');
  const form = useForm({
    initial: { reason: '' },
    schema: revealBody,
    toInput: (v) => v,
    save: async ({ reason }) => onRevealed(await caseApi.revealIdentity(personId, reason)),
    failed: t('identity.failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <TextField label={t('identity.reason')} hint={t('identity.reasonHint')} autoFocus {...form.field('reason')} />
      <button type="submit" disabled={form.busy}>
        {t('identity.show')}
      </button>
    </form>
  );
}

function RevealedIdentity({ revealed, fading, onHide }: { revealed: Revealed; fading: boolean; onHide: () => void }) {
  const { t } = useTranslation('case');
  const { identity } = revealed;
  return (
    <div className={fading ? 'revealed fading' : 'revealed'} aria-live="polite">
      <p className="muted">{t('identity.shownFor', { seconds: REVEAL_SHOWN_SECONDS })}</p>
      <dl>
        <dt>{t('identity.names')}</dt>
        {identity.names.map((n) => (
          <dd key={`${n.script}-${n.full}`}>
            <bdi>{n.full}</bdi>
          </dd>
        ))}
        {identity.aliases.length > 0 && <dt>{t('identity.aliases')}</dt>}
        {identity.aliases.map((alias) => (
          <dd key={alias}>
            <bdi>{alias}</bdi>
          </dd>
        ))}
        {identity.birthDate && (
          <>
            <dt>{t('identity.birthDate')}</dt>
            <dd>
              <bdi>{identity.birthDate}</bdi>
            </dd>
          </>
        )}
        {identity.nationality && (
          <>
            <dt>{t('identity.nationality')}</dt>
            <dd>
              <bdi>{identity.nationality}</bdi>
            </dd>
          </>
        )}
        {identity.phone && (
          <>
            <dt>{t('identity.phone')}</dt>
            <dd>
              <bdi>{identity.phone}</bdi>
            </dd>
          </>
        )}
      </dl>
      <button type="button" onClick={onHide}>
        {t('identity.hide')}
      </button>
    </div>
  );
}
