import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { patchBody, type task } from '../../../../src/api/routes/tasks/schema';
import { TASK_STATUSES, canTransitionTask } from '../../../../src/domain/task';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { RecordForm } from '../../components/record-form';
import { DateField, SelectField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { useOptions } from './options';
import { storedOne } from './stored-one';

type Task = z.infer<typeof task>;

const valuesOf = (task: Task) => ({ status: task.status, dueOn: task.dueOn, assigneeId: task.assigneeId });

/** A task done, cancelled or opened again, moved to another day or given to someone else on the case. */
export function TaskUpdateForm({ item, detail, onSaved }: { item: Task; detail: CaseDetail; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const people = [
    ...detail.assignments.map((a) => ({ value: a.userId, label: a.displayName })),
    ...(detail.assignments.some((a) => a.userId === item.assigneeId)
      ? []
      : [{ value: item.assigneeId, label: item.assigneeName }]),
  ];
  const form = useForm({
    initial: valuesOf(item),
    schema: patchBody,
    version: item.version,
    keeps: true,
    toInput: (v, version) => ({ version, ...v }),
    save: (input) => caseApi.updateTask(item.id, input),
    stored: async () => {
      const now = storedOne((await caseApi.tasks(detail.id)).items, item.id);
      return { values: valuesOf(now), version: now.version };
    },
    onSaved,
    failed: tf('failed'),
  });
  const labels = { status: t('tasks.status'), dueOn: t('tasks.dueOn'), assigneeId: t('tasks.assignee') };
  const nameOf = (id: string) => people.find((p) => p.value === id)?.label ?? id;
  return (
    <RecordForm
      form={form}
      labels={labels}
      show={(name, value) =>
        name === 'status' ? t(`tasks.statuses.${value}`) : name === 'assigneeId' ? nameOf(value) : value
      }
    >
      <SelectField
        label={labels.status}
        options={options(
          'tasks.statuses',
          TASK_STATUSES.filter((s) => canTransitionTask(item.status, s)),
        )}
        {...form.field('status')}
      />
      <DateField label={labels.dueOn} {...form.field('dueOn')} />
      <SelectField label={labels.assigneeId} options={people} {...form.field('assigneeId')} />
    </RecordForm>
  );
}
