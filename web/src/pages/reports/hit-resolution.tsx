import { useTranslation } from 'react-i18next';
import { resolutionBody } from '../../../../src/api/routes/reports/schema';
import { HIT_ACTIONS, type HitAction } from '../../../../src/domain/report';
import { reportApi, type Report, type ReportHit } from '../../api/report-api';
import { RecordForm } from '../../components/record-form';
import { TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from '../case/add-form';

interface HitProps {
  engagementId: string;
  hit: ReportHit;
  onChanged: (report: Report) => void;
}

/** One hit of the redaction check: whose name, phone or place was found, and how it was resolved or may be. */
export function HitResolution({ engagementId, hit, found, onChanged }: HitProps & { found: string }) {
  const { t } = useTranslation('reports');
  const { resolution } = hit;
  return (
    <>
      {t(`hitKinds.${hit.kind}`)} <bdi>{hit.personLabel}</bdi>:{' '}
      <q>
        <bdi>{found}</bdi>
      </q>
      {resolution ? (
        <p className="muted">
          {resolution.action === 'replaced' ? (
            <>
              {t('resolution.replacedBy')}{' '}
              <q>
                <bdi>{resolution.replacement}</bdi>
              </q>
            </>
          ) : (
            <>
              {t('resolution.notAName')}: <bdi>{resolution.reason}</bdi>
            </>
          )}
        </p>
      ) : (
        <div className="actions">
          {HIT_ACTIONS.map((action) => (
            <AddForm key={action} label={t(`resolve.${action}.open`)}>
              {() => <ResolutionForm engagementId={engagementId} hit={hit} action={action} onChanged={onChanged} />}
            </AddForm>
          ))}
        </div>
      )}
    </>
  );
}

/** What the author gives for each way of resolving a hit: the text that replaces it, or why it is not a name. */
const GIVEN = { replaced: 'replacement', not_a_name: 'reason' } as const satisfies Record<HitAction, string>;

/**
 * Resolve the hit at its offsets: replace the text found (the person's label, initials or a
 * pseudonym, is offered first), or keep it and say why it names no one in the records.
 */
function ResolutionForm({ engagementId, hit, action, onChanged }: HitProps & { action: HitAction }) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const given = GIVEN[action];
  const form = useForm({
    initial: { [given]: action === 'replaced' ? hit.personLabel : '' },
    schema: resolutionBody,
    toInput: (v) => ({ field: hit.field, start: hit.start, end: hit.end, action, [given]: v[given] }),
    save: async (input) => onChanged(await reportApi.resolve(engagementId, input)),
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} submit={t(`resolve.${action}.submit`)}>
      <TextField label={t(`resolve.${action}.label`)} hint={t(`resolve.${action}.hint`)} {...form.field(given)} />
    </RecordForm>
  );
}
