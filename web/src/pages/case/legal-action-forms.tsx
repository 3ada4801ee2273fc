import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  filingBody,
  filingPatchBody,
  type filing,
  type hearing,
  hearingBody,
  hearingPatchBody,
} from '../../../../src/api/routes/legal-actions/schema';
import { legalActionApi } from '../../api/legal-action-api';
import { RecordForm } from '../../components/record-form';
import { DateField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull } from './options';

interface AddProps {
  actionId: string;
  onSaved: () => void;
}

/** A hearing set or held: its day, where, and what came of it when known. */
export function HearingForm({ actionId, onSaved }: AddProps) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { on: '', place: '', result: '' },
    schema: hearingBody,
    toInput: (v) => ({ on: v.on, place: v.place, result: orNull(v.result) }),
    save: (input) => legalActionApi.addHearing(actionId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <DateField label={t('legalActions.hearingOn')} {...form.field('on')} />
      <TextField label={t('legalActions.place')} {...form.field('place')} />
      <TextAreaField
        label={t('legalActions.result')}
        hint={t('legalActions.protectedHint')}
        {...form.field('result')}
      />
    </RecordForm>
  );
}

/** What came of a hearing, once it was held. */
export function HearingResultForm({ actionId, hearing: h, onSaved }: AddProps & { hearing: z.infer<typeof hearing> }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { result: '' },
    schema: hearingPatchBody,
    version: h.version,
    toInput: (v, version) => ({ version, result: v.result }),
    save: (input) => legalActionApi.updateHearing(actionId, h.id, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <TextAreaField
        label={t('legalActions.result')}
        hint={t('legalActions.protectedHint')}
        {...form.field('result')}
      />
    </RecordForm>
  );
}

/** A document to file (an appeal, a statement), with the last day to file it. */
export function FilingForm({ actionId, onSaved }: AddProps) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { kind: '', deadlineOn: '', filedOn: '' },
    schema: filingBody,
    toInput: (v) => ({ kind: v.kind, deadlineOn: orNull(v.deadlineOn), filedOn: orNull(v.filedOn) }),
    save: (input) => legalActionApi.addFiling(actionId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <TextField label={t('legalActions.filingKind')} hint={t('legalActions.filingKindHint')} {...form.field('kind')} />
      <DateField label={t('legalActions.deadlineOn')} {...form.field('deadlineOn')} />
      <DateField label={t('legalActions.filedOn')} {...form.field('filedOn')} />
    </RecordForm>
  );
}

/** The day a filing was made. */
export function FiledForm({ actionId, filing: f, onSaved }: AddProps & { filing: z.infer<typeof filing> }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { filedOn: '' },
    schema: filingPatchBody,
    version: f.version,
    toInput: (v, version) => ({ version, filedOn: v.filedOn }),
    save: (input) => legalActionApi.recordFiling(actionId, f.id, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <RecordForm form={form}>
      <DateField label={t('legalActions.filedOn')} {...form.field('filedOn')} />
    </RecordForm>
  );
}
