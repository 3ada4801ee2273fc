import { useTranslation } from 'react-i18next';
import { patchBody } from '../../../../src/api/routes/legal-actions/schema';
import type { LegalActionStatus } from '../../../../src/domain/legal-action';
import { legalActionApi, type LegalAction } from '../../api/legal-action-api';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull, useOptions } from './options';

const valuesOf = (a: LegalAction) => ({
  status: a.status,
  reference: a.reference ?? '',
  closedOn: a.closedOn ?? '',
  outcome: a.outcome ?? '',
});

/** Where the proceedings stand (status, closing day) and their outcome; a save over someone else's shows both. */
export function LegalActionUpdateForm({
  action,
  statuses,
  onSaved,
}: {
  action: LegalAction;
  statuses: readonly LegalActionStatus[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: valuesOf(action),
    schema: patchBody,
    version: action.version,
    keeps: true,
    toInput: (v, version) => ({
      version,
      status: v.status,
      reference: orNull(v.reference),
      closedOn: orNull(v.closedOn),
      outcome: orNull(v.outcome),
    }),
    save: (input) => legalActionApi.update(action.id, input),
    stored: async () => {
      const now = await legalActionApi.get(action.id);
      return { values: valuesOf(now), version: now.version };
    },
    onSaved,
    failed: tf('failed'),
  });
  const labels = {
    status: t('legalActions.status'),
    reference: t('legalActions.reference'),
    closedOn: t('legalActions.closedOn'),
    outcome: t('legalActions.outcome'),
  };
  return (
    <RecordForm
      form={form}
      labels={labels}
      show={(name, value) => (name === 'status' && value ? t(`legalActions.statuses.${value}`) : value)}
    >
      <SelectField
        label={labels.status}
        options={options('legalActions.statuses', statuses)}
        {...form.field('status')}
      />
      <TextField label={labels.reference} {...form.field('reference')} />
      <DateField label={labels.closedOn} {...form.field('closedOn')} />
      <TextAreaField label={labels.outcome} hint={t('legalActions.protectedHint')} {...form.field('outcome')} />
    </RecordForm>
  );
}
