import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { documentPatchBody, type document } from '../../../../src/api/routes/documents/schema';
import { DOCUMENT_STATES } from '../../../../src/domain/document';
import { caseApi } from '../../api/case-api';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField, TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull, useOptions } from './options';
import { storedOne } from './stored-one';

type PersonDocument = z.infer<typeof document>;

const valuesOf = (d: PersonDocument) => ({
  state: d.state,
  issuedOn: d.issuedOn ?? '',
  expiresOn: d.expiresOn ?? '',
  notes: d.notes ?? '',
});

/** A document's state and dates as they change (a permit renewed, a passport handed back); a save over someone else's shows both. */
export function DocumentUpdateForm({ doc, onSaved }: { doc: PersonDocument; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: valuesOf(doc),
    schema: documentPatchBody,
    version: doc.version,
    keeps: true,
    toInput: (v, version) => ({
      version,
      state: v.state,
      issuedOn: orNull(v.issuedOn),
      expiresOn: orNull(v.expiresOn),
      notes: orNull(v.notes),
    }),
    save: (input) => caseApi.updateDocument(doc.personId, doc.id, input),
    stored: async () => {
      const now = storedOne((await caseApi.documents(doc.personId)).items, doc.id);
      return { values: valuesOf(now), version: now.version };
    },
    onSaved,
    failed: tf('failed'),
  });
  const labels = {
    state: t('documents.state'),
    issuedOn: t('documents.issuedOn'),
    expiresOn: t('documents.expiresOn'),
    notes: t('documents.notes'),
  };
  return (
    <RecordForm
      form={form}
      labels={labels}
      show={(name, value) => (name === 'state' && value ? t(`documents.states.${value}`) : value)}
    >
      <SelectField
        label={labels.state}
        options={options('documents.states', DOCUMENT_STATES)}
        {...form.field('state')}
      />
      <DateField label={labels.issuedOn} {...form.field('issuedOn')} />
      <DateField label={labels.expiresOn} {...form.field('expiresOn')} />
      <TextAreaField label={labels.notes} {...form.field('notes')} />
    </RecordForm>
  );
}
