import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createBody, minutesBody, outcomeBody } from '../../../../src/api/routes/engagements/schema';
import { EXCHANGE_STATUSES, MINUTES_ITEM_KINDS, REQUEST_CHANNELS } from '../../../../src/domain/engagement';
import type { CaseDetail } from '../../api/case-api';
import { caseworkApi, type Engagement } from '../../api/casework-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { useSession } from '../../session/session-context';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { orNull, useOptions } from './options';
import { OrganizationField } from './organization-field';
import { useReload } from './use-reload';

/** Requests to agencies and the meetings that followed, with their minutes, each item attributed to who said it. */
export function EngagementsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const list = useResource((signal) => caseworkApi.engagements(detail.id, signal), [detail.id, tick]);
  const [openId, setOpenId] = useState<string | null>(null);
  const canRecord = detail.abilities['engagement:record'];
  const { t: tr } = useTranslation('reports');
  return (
    <CaseSection name="engagements">
      {canRecord && (
        <AddForm label={t('engagements.add')}>
          {(close) => (
            <RequestForm
              caseId={detail.id}
              onSaved={() => {
                close();
                reload();
              }}
            />
          )}
        </AddForm>
      )}
      <Resource state={list}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('engagements.none')}</p>
          ) : (
            <ul className="records">
              {items.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={openId === e.id}
                    onClick={() => setOpenId(openId === e.id ? null : e.id)}
                  >
                    <bdi>{e.subject}</bdi>
                  </button>{' '}
                  · <bdi>{e.organization.name}</bdi> · {t(`engagements.statuses.${e.status}`)} ·{' '}
                  {t('engagements.requestedOn')} <DateText value={e.requestedOn} />
                  {e.latencyDays !== null && <> · {t('engagements.latency', { days: e.latencyDays })}</>}
                  {detail.abilities['report:write'] && EXCHANGE_STATUSES.includes(e.status) && (
                    <>
                      {' '}
                      · <Link to={`/engagements/${e.id}/report`}>{tr('open')}</Link>
                    </>
                  )}
                  {openId === e.id && <EngagementDetail id={e.id} canRecord={canRecord} onChanged={reload} />}
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </CaseSection>
  );
}

function EngagementDetail({ id, canRecord, onChanged }: { id: string; canRecord: boolean; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const state = useResource((signal) => caseworkApi.engagement(id, signal), [id, tick]);
  const saved = (close: () => void) => () => {
    close();
    reload();
    onChanged();
  };
  return (
    <Resource state={state}>
      {(e) => (
        <div className="record-detail">
          {e.place && (
            <p>
              {t('engagements.place')} <bdi>{e.place}</bdi>
            </p>
          )}
          {e.attendees.length > 0 && (
            <p>
              {t('engagements.attendees')}{' '}
              {e.attendees.map((a) => (
                <bdi key={`${a.label}-${a.role}`} className="assignee">
                  {a.label} ({a.role})
                </bdi>
              ))}
            </p>
          )}
          <h3>{t('engagements.minutes')}</h3>
          {e.minutes.length === 0 ? (
            <p className="muted">{t('engagements.noMinutes')}</p>
          ) : (
            <ol className="minutes">
              {e.minutes.map((item) => (
                <li key={item.id}>
                  <strong>{t(`engagements.kinds.${item.kind}`)}</strong> · <bdi>{item.speaker.label}</bdi>
                  {item.refersTo && (
                    <>
                      {' '}
                      {t('engagements.refersTo')} <bdi>{item.refersTo.name}</bdi>
                    </>
                  )}
                  <p className="note-body">
                    <bdi>{item.text}</bdi>
                  </p>
                </li>
              ))}
            </ol>
          )}
          {canRecord && (
            <div className="actions">
              {e.status === 'requested' && (
                <AddForm label={t('engagements.recordOutcome')}>
                  {(close) => <OutcomeForm engagement={e} onSaved={saved(close)} />}
                </AddForm>
              )}
              <AddForm label={t('engagements.addMinutes')}>
                {(close) => <MinutesForm engagement={e} onSaved={saved(close)} />}
              </AddForm>
            </div>
          )}
        </div>
      )}
    </Resource>
  );
}

function RequestForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { organizationId: '', requestedOn: '', channel: 'email', subject: '' },
    schema: createBody,
    toInput: (v) => ({ ...v, caseIds: [caseId] }),
    save: (input) => caseworkApi.requestEngagement(input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <OrganizationField label={t('engagements.organization')} field={form.field('organizationId')} />
      <DateField label={t('engagements.requestedOn')} {...form.field('requestedOn')} />
      <SelectField
        label={t('engagements.channel')}
        options={options('engagements.channels', REQUEST_CHANNELS)}
        {...form.field('channel')}
      />
      <TextAreaField label={t('engagements.subject')} {...form.field('subject')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

const OUTCOMES = ['held', 'answered', 'declined', 'withdrawn'] as const;

function OutcomeForm({ engagement, onSaved }: { engagement: Engagement; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { status: 'held', on: '', place: '' },
    schema: outcomeBody,
    version: engagement.version,
    toInput: (v, version) => ({ version, status: v.status, on: v.on, place: orNull(v.place) }),
    save: (input) => caseworkApi.recordOutcome(engagement.id, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('engagements.outcome')}
        options={options('engagements.statuses', OUTCOMES)}
        {...form.field('status')}
      />
      <DateField label={t('engagements.outcomeOn')} {...form.field('on')} />
      <TextField label={t('engagements.place')} {...form.field('place')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}

/** One item of the minutes, said by the organization met or by the user (the lawyer asking). */
function MinutesForm({ engagement, onSaved }: { engagement: Engagement; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const { me } = useSession();
  const form = useForm({
    initial: { 'items.0.kind': 'question', 'items.0.speaker': 'organization', 'items.0.text': '' },
    schema: minutesBody,
    toInput: (v) => ({
      items: [
        {
          kind: v['items.0.kind'],
          speaker:
            v['items.0.speaker'] === 'me' ? { userId: me?.userId } : { organizationId: engagement.organization.id },
          text: v['items.0.text'],
        },
      ],
    }),
    save: (input) => caseworkApi.addMinutes(engagement.id, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('engagements.kind')}
        options={options('engagements.kinds', MINUTES_ITEM_KINDS)}
        {...form.field('items.0.kind')}
      />
      <SelectField
        label={t('engagements.speaker')}
        options={[
          { value: 'organization', label: engagement.organization.name },
          { value: 'me', label: t('engagements.me') },
        ]}
        {...form.field('items.0.speaker')}
      />
      <TextAreaField label={t('engagements.text')} {...form.field('items.0.text')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
