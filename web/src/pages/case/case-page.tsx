import { useState } from 'react';
import { useParams } from 'react-router';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { Resource, useResource } from '../../components/resource';
import { CaseHeader } from './case-header';
import { CaseContents, SECTIONS } from './case-section';
import { ClaimsSection } from './claims-section';
import { ContactRequestsSection } from './contact-requests-section';
import { DocumentsSection } from './documents-section';
import { EngagementsSection } from './engagements-section';
import { IncidentsSection } from './incidents-section';
import { LegalActionsSection } from './legal-actions-section';
import { NotesSection } from './notes-section';
import { ReferralsSection } from './referrals-section';
import { StatusSection } from './status-section';
import { SummarySection } from './summary-section';
import { SupportSection } from './support-section';
import { TasksSection } from './tasks-section';

/** /cases/:id — a case the user may not see answers 404 and shows the not-found page, like a missing one. */
export function CasePage() {
  const { id = '' } = useParams();
  const detail = useResource((signal) => caseApi.get(id, signal), [id]);
  return <Resource state={detail}>{(loaded) => <CaseView key={loaded.id} loaded={loaded} />}</Resource>;
}

function CaseView({ loaded }: { loaded: CaseDetail }) {
  const [detail, setDetail] = useState(loaded);
  const update = (changed: Partial<CaseDetail>) => setDetail((d) => ({ ...d, ...changed }));
  return (
    <article className="case-page" aria-labelledby="case-title">
      <CaseHeader detail={detail} />
      <CaseContents shown={SECTIONS} />
      <SummarySection detail={detail} onSaved={update} />
      <StatusSection detail={detail} />
      <DocumentsSection detail={detail} />
      <SupportSection detail={detail} />
      <EngagementsSection detail={detail} />
      <ClaimsSection detail={detail} />
      <ReferralsSection detail={detail} />
      <ContactRequestsSection detail={detail} />
      <IncidentsSection detail={detail} />
      <LegalActionsSection detail={detail} />
      <TasksSection detail={detail} />
      <NotesSection detail={detail} />
    </article>
  );
}
