import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listResponse } from '../../../../src/api/routes/organizations/schema';
import { directoryResponse } from '../../../../src/api/routes/people/schema';
import { api } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { useAbilities } from '../../session/abilities';
import { OfficialForm } from './official-form';

/** The officials the cases deal with, by label (initials), organization and role. */
export function OfficialsPage() {
  const { t } = useTranslation('directory');
  const { can } = useAbilities();
  const [generation, setGeneration] = useState(0);
  const state = useResource(
    (signal) =>
      Promise.all([
        api('/api/directory', { query: { limit: 200 }, answer: directoryResponse, signal }),
        api('/api/organizations', { query: { limit: 200 }, answer: listResponse, signal }),
      ]),
    [generation],
  );
  return (
    <section aria-labelledby="officials-title">
      <h1 id="officials-title">{t('officials.title')}</h1>
      <Resource state={state}>
        {([officials, organizations]) => {
          const nameOf = new Map(organizations.items.map((o) => [o.id, o.name]));
          return (
            <>
              {officials.items.length === 0 ? (
                <p className="muted">{t('officials.none')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('official.label')}</th>
                      <th scope="col">{t('official.roleTitle')}</th>
                      <th scope="col">{t('official.organization')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {officials.items.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <bdi>{p.label}</bdi>
                        </td>
                        <td>
                          <bdi>{p.roleTitle ?? ''}</bdi>
                        </td>
                        <td>
                          <bdi>{(p.organizationId && nameOf.get(p.organizationId)) ?? ''}</bdi>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {can('directory:create') && (
                <section aria-labelledby="official-new-title" className="panel">
                  <h2 id="official-new-title">{t('officials.add')}</h2>
                  <OfficialForm
                    organizations={organizations.items.map((o) => ({ value: o.id, label: o.name }))}
                    onSaved={() => setGeneration((g) => g + 1)}
                  />
                </section>
              )}
            </>
          );
        }}
      </Resource>
    </section>
  );
}
