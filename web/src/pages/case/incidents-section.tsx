import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentBody } from '../../../../src/api/routes/incidents/schema';
import { evidenceFields } from '../../../../src/domain/evidence';
import type { CaseDetail } from '../../api/case-api';
import { incidentApi } from '../../api/incident-api';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { termChoices } from '../../components/term-choices';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { useLanguage } from '../../i18n/use-language';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { ConsentForm } from './consent-form';
import { IncidentEvidence } from './incident-evidence';
import { useReload } from './use-reload';

/** Incidents the client suffered (who did what to whom, in HURIDOCS terms) and the evidence kept for each. */
export function IncidentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const incidents = useResource((signal) => incidentApi.incidents(detail.id, signal), [detail.id, tick]);
  const canRecord = detail.abilities['incident:record'];
  return (
    <CaseSection name="incidents">
      {canRecord && (
        <AddForm label={t('incidents.add')} onSaved={reload}>
          {(saved) => <IncidentForm detail={detail} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={incidents}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('incidents.none')}</p>
          ) : (
            <ul className="records">
              {items.map((incident) => (
                <li key={incident.id}>
                  <strong>
                    <bdi>{incident.title}</bdi>
                  </strong>{' '}
                  · <bdi>{incident.start.value}</bdi>
                  <IncidentEvidence incidentId={incident.id} tick={tick} />
                  {canRecord && (
                    <AddForm label={t('incidents.upload')} onSaved={reload}>
                      {(saved) => <EvidenceForm incidentId={incident.id} onSaved={saved} />}
                    </AddForm>
                  )}
                  {detail.abilities['consent:record'] && (
                    <AddForm label={t('consents.add')} onSaved={reload}>
                      {(saved) => <ConsentForm detail={detail} incidentId={incident.id} onSaved={saved} />}
                    </AddForm>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Resource>
    </CaseSection>
  );
}

/** An incident with its first act: its type from HURIDOCS "types of acts", the client as victim. */
function IncidentForm({ detail, onSaved }: { detail: CaseDetail; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const acts = useResource((signal) => incidentApi.terms('types_of_acts', language, signal), [language]);
  const form = useForm({
    initial: { title: '', 'start.value': '', description: '', 'acts.0.type': '' },
    schema: incidentBody,
    toInput: (v) => ({
      caseIds: [detail.id],
      title: v.title,
      start: { value: v['start.value'], precision: 'exact' },
      description: v.description,
      acts: v['acts.0.type'] ? [{ type: v['acts.0.type'], victim: { personId: detail.clientId } }] : [],
    }),
    save: (input) => incidentApi.record(input, language),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <Resource state={acts}>
      {({ terms }) => (
        <form onSubmit={form.onSubmit} noValidate>
          <FormError errors={form.errors} />
          <TextField label={t('incidents.title')} hint={t('incidents.titleHint')} {...form.field('title')} />
          <DateField label={t('incidents.start')} {...form.field('start.value')} />
          <TextAreaField label={t('incidents.description')} {...form.field('description')} />
          <SelectField
            label={t('incidents.act')}
            hint={t('incidents.actHint')}
            options={[{ value: '', label: t('incidents.chooseAct') }, ...termChoices(terms)]}
            {...form.field('acts.0.type')}
          />
          <button type="submit" disabled={form.busy}>
            {tf('save')}
          </button>
        </form>
      )}
    </Resource>
  );
}

/** A file kept as evidence of the incident: hashed (SHA-256) and encrypted by the server at intake. */
function EvidenceForm({ incidentId, onSaved }: { incidentId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const [file, setFile] = useState<File | null>(null);
  const form = useForm({
    initial: { description: '' },
    schema: evidenceFields,
    toInput: (v) => (v.description ? { description: v.description } : {}),
    save: async (input) => {
      if (!file) throw new Error(t('incidents.noFile'));
      return incidentApi.upload(incidentId, input.description ?? '', file);
    },
    onSaved,
    failed: t('incidents.uploadFailed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <TextField
        label={t('incidents.file')}
        type="file"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        error={form.errors.file}
      />
      <TextField label={t('incidents.fileDescription')} {...form.field('description')} />
      <button type="submit" disabled={form.busy || !file}>
        {tf('save')}
      </button>
    </form>
  );
}
