import { useTranslation } from 'react-i18next';
import { statusBody } from '../../../../src/api/routes/reports/schema';
import { reportApi, type Report } from '../../api/report-api';
import { useForm } from '../../components/use-form';

/**
 * Where the report stands, and the step to the other status: marked publishable (the server
 * refuses it, with its reason, while a hit of the check is unresolved), or back to draft.
 */
export function ReportStatus({
  engagementId,
  report,
  onChanged,
}: {
  engagementId: string;
  report: Report;
  onChanged: (report: Report) => void;
}) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const next = report.status === 'draft' ? 'publishable' : 'draft';
  const form = useForm({
    initial: {},
    schema: statusBody,
    version: report.version,
    toInput: (_typed, version) => ({ version, status: next }),
    save: async (input) => onChanged(await reportApi.setStatus(engagementId, input)),
    keeps: true,
    failed: tf('failed'),
  });
  const refusal = form.errors.status ?? form.errors[''];
  return (
    <form className="report-status" onSubmit={form.onSubmit} noValidate>
      <p>
        {t('status.label')}: <strong>{t(`status.${report.status}`)}</strong>
        {report.unresolved > 0 && <> · {t('status.unresolved', { hits: report.unresolved })}</>}
      </p>
      {refusal && (
        <p role="alert" className="form-error">
          {t('status.refused')} <bdi>{refusal}</bdi>
        </p>
      )}
      <button type="submit" disabled={form.busy}>
        {t(`status.to.${next}`)}
      </button>
    </form>
  );
}
