import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ORGANIZATION_KINDS, organizationInput } from '../../../../src/domain/organization';
import { ApiError } from '../../api/client';
import { errorsOf, useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { SelectField, TextAreaField, TextField } from '../../components/text-field';

export type OrganizationInput = z.infer<typeof organizationInput>;
type Draft = Record<'kind' | 'name' | 'acronym' | 'country' | 'notes', string>;

const draftOf = (o: Partial<OrganizationInput>): Draft => ({
  kind: o.kind ?? 'ngo',
  name: o.name ?? '',
  acronym: o.acronym ?? '',
  country: o.country ?? '',
  notes: o.notes ?? '',
});

/**
 * An organization's fields, checked with the API's schema; what was typed stays when a save
 * fails. A save refused as stale (409) says so and keeps the form for the reader to reload.
 */
export function OrganizationForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial: Partial<OrganizationInput>;
  submitLabel: string;
  onSave: (input: OrganizationInput) => Promise<unknown>;
}) {
  const { t } = useTranslation('directory');
  const check = useFieldCheck();
  const [draft, setDraft] = useState<Draft>(draftOf(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const field = (name: keyof Draft) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(organizationInput, {
      kind: draft.kind,
      name: draft.name,
      acronym: draft.acronym || null,
      country: draft.country.toUpperCase() || null,
      notes: draft.notes || null,
    });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      await onSave(checked.data);
      setErrors({});
    } catch (err) {
      setErrors(
        err instanceof ApiError && err.status === 409
          ? { '': t('organization.conflict') }
          : errorsOf(err, t('saveFailed')),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {errors[''] && (
        <p role="alert" className="form-error">
          {errors['']}
        </p>
      )}
      <SelectField
        label={t('organization.kind')}
        options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizationKind.${kind}`) }))}
        {...field('kind')}
      />
      <TextField label={t('organization.name')} {...field('name')} />
      <TextField label={t('organization.acronym')} {...field('acronym')} />
      <TextField
        label={t('organization.country')}
        hint={t('organization.countryHint')}
        maxLength={2}
        {...field('country')}
      />
      <TextAreaField label={t('organization.notes')} {...field('notes')} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
