import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBody } from '../../../../src/api/routes/legal-actions/schema';
import { LEGAL_ACTION_KINDS, PARTY_SIDES } from '../../../../src/domain/legal-action';
import type { CaseDetail } from '../../api/case-api';
import { legalActionApi } from '../../api/legal-action-api';
import { DateText } from '../../components/date-text';
import { RecordForm } from '../../components/record-form';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { LegalActionDetail } from './legal-action-detail';
import { orNull, useOptions } from './options';
import { OrganizationField } from './organization-field';
import { useReload } from './use-reload';

/** Court cases and other proceedings of the case: forum, parties, hearings, filings and outcome. */
export function LegalActionsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const actions = useResource((signal) => legalActionApi.list(detail.id, signal), [detail.id, tick]);
  const [openId, setOpenId] = useState<string | null>(null);
  const canUpdate = detail.abilities.update;
  return (
    <CaseSection name="legalActions">
      {canUpdate && (
        <AddForm label={t('legalActions.add')} onSaved={reload}>
          {(saved) => <LegalActionForm detail={detail} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={actions}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('legalActions.none')}</p>
          ) : (
            <ul className="records">
              {items.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={openId === a.id}
                    onClick={() => setOpenId(openId === a.id ? null : a.id)}
                  >
                    <bdi>{a.title}</bdi>
                  </button>{' '}
                  · <bdi>{a.forum.name}</bdi> {a.reference && <bdi>({a.reference})</bdi>} ·{' '}
                  {t(`legalActions.statuses.${a.status}`)} · {t('legalActions.openedOn')}{' '}
                  <DateText value={a.openedOn} />
                  {openId === a.id && <LegalActionDetail id={a.id} canUpdate={canUpdate} onChanged={reload} />}
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </CaseSection>
  );
}

/** New proceedings: the forum, what kind, a title without names, and the client's side and the other party. */
function LegalActionForm({ detail, onSaved }: { detail: CaseDetail; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: {
      forumOrganizationId: '',
      kind: 'administrative_appeal',
      title: '',
      reference: '',
      openedOn: '',
      clientSide: 'applicant',
      otherPartyId: '',
      otherSide: 'respondent',
    },
    schema: createBody,
    toInput: (v) => ({
      forumOrganizationId: v.forumOrganizationId,
      kind: v.kind,
      title: v.title,
      reference: orNull(v.reference),
      openedOn: v.openedOn,
      parties: [
        ...(v.clientSide ? [{ party: { personId: detail.clientId }, side: v.clientSide }] : []),
        ...(v.otherPartyId ? [{ party: { organizationId: v.otherPartyId }, side: v.otherSide }] : []),
      ],
    }),
    save: (input) => legalActionApi.create(detail.id, input),
    onSaved,
    failed: tf('failed'),
  });
  const sides = options('legalActions.sides', PARTY_SIDES);
  return (
    <RecordForm form={form}>
      <OrganizationField label={t('legalActions.forum')} field={form.field('forumOrganizationId')} />
      <SelectField
        label={t('legalActions.kind')}
        options={options('legalActions.kinds', LEGAL_ACTION_KINDS)}
        {...form.field('kind')}
      />
      <TextField label={t('legalActions.title')} hint={t('legalActions.titleHint')} {...form.field('title')} />
      <TextField label={t('legalActions.reference')} {...form.field('reference')} />
      <DateField label={t('legalActions.openedOnLabel')} {...form.field('openedOn')} />
      <SelectField
        label={t('legalActions.clientSide', { client: detail.clientLabel })}
        options={[{ value: '', label: t('legalActions.notAParty') }, ...sides]}
        {...form.field('clientSide')}
      />
      <OrganizationField label={t('legalActions.otherParty')} field={form.field('otherPartyId')} />
      <SelectField label={t('legalActions.otherSide')} options={sides} {...form.field('otherSide')} />
    </RecordForm>
  );
}
