import { useTranslation } from 'react-i18next';
import { caseApi } from '../../api/case-api';
import { Resource, useResource } from '../../components/resource';
import { SelectField } from '../../components/text-field';
import type { BoundField } from '../../components/use-form';

/** A choice among the organizations of the records (the agency, a ministry, an NGO). */
export function OrganizationField({ label, field }: { label: string; field: BoundField }) {
  const { t } = useTranslation('case');
  const organizations = useResource((signal) => caseApi.organizations(signal), []);
  return (
    <Resource state={organizations}>
      {({ items }) => (
        <SelectField
          label={label}
          options={[
            { value: '', label: t('chooseOrganization') },
            ...items.map((o) => ({ value: o.id, label: o.name })),
          ]}
          {...field}
        />
      )}
    </Resource>
  );
}
