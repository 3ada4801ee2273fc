import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserBody } from '../../../../src/api/routes/admin/schema';
import { ROLES } from '../../../../src/domain/role';
import { adminApi } from '../../api/admin-api';
import { errorsOf, useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/text-field';

const EMPTY = { username: '', displayName: '', role: 'lawyer' };

/** A new account; the server makes its first password, shown here once to hand over in person. */
export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation('common');
  const check = useFieldCheck();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ username: string; password: string | null } | null>(null);
  const field = (name: keyof typeof EMPTY) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(createUserBody, draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      const answer = await adminApi.createUser(checked.data);
      setCreated({ username: answer.username, password: answer.initialPassword });
      setDraft(EMPTY);
      setErrors({});
      onCreated();
    } catch (err) {
      setErrors(errorsOf(err, t('saveFailed')));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {errors[''] && (
        <p role="alert" className="form-error">
          {errors['']}
        </p>
      )}
      {created && (
        <p role="status">
          {t('users.created', { username: created.username })} <code className="secret">{created.password}</code>
        </p>
      )}
      <TextField label={t('users.username')} autoComplete="off" {...field('username')} />
      <TextField label={t('users.displayName')} autoComplete="off" {...field('displayName')} />
      <SelectField
        label={t('users.role')}
        options={ROLES.map((role) => ({ value: role, label: common(`role.${role}`) }))}
        {...field('role')}
      />
      <div className="actions">
        <button type="submit">{t('users.addSubmit')}</button>
      </div>
    </form>
  );
}
