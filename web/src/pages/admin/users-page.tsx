import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../../api/admin-api';
import { ApiError } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { NewUserForm } from './new-user-form';
import { UserRow, type Act } from './user-row';

interface Notice {
  text: string;
  /** A password made by the server, shown this once. */
  secret?: string | null;
  failed?: boolean;
}

/** Accounts, for administrators: role, sign-in allowed, new password and second factor. */
export function UsersPage() {
  const { t } = useTranslation('admin');
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const users = useResource((signal) => adminApi.users(signal), [generation]);
  const changed = () => setGeneration((g) => g + 1);
  const act: Act = (action, done) => {
    action().then(
      (answer) => {
        const secret = (answer as { initialPassword?: string | null } | undefined)?.initialPassword;
        setNotice(done ? { text: done(answer), secret } : null);
        changed();
      },
      (err: unknown) => {
        const conflict = err instanceof ApiError && err.status === 409;
        setNotice({ text: t(conflict ? 'users.conflict' : 'saveFailed'), failed: true });
        if (conflict) changed();
      },
    );
  };
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      {notice && (
        <p role={notice.failed ? 'alert' : 'status'} className={notice.failed ? 'form-error' : undefined}>
          {notice.text} {notice.secret && <code className="secret">{notice.secret}</code>}
        </p>
      )}
      <Resource state={users}>
        {({ items }) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.secondFactor')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((user) => (
                <UserRow key={user.id} user={user} act={act} />
              ))}
            </tbody>
          </table>
        )}
      </Resource>
      <section aria-labelledby="user-new-title" className="panel">
        <h2 id="user-new-title">{t('users.add')}</h2>
        <NewUserForm onCreated={changed} />
      </section>
    </section>
  );
}
