import { useTranslation } from 'react-i18next';
import { patchBody } from '../../../../src/api/routes/cases/schema';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { RecordForm } from '../../components/record-form';
import { TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { CaseSection } from './case-section';

/** The case's summary; when two people change it at once, the second is shown both versions. */
export function SummarySection({ detail, onSaved }: { detail: CaseDetail; onSaved: (c: Partial<CaseDetail>) => void }) {
  const { t } = useTranslation('case');
  return (
    <CaseSection name="summary">
      {detail.abilities.update ? (
        <SummaryForm key={detail.version} detail={detail} onSaved={onSaved} />
      ) : (
        <p>{detail.summary ?? t('summary.none')}</p>
      )}
    </CaseSection>
  );
}

function SummaryForm({ detail, onSaved }: { detail: CaseDetail; onSaved: (c: Partial<CaseDetail>) => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { summary: detail.summary ?? '' },
    schema: patchBody,
    version: detail.version,
    toInput: (v, version) => ({ version, summary: v.summary || null }),
    save: async (input) => onSaved(await caseApi.update(detail.id, input)),
    stored: async () => {
      const now = await caseApi.get(detail.id);
      return { values: { summary: now.summary ?? '' }, version: now.version };
    },
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} labels={{ summary: t('summary.label') }} submit={t('summary.save')}>
      <TextAreaField label={t('summary.label')} {...form.field('summary')} />
    </RecordForm>
  );
}
