import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { officialBody, person } from '../../../../src/api/routes/people/schema';
import { SCRIPTS } from '../../../../src/domain/person';
import { api } from '../../api/client';
import { errorsOf, useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/text-field';

const EMPTY = { full: '', script: 'latin', label: '', organizationId: '', roleTitle: '' };
type Draft = typeof EMPTY;

/** A new official: the name is a protected identity; lists show the label (initials) only. */
export function OfficialForm({
  organizations,
  onSaved,
}: {
  organizations: readonly { value: string; label: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('directory');
  const check = useFieldCheck();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const field = (name: keyof Draft) => ({
    name,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(officialBody, {
      label: draft.label || null,
      identity: { names: [{ script: draft.script, full: draft.full }] },
      organizationId: draft.organizationId,
      roleTitle: draft.roleTitle,
    });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      await api('/api/directory', { method: 'POST', body: checked.data, answer: person });
      setDraft(EMPTY);
      setErrors({});
      onSaved();
    } catch (err) {
      setErrors(errorsOf(err, t('saveFailed')));
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
      <TextField label={t('official.name')} error={errors['identity.names.0.full']} {...field('full')} />
      <SelectField
        label={t('official.script')}
        options={SCRIPTS.map((script) => ({ value: script, label: t(`script.${script}`) }))}
        error={errors['identity.names.0.script']}
        {...field('script')}
      />
      <TextField label={t('official.label')} hint={t('official.labelHint')} error={errors.label} {...field('label')} />
      <SelectField
        label={t('official.organization')}
        options={[{ value: '', label: t('official.chooseOrganization') }, ...organizations]}
        error={errors.organizationId}
        {...field('organizationId')}
      />
      <TextField label={t('official.roleTitle')} error={errors.roleTitle} {...field('roleTitle')} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('officials.addSubmit')}
        </button>
      </div>
    </form>
  );
}
