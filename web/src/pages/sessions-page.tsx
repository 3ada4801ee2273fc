import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionApi } from '../api/session-api';
import { Resource, useResource } from '../components/resource';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** The user's own sessions, each ended here (not the current one: that is "log out"). */
export function SessionsPage() {
  const { t } = useTranslation('auth');
  const language = useLanguage();
  const [generation, setGeneration] = useState(0);
  const sessions = useResource(() => sessionApi.list(), [generation]);
  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t('sessions.title')}</h1>
      <Resource state={sessions}>
        {({ items }) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sessions.device')}</th>
                <th scope="col">{t('sessions.lastSeen')}</th>
                <th scope="col">{t('sessions.expires')}</th>
                <th scope="col">{t('sessions.action')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <bdi>{s.userAgent ?? t('sessions.unknownDevice')}</bdi> <bdi className="muted">{s.ip ?? ''}</bdi>
                  </td>
                  <td>{formatDateTime(s.lastSeenAt, language)}</td>
                  <td>{formatDateTime(s.expiresAt, language)}</td>
                  <td>
                    {s.current ? (
                      t('sessions.current')
                    ) : (
                      <button
                        type="button"
                        onClick={() => void sessionApi.end(s.id).then(() => setGeneration((g) => g + 1))}
                      >
                        {t('sessions.end')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Resource>
    </section>
  );
}
