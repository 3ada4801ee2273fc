import { useTranslation } from 'react-i18next';
import { noteBody } from '../../../../src/api/routes/cases/schema';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { DateTimeText } from '../../components/date-time-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { useReload } from './use-reload';

/** The timeline of the case's notes, newest first. */
export function NotesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const notes = useResource((signal) => caseApi.notes(detail.id, signal), [detail.id, tick]);
  return (
    <CaseSection name="notes">
      {detail.abilities['note:create'] && (
        <AddForm label={t('notes.add')} onSaved={reload}>
          {(saved) => <NoteForm caseId={detail.id} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={notes}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('notes.none')}</p>
          ) : (
            <ol className="timeline">
              {items.map((n) => (
                <li key={n.id}>
                  <DateTimeText value={n.createdAt} />
                  <p className="note-body">
                    <bdi>{n.body}</bdi>
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </Resource>
    </CaseSection>
  );
}

function NoteForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: { body: '' },
    schema: noteBody,
    toInput: (v) => v,
    save: (input) => caseApi.addNote(caseId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <TextAreaField label={t('notes.body')} autoFocus {...form.field('body')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
