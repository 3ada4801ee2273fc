import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchBody, searchBody } from '../../../../src/api/routes/contact-requests/schema';
import { contactApi, type Candidates, type ContactRequest } from '../../api/contact-api';
import { FormError } from '../../components/form-error';
import { DateField, SelectField, TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { lines, today } from './lines';

/**
 * Look for the person sought among the people whose identity the user may see (the names the
 * family gave, and other spellings), then name the one judged to be them.
 */
export function MatchStep({ request, onSaved }: { request: ContactRequest; onSaved: () => void }) {
  const { t } = useTranslation('contact');
  const { t: tf } = useTranslation('forms');
  const [found, setFound] = useState<Candidates | null>(null);
  const search = useForm({
    initial: { moreNames: '' },
    schema: searchBody,
    toInput: (v) => ({ moreNames: lines(v.moreNames) }),
    save: async (input) => setFound(await contactApi.search(request.id, input)),
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <>
      <form onSubmit={search.onSubmit} noValidate>
        <FormError errors={search.errors} />
        <TextAreaField label={t('steps.moreNames')} hint={t('steps.moreNamesHint')} {...search.field('moreNames')} />
        <button type="submit" disabled={search.busy}>
          {t('steps.runSearch')}
        </button>
      </form>
      {found &&
        (found.candidates.length === 0 ? (
          <p className="muted">{t('steps.noCandidates')}</p>
        ) : (
          <MatchForm request={request} found={found} onSaved={onSaved} />
        ))}
    </>
  );
}

function MatchForm({ request, found, onSaved }: { request: ContactRequest; found: Candidates; onSaved: () => void }) {
  const { t } = useTranslation('contact');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { personId: found.candidates[0]?.personId ?? '', on: today() },
    schema: matchBody,
    // The search may have moved the request on: the match names the version it answered.
    version: found.version,
    toInput: (v, version) => ({ version, personId: v.personId, on: v.on }),
    save: (input) => contactApi.match(request.id, input),
    onSaved,
    failed: tf('failed'),
  });
  const options = found.candidates.map((c) => ({
    value: c.personId,
    label: [c.label, c.name?.recorded, t(`steps.levels.${c.level}`)].filter(Boolean).join(' · '),
  }));
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField label={t('steps.candidate')} options={options} {...form.field('personId')} />
      <DateField label={t('steps.on')} {...form.field('on')} />
      <button type="submit" disabled={form.busy}>
        {t('steps.match')}
      </button>
    </form>
  );
}
