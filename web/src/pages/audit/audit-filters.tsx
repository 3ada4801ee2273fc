import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesQuery } from '../../../../src/api/routes/audit/schema';
import { useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { DateField, SelectField, TextField } from '../../components/text-field';

export const AUDIT_FILTERS = [
  'action',
  'outcome',
  'targetType',
  'targetId',
  'caseId',
  'actorId',
  'from',
  'to',
] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;
const OUTCOMES = ['ok', 'refused', 'failed'] as const;

/** The filters of the log, checked with the route's own schema. */
export function AuditFiltersForm({ initial, onApply }: { initial: AuditFilters; onApply: (f: AuditFilters) => void }) {
  const { t } = useTranslation('audit');
  const check = useFieldCheck();
  const [filters, setFilters] = useState<AuditFilters>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const field = (name: (typeof AUDIT_FILTERS)[number]) => ({
    name,
    value: filters[name] ?? '',
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setFilters({ ...filters, [name]: e.target.value }),
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const given = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
    const checked = check(entriesQuery, given);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    onApply(given);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('log.filters')}>
      <div className="filters">
        <TextField label={t('field.action')} hint={t('log.actionHint')} {...field('action')} />
        <SelectField
          label={t('field.outcome')}
          options={[
            { value: '', label: t('log.any') },
            ...OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
          ]}
          {...field('outcome')}
        />
        <TextField label={t('field.targetType')} {...field('targetType')} />
        <TextField label={t('field.targetId')} {...field('targetId')} />
        <TextField label={t('field.caseId')} {...field('caseId')} />
        <TextField label={t('field.actorId')} {...field('actorId')} />
        <DateField label={t('field.from')} {...field('from')} />
        <DateField label={t('field.to')} {...field('to')} />
      </div>
      <div className="actions">
        <button type="submit">{t('log.apply')}</button>
      </div>
    </form>
  );
}
