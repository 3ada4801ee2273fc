import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { organization } from '../../../../src/api/routes/organizations/schema';
import { api } from '../../api/client';
import { Resource, useResource } from '../../components/resource';
import { useAbilities } from '../../session/abilities';
import { OrganizationForm } from './organization-form';

/** One organization, edited with the version it was read at (a stale save is refused). */
export function OrganizationPage() {
  const { t } = useTranslation('directory');
  const { can } = useAbilities();
  const { id = '' } = useParams();
  const [generation, setGeneration] = useState(0);
  const state = useResource(
    (signal) => api(`/api/organizations/${encodeURIComponent(id)}`, { answer: organization, signal }),
    [id, generation],
  );
  return (
    <Resource state={state}>
      {(o) => (
        <section aria-labelledby="organization-title">
          <h1 id="organization-title">
            <bdi>{o.name}</bdi>
          </h1>
          <p>
            <Link to="/directory/organizations">{t('organizations.back')}</Link>
          </p>
          {can('organization:update') && (
            <OrganizationForm
              key={o.version}
              initial={o}
              submitLabel={t('organization.save')}
              onSave={async (patch) => {
                await api(`/api/organizations/${o.id}`, {
                  method: 'PATCH',
                  body: { ...patch, version: o.version },
                  answer: organization,
                });
                setGeneration((g) => g + 1);
              }}
            />
          )}
        </section>
      )}
    </Resource>
  );
}
