import { useTranslation } from 'react-i18next';
import { stepBody } from '../../../../src/api/routes/contact-requests/schema';
import { contactApi, type ContactRequest, type DatedStep } from '../../api/contact-api';
import { FormError } from '../../components/form-error';
import { DateField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { today } from './lines';

/** A step that needs only its date: the person was consulted, contact was made, the request is closed. */
export function DatedStepForm({
  request,
  step,
  onSaved,
}: {
  request: ContactRequest;
  step: DatedStep;
  onSaved: () => void;
}) {
  const { t } = useTranslation('contact');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { on: today() },
    schema: stepBody,
    version: request.version,
    toInput: (v, version) => ({ version, on: v.on }),
    save: (input) => contactApi.step(request.id, step, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <DateField label={t('steps.on')} {...form.field('on')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
