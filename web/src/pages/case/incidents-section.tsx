import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { incidentBody } from '../../../../src/api/routes/incidents/schema';
import type { vocabularyResponse } from '../../../../src/api/routes/vocabularies/schema';
import { evidenceFields } from '../../../../src/domain/evidence';
import type { CaseDetail } from '../../api/case-api';
import { incidentApi } from '../../api/incident-api';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { useLanguage } from '../../i18n/use-language';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { useReload } from './use-reload';

type Term = z.infer<typeof vocabularyResponse>['terms'][number];

/** The terms of a HURIDOCS list in tree order, as the options of a choice. */
function flatten(terms: readonly Term[]): { value: string; label: string }[] {
  return terms.flatMap((term) => [
    { value: term.vocabNumber, label: `${'  '.repeat(Math.max(0, term.level))}${term.label}` },
    ...flatten(term.children),
  ]);
}

/** Incidents the client suffered (who did what to whom, in HURIDOCS terms) and the evidence kept for each. */
export function IncidentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const incidents = useResource((signal) => incidentApi.incidents(detail.id, signal), [detail.id, tick]);
  const canRecord = detail.abilities['incident:record'];
  return (
    <CaseSection name="incidents">
      {canRecord && (
        <AddForm label={t('incidents.add')}>
          {(close) => (
            <IncidentForm
              detail={detail}
              onSaved={() => {
                close();
                reload();
              }}
            />
          )}
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
                    <AddForm label={t('incidents.upload')}>
                      {(close) => (
                        <EvidenceForm
                          incidentId={incident.id}
                          onSaved={() => {
                            close();
                            reload();
                          }}
                        />
                      )}
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

/** The files kept as evidence of one incident, each with the start of its SHA-256 taken at intake. */
function IncidentEvidence({ incidentId, tick }: { incidentId: string; tick: number }) {
  const files = useResource((signal) => incidentApi.evidence(incidentId, signal), [incidentId, tick]);
  return (
    <Resource state={files}>
      {({ items }) => (
        <ul>
          {items.map((e) => (
            <li key={e.id}>
              <bdi>{e.originalName}</bdi> · <bdi>{e.description}</bdi> ·{' '}
              <code className="hash">{e.sha256.slice(0, 16)}</code>
            </li>
          ))}
        </ul>
      )}
    </Resource>
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
            options={[{ value: '', label: t('incidents.chooseAct') }, ...flatten(terms)]}
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
