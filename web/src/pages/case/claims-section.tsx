import { useTranslation } from 'react-i18next';
import { claimBody, createTopicBody } from '../../../../src/api/routes/claims/schema';
import { STANCES } from '../../../../src/domain/claim';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { caseworkApi } from '../../api/casework-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { useOptions } from './options';
import { OrganizationField } from './organization-field';
import { useReload } from './use-reload';

/** What each side asserted, topic by topic: the asserters side by side, contradictions flagged. */
export function ClaimsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const topics = useResource((signal) => caseworkApi.claimTopics(detail.id, signal), [detail.id, tick]);
  const canWrite = detail.abilities.update;
  return (
    <CaseSection name="claims">
      {canWrite && (
        <AddForm label={t('claims.addTopic')} onSaved={reload}>
          {(saved) => <TopicForm caseId={detail.id} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={topics}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('claims.none')}</p>
          ) : (
            items.map((item) => <Topic key={item.id} id={item.id} caseId={detail.id} canWrite={canWrite} />)
          )
        }
      </Resource>
    </CaseSection>
  );
}

function Topic({ id, caseId, canWrite }: { id: string; caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const state = useResource((signal) => caseworkApi.claimTopic(id, signal), [id, tick]);
  return (
    <Resource state={state}>
      {(topic) => {
        const byId = new Map(topic.claims.map((c) => [c.id, c]));
        return (
          <div className="claim-topic">
            <h3>
              <bdi>{topic.title}</bdi> · {t(`claims.statuses.${topic.status}`)}
            </h3>
            <div className="side-by-side">
              {topic.sideBySide.map((column) => (
                <section key={column.assertedBy.label} aria-label={column.assertedBy.label} className="claim-column">
                  <h4>
                    <bdi>{column.assertedBy.label}</bdi>
                  </h4>
                  <ul>
                    {column.claimIds.map((claimId) => {
                      const c = byId.get(claimId);
                      if (!c) return null;
                      return (
                        <li key={c.id} className={c.contradicts.length > 0 ? 'contradicted' : undefined}>
                          <DateText value={c.assertedOn} /> · {t(`claims.stances.${c.stance}`)}
                          <p className="note-body">
                            <bdi>{c.statement}</bdi>
                          </p>
                          {c.contradicts.length > 0 && <strong className="alert">{t('claims.contradicted')}</strong>}
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
            {canWrite && (
              <AddForm label={t('claims.add')} onSaved={reload}>
                {(saved) => <ClaimForm topicId={topic.id} caseId={caseId} onSaved={saved} />}
              </AddForm>
            )}
          </div>
        );
      }}
    </Resource>
  );
}

function TopicForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { title: '' },
    schema: createTopicBody,
    toInput: (v) => ({ title: v.title, caseIds: [caseId] }),
    save: (input) => caseworkApi.createTopic(input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <TextField label={t('claims.topic')} hint={t('claims.topicHint')} {...form.field('title')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

/** A claim by an organization, with a note of the case as its source. */
function ClaimForm({ topicId, caseId, onSaved }: { topicId: string; caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const notes = useResource((signal) => caseApi.notes(caseId, signal), [caseId]);
  const form = useForm({
    initial: { 'assertedBy.organizationId': '', assertedOn: '', stance: 'affirms', statement: '', 'source.id': '' },
    schema: claimBody,
    toInput: (v) => ({
      assertedBy: { organizationId: v['assertedBy.organizationId'] },
      assertedOn: v.assertedOn,
      stance: v.stance,
      statement: v.statement,
      source: { kind: 'note', id: v['source.id'] },
    }),
    save: (input) => caseworkApi.addClaim(topicId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <Resource state={notes}>
      {({ items }) => (
        <form onSubmit={form.onSubmit} noValidate>
          <FormError errors={form.errors} />
          <OrganizationField label={t('claims.assertedBy')} field={form.field('assertedBy.organizationId')} />
          <DateField label={t('claims.assertedOn')} {...form.field('assertedOn')} />
          <SelectField
            label={t('claims.stance')}
            options={options('claims.stances', STANCES)}
            {...form.field('stance')}
          />
          <TextAreaField label={t('claims.statement')} {...form.field('statement')} />
          <SelectField
            label={t('claims.source')}
            options={[
              { value: '', label: t('claims.chooseNote') },
              ...items.map((n) => ({ value: n.id, label: n.body.slice(0, 60) })),
            ]}
            {...form.field('source.id')}
          />
          <button type="submit" disabled={form.busy}>
            {tf('save')}
          </button>
        </form>
      )}
    </Resource>
  );
}
