import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_KINDS } from '../../../../src/domain/search-query';
import { searchParams } from '../../../../src/api/routes/search/schema';
import { listResponse as organizationList } from '../../../../src/api/routes/organizations/schema';
import { directoryResponse } from '../../../../src/api/routes/people/schema';
import { api } from '../../api/client';
import { incidentApi } from '../../api/incident-api';
import { termChoices } from '../../components/term-choices';
import { useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { useResource } from '../../components/resource';
import { DateField, SelectField, TextField } from '../../components/text-field';
import { useLanguage } from '../../i18n/use-language';

export const FILTERS = ['q', 'term', 'perpetratorId', 'from', 'to', 'kind'] as const;
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** The choices of the term and perpetrator filters: acts in the reader's language, organizations and officials. */
function useChoices() {
  const language = useLanguage();
  const acts = useResource((signal) => incidentApi.terms('types_of_acts', language, signal), [language]);
  const perpetrators = useResource(
    (signal) =>
      Promise.all([
        api('/api/organizations', { query: { limit: 200 }, answer: organizationList, signal }),
        api('/api/directory', { query: { limit: 200 }, answer: directoryResponse, signal }),
      ]),
    [],
  );
  return {
    terms: acts.status === 'ready' ? termChoices(acts.data.terms) : [],
    perpetrators:
      perpetrators.status === 'ready'
        ? [
            ...perpetrators.data[0].items.map((o) => ({ value: o.id, label: o.name })),
            ...perpetrators.data[1].items.map((p) => ({ value: p.id, label: p.label })),
          ]
        : [],
  };
}

/** Words and filters; checked with the route's own schema before the search is run. */
export function SearchForm({ initial, onSearch }: { initial: Filters; onSearch: (filters: Filters) => void }) {
  const { t } = useTranslation('search');
  const check = useFieldCheck();
  const { terms, perpetrators } = useChoices();
  const [filters, setFilters] = useState<Filters>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = (name: (typeof FILTERS)[number]) => ({
    name,
    value: filters[name] ?? '',
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setFilters({ ...filters, [name]: e.target.value }),
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const given = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
    const checked = check(searchParams, given);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onSearch(given);
  };

  const any = { value: '', label: t('filter.any') };
  return (
    <form role="search" aria-label={t('title')} onSubmit={submit} noValidate className="search-form">
      <TextField type="search" label={t('filter.q')} hint={t('filter.qHint')} {...field('q')} />
      <div className="filters">
        <SelectField label={t('filter.term')} options={[any, ...terms]} {...field('term')} />
        <SelectField label={t('filter.perpetrator')} options={[any, ...perpetrators]} {...field('perpetratorId')} />
        <SelectField
          label={t('filter.kind')}
          options={[any, ...SEARCH_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))]}
          {...field('kind')}
        />
        <DateField label={t('filter.from')} {...field('from')} />
        <DateField label={t('filter.to')} {...field('to')} />
      </div>
      <div className="actions">
        <button type="submit">{t('submit')}</button>
      </div>
    </form>
  );
}
