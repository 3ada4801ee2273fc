import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../src/domain/role';
import { adminApi, type User } from '../../api/admin-api';

/** Run a change of an account; the page reloads the list and says what happened (with a new password, once). */
export type Act = (action: () => Promise<unknown>, done?: (answer: unknown) => string) => void;

/** One account: its role, whether it may sign in, and a new password (with or without its second factors). */
export function UserRow({ user, act }: { user: User; act: Act }) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation('common');
  const reset = (resetSecondFactor: boolean) => {
    act(
      () => adminApi.resetPassword(user.id, { resetSecondFactor }),
      () => t(resetSecondFactor ? 'users.resetAll' : 'users.resetDone', { username: user.username }),
    );
  };
  const factors = [
    user.secondFactor.totp ? t('users.totp') : null,
    user.secondFactor.webauthn > 0 ? t('users.keys', { count: user.secondFactor.webauthn }) : null,
  ].filter(Boolean);

  return (
    <tr>
      <th scope="row">
        <bdi>{user.username}</bdi> <bdi className="muted">{user.displayName}</bdi>
      </th>
      <td>
        <select
          aria-label={t('users.roleOf', { username: user.username })}
          value={user.role}
          onChange={(e) => {
            act(() => adminApi.updateUser(user.id, { version: user.version, role: e.target.value as Role }));
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {common(`role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{factors.length > 0 ? factors.join(', ') : t('users.noFactor')}</td>
      <td>{user.disabled ? t('users.disabled') : t('users.active')}</td>
      <td>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              act(() => adminApi.setDisabled(user.id, !user.disabled));
            }}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
          <button type="button" onClick={() => reset(false)}>
            {t('users.resetPassword')}
          </button>
          <button type="button" onClick={() => reset(true)}>
            {t('users.resetSecondFactor')}
          </button>
        </div>
      </td>
    </tr>
  );
}
