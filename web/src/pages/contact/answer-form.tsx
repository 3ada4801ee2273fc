import { useTranslation } from 'react-i18next';
import { answerBody } from '../../../../src/api/routes/contact-requests/schema';
import { CONTACT_ANSWERS } from '../../../../src/domain/contact-request';
import { CONSENT_METHODS } from '../../../../src/domain/referral';
import { contactApi, type ContactRequest } from '../../api/contact-api';
import { FormError } from '../../components/form-error';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm, type FormValues } from '../../components/use-form';
import { useOptions } from '../case/options';
import { today } from './lines';

const SHARED_TEXTS = ['message', 'contact', 'country', 'city'] as const;

/** What the person agreed to have told, from what was filled in: nothing at all with a refusal. */
function sharedOf(v: FormValues): Record<string, string | boolean> | undefined {
  if (v.answer !== 'given') return undefined;
  const shared: Record<string, string | boolean> = v['shared.wellbeing'] === 'yes' ? { wellbeing: true } : {};
  for (const key of SHARED_TEXTS) {
    const typed = (v[`shared.${key}`] ?? '').trim();
    if (typed !== '') shared[key] = key === 'country' ? typed.toUpperCase() : typed;
  }
  return shared;
}

/** The sought person's answer: how and when it was given, and with consent exactly what may be told. */
export function AnswerForm({ request, onSaved }: { request: ContactRequest; onSaved: () => void }) {
  const { t } = useTranslation('contact');
  const { t: tf } = useTranslation('forms');
  const methods = useOptions();
  const form = useForm({
    initial: {
      answer: 'given',
      on: today(),
      method: 'in_person',
      'shared.wellbeing': 'no',
      'shared.message': '',
      'shared.contact': '',
      'shared.country': '',
      'shared.city': '',
    },
    schema: answerBody,
    version: request.version,
    toInput: (v, version) => ({ version, answer: v.answer, on: v.on, method: v.method, shared: sharedOf(v) }),
    save: (input) => contactApi.answer(request.id, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('steps.answerField')}
        options={CONTACT_ANSWERS.map((value) => ({ value, label: t(`answers.${value}`) }))}
        {...form.field('answer')}
      />
      <DateField label={t('steps.on')} {...form.field('on')} />
      <SelectField
        label={t('steps.method')}
        options={methods('referrals.methods', CONSENT_METHODS)}
        {...form.field('method')}
      />
      {form.values.answer === 'given' && (
        <fieldset>
          <legend>{t('steps.shared')}</legend>
          {form.errors.shared && (
            <p role="alert" className="field-error">
              {form.errors.shared}
            </p>
          )}
          <SelectField
            label={t('steps.wellbeing')}
            options={[
              { value: 'no', label: t('steps.no') },
              { value: 'yes', label: t('steps.yes') },
            ]}
            {...form.field('shared.wellbeing')}
          />
          <TextAreaField label={t('steps.sharedMessage')} {...form.field('shared.message')} />
          <TextField label={t('steps.sharedContact')} {...form.field('shared.contact')} />
          <TextField label={t('steps.sharedCountry')} {...form.field('shared.country')} />
          <TextField label={t('steps.sharedCity')} {...form.field('shared.city')} />
        </fieldset>
      )}
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
