import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sessionApi } from '../api/session-api';
import { useSession } from '../session/session-context';

export function UserMenu() {
  const { t } = useTranslation('common');
  const { me, forget } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  const logout = async () => {
    await sessionApi.logout().catch(() => undefined);
    sessionStorage.clear();
    forget();
    await navigate('/login', { replace: true });
  };
  return (
    <nav aria-label={t('userMenu.label')} className="user-menu">
      <span className="muted">{t(`role.${me.role}`)}</span>
      <Link to="/sessions">{t('userMenu.sessions')}</Link>
      <button type="button" onClick={() => void logout()}>
        {t('userMenu.logout')}
      </button>
    </nav>
  );
}
