import { useTranslation } from 'react-i18next';
import { createBody } from '../../../../src/api/routes/tasks/schema';
import { TASK_KINDS } from '../../../../src/domain/task';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { useOptions } from './options';
import { TaskUpdateForm } from './task-update-form';
import { useReload } from './use-reload';

export function TasksSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const tasks = useResource((signal) => caseApi.tasks(detail.id, signal), [detail.id, tick]);
  const canUpdate = detail.abilities['task:update'];
  return (
    <CaseSection name="tasks">
      {canUpdate && (
        <AddForm label={t('tasks.add')} onSaved={reload}>
          {(saved) => <TaskForm caseId={detail.id} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={tasks}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('tasks.none')}</p>
          ) : (
            <ul>
              {items.map((task) => (
                <li key={task.id}>
                  <bdi>{task.title}</bdi> · {t(`tasks.statuses.${task.status}`)} · {t('tasks.due')}{' '}
                  <DateText value={task.dueOn} /> · <bdi>{task.assigneeName}</bdi>
                  {canUpdate && (
                    <AddForm label={t('tasks.change')} onSaved={reload}>
                      {(saved) => <TaskUpdateForm item={task} detail={detail} onSaved={saved} />}
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

function TaskForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { title: '', kind: 'follow_up', dueOn: '' },
    schema: createBody,
    toInput: (v) => v,
    save: (input) => caseApi.addTask(caseId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <TextField label={t('tasks.title')} hint={t('tasks.titleHint')} {...form.field('title')} />
      <SelectField label={t('tasks.kind')} options={options('tasks.kinds', TASK_KINDS)} {...form.field('kind')} />
      <DateField label={t('tasks.dueOn')} {...form.field('dueOn')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
