import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { GlobalAction } from '../../../src/security/policy';
import { useAbilities } from '../session/abilities';

/** The areas of the application, each shown only to whom the policy lets use it. */
const AREAS: readonly { to: string; label: string; action: GlobalAction }[] = [
  { to: '/cases/new', label: 'newClient', action: 'case:create' },
  { to: '/search', label: 'search', action: 'search:run' },
  { to: '/dashboard', label: 'dashboard', action: 'dashboard:read' },
  { to: '/exports', label: 'exports', action: 'exchange:export' },
  { to: '/directory/organizations', label: 'organizations', action: 'organization:read' },
  { to: '/directory/officials', label: 'officials', action: 'directory:read' },
  { to: '/admin/users', label: 'users', action: 'user:manage' },
  { to: '/admin/teams', label: 'teams', action: 'team:manage' },
  { to: '/admin/vocabularies', label: 'vocabularies', action: 'vocabulary:manage' },
  { to: '/audit', label: 'audit', action: 'audit:read' },
];

export function AreaNav() {
  const { t } = useTranslation('nav');
  const { can } = useAbilities();
  const areas = AREAS.filter((area) => can(area.action));
  if (areas.length === 0) return null;
  return (
    <nav aria-label={t('label')} className="area-nav">
      <ul>
        {areas.map((area) => (
          <li key={area.to}>
            <NavLink to={area.to}>{t(`area.${area.label}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
