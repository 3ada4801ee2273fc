import { useTranslation } from 'react-i18next';

/** Who did it: the user's name and role at the time, or the system itself. */
export function AuditActor({ actor }: { actor: { displayName: string | null; role: string | null } | null }) {
  const { t } = useTranslation('audit');
  const { t: common } = useTranslation('common');
  if (!actor) return <>{t('system')}</>;
  return (
    <>
      <bdi>{actor.displayName ?? t('unknownUser')}</bdi>{' '}
      {actor.role && <span className="muted">{common(`role.${actor.role}`)}</span>}
    </>
  );
}
