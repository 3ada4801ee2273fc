import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listResponse, organization } from '../../../../src/api/routes/organizations/schema';
import { api } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { useAbilities } from '../../session/abilities';
import { OrganizationForm } from './organization-form';

/** The agencies, offices and NGOs the cases deal with; staff add them here. */
export function OrganizationsPage() {
  const { t } = useTranslation('directory');
  const { can } = useAbilities();
  const [generation, setGeneration] = useState(0);
  const organizations = useResource(
    (signal) => api('/api/organizations', { query: { limit: 200 }, answer: listResponse, signal }),
    [generation],
  );
  return (
    <section aria-labelledby="organizations-title">
      <h1 id="organizations-title">{t('organizations.title')}</h1>
      <Resource state={organizations}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('organizations.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('organization.name')}</th>
                  <th scope="col">{t('organization.acronym')}</th>
                  <th scope="col">{t('organization.kind')}</th>
                  <th scope="col">{t('organization.country')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/directory/organizations/${o.id}`}>
                        <bdi>{o.name}</bdi>
                      </Link>
                    </td>
                    <td>
                      <bdi>{o.acronym ?? ''}</bdi>
                    </td>
                    <td>{t(`organizationKind.${o.kind}`)}</td>
                    <td>{o.country ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Resource>
      {can('organization:create') && (
        <section aria-labelledby="organization-new-title" className="panel">
          <h2 id="organization-new-title">{t('organizations.add')}</h2>
          <OrganizationForm
            key={generation}
            initial={{}}
            submitLabel={t('organizations.addSubmit')}
            onSave={async (body) => {
              await api('/api/organizations', { method: 'POST', body, answer: organization });
              setGeneration((g) => g + 1);
            }}
          />
        </section>
      )}
    </section>
  );
}
