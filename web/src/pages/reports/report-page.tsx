import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EXCHANGE_STATUSES } from '../../../../src/domain/engagement';
import type { Report } from '../../api/report-api';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';
import { AddForm } from '../case/add-form';
import { NotFoundPage } from '../not-found-page';
import { CheckedText } from './checked-text';
import { loadReportMeeting, type ReportMeeting } from './load-report-meeting';
import { ReportConsents } from './report-consents';
import { ReportDownloads } from './report-downloads';
import { ReportStatus } from './report-status';
import { NewReportForm, ReportTextForm } from './report-text-form';

const OWN_FIELDS = ['title', 'body', 'conclusions'] as const;

/**
 * /engagements/:id/report — the report of a meeting, for whoever may write it on every case of
 * the meeting; anyone else sees the not-found page, as for a meeting that does not exist.
 */
export function ReportPage() {
  const { id = '' } = useParams();
  const state = useResource((signal) => loadReportMeeting(id, signal), [id]);
  return (
    <Resource state={state}>
      {(meeting) => (meeting.mayWrite ? <ReportView key={id} meeting={meeting} /> : <NotFoundPage />)}
    </Resource>
  );
}

function ReportView({ meeting }: { meeting: ReportMeeting }) {
  const { t } = useTranslation('reports');
  const [report, setReport] = useState(meeting.report);
  const { engagement } = meeting;
  return (
    <article className="report-page" aria-labelledby="report-title">
      <h1 id="report-title">{t('title')}</h1>
      <p>
        <bdi>{engagement.subject}</bdi> · <bdi>{engagement.organization.name}</bdi>
        {engagement.outcomeOn && (
          <>
            {' '}
            · <DateText value={engagement.outcomeOn} />
          </>
        )}
      </p>
      <p>
        {t('cases')}{' '}
        {meeting.cases.map((c) => (
          <Link key={c.id} to={`/cases/${c.id}`} className="assignee">
            <bdi>{c.code}</bdi>
          </Link>
        ))}
      </p>
      {report ? (
        <WrittenReport meeting={meeting} report={report} onChanged={setReport} />
      ) : EXCHANGE_STATUSES.includes(engagement.status) ? (
        <section className="case-section" aria-labelledby="report-new-title">
          <h2 id="report-new-title">{t('text.new')}</h2>
          <NewReportForm engagementId={engagement.id} onSaved={setReport} />
        </section>
      ) : (
        <p className="muted">{t('notHeld')}</p>
      )}
    </article>
  );
}

function WrittenReport({
  meeting,
  report,
  onChanged,
}: {
  meeting: ReportMeeting;
  report: Report;
  onChanged: (report: Report) => void;
}) {
  const { t } = useTranslation('reports');
  const engagementId = meeting.engagement.id;
  const hitsOf = (field: string) => report.hits.filter((h) => h.field === field);
  const recordTexts = report.texts.filter(
    (x) => !(OWN_FIELDS as readonly string[]).includes(x.field) && hitsOf(x.field).length > 0,
  );
  const checked = (field: string, text: string) => (
    <CheckedText
      key={field}
      engagementId={engagementId}
      field={field}
      text={text}
      hits={hitsOf(field)}
      onChanged={onChanged}
    />
  );
  return (
    <>
      <ReportStatus key={report.version} engagementId={engagementId} report={report} onChanged={onChanged} />
      <section className="case-section" aria-labelledby="report-text-title">
        <h2 id="report-text-title">{t('text.heading')}</h2>
        <AddForm label={t('text.edit')}>
          {(close) => (
            <ReportTextForm
              engagementId={engagementId}
              report={report}
              onSaved={(r) => {
                close();
                onChanged(r);
              }}
            />
          )}
        </AddForm>
        {OWN_FIELDS.map((field) => checked(field, report[field]))}
      </section>
      <section className="case-section" aria-labelledby="report-record-title">
        <h2 id="report-record-title">{t('record.heading')}</h2>
        {recordTexts.length === 0 ? (
          <p className="muted">{t('record.clean')}</p>
        ) : (
          recordTexts.map((x) => checked(x.field, x.text))
        )}
      </section>
      <ReportConsents
        engagementId={engagementId}
        report={report}
        people={meeting.people}
        mayRecord={meeting.mayRecordConsent}
        onChanged={onChanged}
      />
      <ReportDownloads
        engagementId={engagementId}
        publishable={report.status === 'publishable' && report.unresolved === 0}
      />
    </>
  );
}
