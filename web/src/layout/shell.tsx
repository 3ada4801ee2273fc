import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { IdleLock } from '../session/idle-lock';
import { AreaNav } from './area-nav';
import { LanguageSwitch } from './language-switch';
import { QuickExitButton } from './quick-exit-button';
import { UserMenu } from './user-menu';

/** Every screen: the header (name, language, quick exit, user menu) and the page. */
export function Shell() {
  const { t } = useTranslation('common');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <AreaNav />
        <LanguageSwitch />
        <UserMenu />
        <QuickExitButton />
      </header>
      <Outlet />
    </>
  );
}

/** The signed-in part of the application, behind the idle lock. */
export function SignedInArea() {
  return (
    <IdleLock>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </IdleLock>
  );
}
