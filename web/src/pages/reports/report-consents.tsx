import { useTranslation } from 'react-i18next';
import { consentBody, withdrawalBody } from '../../../../src/api/routes/reports/schema';
import { CONSENT_METHODS, CONSENT_PURPOSES } from '../../../../src/domain/consent';
import { reportApi, type Report } from '../../api/report-api';
import { DateText } from '../../components/date-text';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from '../case/add-form';
import { useOptions } from '../case/options';
import type { ReportPerson } from './load-report-meeting';

type Consent = Report['consents'][number];

interface ConsentsProps {
  engagementId: string;
  report: Report;
  people: readonly ReportPerson[];
  mayRecord: boolean;
  onChanged: (report: Report) => void;
}

/** The people's consents to the use of their names in this report: who is named, and since when. */
export function ReportConsents({ engagementId, report, people, mayRecord, onChanged }: ConsentsProps) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation('case');
  const labelOf = (personId: string) => people.find((p) => p.id === personId)?.label ?? personId;
  return (
    <section className="case-section" aria-labelledby="report-consents-title">
      <h2 id="report-consents-title">{t('consents.title')}</h2>
      <p className="muted">{t('consents.explain')}</p>
      {report.consents.length === 0 ? (
        <p className="muted">{t('consents.none')}</p>
      ) : (
        <ul className="records">
          {report.consents.map((c) => (
            <li key={c.id}>
              <bdi>{labelOf(c.personId)}</bdi> · {tc(`consents.purposes.${c.purpose}`)} ·{' '}
              {tc(`consents.methods.${c.method}`)} · {t('consents.givenOn')} <DateText value={c.givenOn} />
              {c.withdrawnOn ? (
                <>
                  {' '}
                  · {t('consents.withdrawnOn')} <DateText value={c.withdrawnOn} />
                </>
              ) : (
                mayRecord && (
                  <AddForm label={t('consents.withdraw')}>
                    {(close) => (
                      <WithdrawForm
                        engagementId={engagementId}
                        consent={c}
                        onSaved={(r) => {
                          close();
                          onChanged(r);
                        }}
                      />
                    )}
                  </AddForm>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {report.namedPersonIds.length > 0 && (
        <p>
          {t('consents.named')}{' '}
          {report.namedPersonIds.map((id) => (
            <bdi key={id} className="assignee">
              {labelOf(id)}
            </bdi>
          ))}
        </p>
      )}
      {mayRecord && people.length > 0 && (
        <AddForm label={t('consents.add')}>
          {(close) => (
            <ConsentForm
              engagementId={engagementId}
              people={people}
              onSaved={(r) => {
                close();
                onChanged(r);
              }}
            />
          )}
        </AddForm>
      )}
    </section>
  );
}

function ConsentForm({
  engagementId,
  people,
  onSaved,
}: {
  engagementId: string;
  people: readonly ReportPerson[];
  onSaved: (report: Report) => void;
}) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { givenBy: people[0]?.id ?? '', purpose: 'public_with_name', givenOn: '', method: 'written' },
    schema: consentBody,
    toInput: (v) => v,
    save: async (input) => onSaved(await reportApi.recordConsent(engagementId, input)),
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <SelectField
        label={t('consents.person')}
        options={people.map((p) => ({ value: p.id, label: p.label }))}
        {...form.field('givenBy')}
      />
      <SelectField
        label={t('consents.purpose')}
        options={options('consents.purposes', CONSENT_PURPOSES)}
        {...form.field('purpose')}
      />
      <DateField label={t('consents.givenOn')} {...form.field('givenOn')} />
      <SelectField
        label={t('consents.method')}
        options={options('consents.methods', CONSENT_METHODS)}
        {...form.field('method')}
      />
    </RecordForm>
  );
}

function WithdrawForm({
  engagementId,
  consent,
  onSaved,
}: {
  engagementId: string;
  consent: Consent;
  onSaved: (report: Report) => void;
}) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { withdrawnOn: '' },
    schema: withdrawalBody,
    toInput: (v) => v,
    save: async ({ withdrawnOn }) => onSaved(await reportApi.withdrawConsent(engagementId, consent.id, withdrawnOn)),
    keeps: true,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form} submit={t('consents.withdraw')}>
      <DateField label={t('consents.withdrawnOn')} {...form.field('withdrawnOn')} />
    </RecordForm>
  );
}
