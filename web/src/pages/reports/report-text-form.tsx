import { useTranslation } from 'react-i18next';
import { createBody, patchBody } from '../../../../src/api/routes/reports/schema';
import { reportApi, type Report } from '../../api/report-api';
import { RecordForm } from '../../components/record-form';
import { TextAreaField, TextField } from '../../components/text-field';
import { useForm, type BoundField } from '../../components/use-form';

/** The author's own text of the report. */
type ReportText = Pick<Report, 'title' | 'body' | 'conclusions'>;

const textOf = (r: ReportText): ReportText => ({ title: r.title, body: r.body, conclusions: r.conclusions });

function useTextLabels(): ReportText {
  const { t } = useTranslation('reports');
  return { title: t('fields.title'), body: t('fields.body'), conclusions: t('fields.conclusions') };
}

function TextFields({ field }: { field: (name: keyof ReportText) => BoundField }) {
  const { t } = useTranslation('reports');
  const labels = useTextLabels();
  return (
    <>
      <TextField label={labels.title} hint={t('text.titleHint')} {...field('title')} />
      <TextAreaField label={labels.body} hint={t('text.bodyHint')} rows={10} {...field('body')} />
      <TextAreaField label={labels.conclusions} rows={6} {...field('conclusions')} />
    </>
  );
}

/** The first draft of the report of a meeting: checked for names as soon as it is saved. */
export function NewReportForm({ engagementId, onSaved }: { engagementId: string; onSaved: (r: Report) => void }) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { title: '', body: '', conclusions: '' },
    schema: createBody,
    toInput: (v) => v,
    save: async (input) => onSaved(await reportApi.create(engagementId, input)),
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} submit={t('text.create')}>
      <TextFields field={form.field} />
    </RecordForm>
  );
}

/** A change of the author's text; the report is a draft again, checked anew. */
export function ReportTextForm({
  engagementId,
  report,
  onSaved,
}: {
  engagementId: string;
  report: Report;
  onSaved: (r: Report) => void;
}) {
  const { t: tf } = useTranslation('forms');
  const labels = useTextLabels();
  const form = useForm({
    initial: textOf(report),
    schema: patchBody,
    version: report.version,
    toInput: (v, version) => ({ version, ...v }),
    save: async (input) => onSaved(await reportApi.update(engagementId, input)),
    stored: async () => {
      const now = await reportApi.get(engagementId);
      return { values: textOf(now), version: now.version };
    },
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} labels={labels}>
      <TextFields field={form.field} />
    </RecordForm>
  );
}
