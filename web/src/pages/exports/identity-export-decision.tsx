import { useTranslation } from 'react-i18next';
import { approveBody, refuseBody } from '../../../../src/api/routes/exports/schema';
import { exportApi } from '../../api/export-api';
import { RecordForm } from '../../components/record-form';
import { TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';

/** The second person's decision on an identity export: approve it (a note if they wish), or refuse it, saying why. */
export function IdentityExportDecision({
  exportId,
  decision,
  onSaved,
}: {
  exportId: string;
  decision: 'approve' | 'refuse';
  onSaved: () => void;
}) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { note: '' },
    schema: decision === 'refuse' ? refuseBody : approveBody,
    toInput: (v) => ({ note: v.note.trim() === '' && decision === 'approve' ? null : v.note }),
    // The schema checked the note: required for a refusal, optional for an approval.
    save: ({ note }) =>
      decision === 'refuse' ? exportApi.refuse(exportId, { note: note ?? '' }) : exportApi.approve(exportId, { note }),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} submit={t(`identity.${decision}`)}>
      <TextField
        label={decision === 'refuse' ? t('identity.refuseNote') : t('identity.note')}
        {...form.field('note')}
      />
    </RecordForm>
  );
}
