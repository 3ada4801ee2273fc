import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createBody } from '../../../../src/api/routes/cases/schema';
import { registerApi, type DuplicateWarning } from '../../api/case-api';
import { FormError } from '../../components/form-error';
import { DateField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull } from './options';

const FIELDS = {
  label: 'client.label',
  latin: 'client.identity.names.0.full',
  persian: 'client.identity.names.1.full',
  birthDate: 'client.identity.birthDate',
  nationality: 'client.identity.nationality',
  openedOn: 'openedOn',
  summary: 'summary',
} as const;

type Values = Record<(typeof FIELDS)[keyof typeof FIELDS], string>;

function identityOf(v: Values) {
  const names = [
    { script: 'latin' as const, full: v[FIELDS.latin] },
    { script: 'persian' as const, full: v[FIELDS.persian] },
  ].filter((n, i) => i === 0 || n.full.trim() !== '');
  return {
    names,
    aliases: [],
    birthDate: orNull(v[FIELDS.birthDate]),
    nationality: orNull(v[FIELDS.nationality].toUpperCase()),
  };
}

/** /cases/new — a new client and their case; before saving, the people likely recorded already are shown. */
export function RegisterClientPage() {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const navigate = useNavigate();
  const [warning, setWarning] = useState<DuplicateWarning>(null);
  const [warned, setWarned] = useState(false);
  const form = useForm({
    initial: Object.fromEntries(Object.values(FIELDS).map((f) => [f, ''])) as Values,
    keeps: true,
    schema: createBody,
    toInput: (v) => ({
      client: { label: orNull(v[FIELDS.label]), identity: identityOf(v) },
      openedOn: orNull(v[FIELDS.openedOn]) ?? undefined,
      summary: orNull(v[FIELDS.summary]),
    }),
    save: async (input) => {
      if (!warned && input.client) {
        const { names, aliases, birthDate, nationality } = input.client.identity;
        const { duplicateWarning } = await registerApi.duplicateCheck({ names, aliases, birthDate, nationality });
        setWarned(true);
        if (duplicateWarning && (duplicateWarning.visible.length > 0 || duplicateWarning.elsewhere)) {
          setWarning(duplicateWarning);
          return;
        }
      }
      const created = await registerApi.create(input);
      await navigate(`/cases/${created.id}`);
    },
    failed: tf('failed'),
  });
  return (
    <>
      <h1>{t('register.title')}</h1>
      <form onSubmit={form.onSubmit} noValidate className="narrow">
        <FormError errors={form.errors} />
        <TextField label={t('register.latinName')} autoFocus {...form.field(FIELDS.latin)} />
        <TextField
          label={t('register.persianName')}
          hint={t('register.persianHint')}
          dir="auto"
          {...form.field(FIELDS.persian)}
        />
        <TextField
          label={t('register.birthDate')}
          hint={t('register.birthDateHint')}
          {...form.field(FIELDS.birthDate)}
        />
        <TextField
          label={t('register.nationality')}
          hint={t('register.nationalityHint')}
          {...form.field(FIELDS.nationality)}
        />
        <TextField label={t('register.label')} hint={t('register.labelHint')} {...form.field(FIELDS.label)} />
        <DateField label={t('register.openedOn')} {...form.field(FIELDS.openedOn)} />
        <TextAreaField label={t('register.summary')} {...form.field(FIELDS.summary)} />
        {warning && (
          <section className="duplicate-warning" role="alert" aria-labelledby="duplicate-title">
            <h2 id="duplicate-title">{t('register.duplicate.title')}</h2>
            <ul>
              {warning.visible.map((p) => (
                <li key={p.personId}>
                  <bdi>{p.label}</bdi>{' '}
                  {p.caseIds.map((caseId) => (
                    <Link key={caseId} to={`/cases/${caseId}`}>
                      {t('register.duplicate.open')}
                    </Link>
                  ))}
                </li>
              ))}
            </ul>
            {warning.elsewhere && <p>{t('register.duplicate.elsewhere')}</p>}
            <p>{t('register.duplicate.explain')}</p>
          </section>
        )}
        <button type="submit" disabled={form.busy}>
          {warning ? t('register.anyway') : t('register.submit')}
        </button>
      </form>
    </>
  );
}
