import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { dueView } from '../../../../src/api/routes/tasks/schema';
import { api } from '../../api/client';
import { DateText } from '../../components/date-text';
import { Resource, useResource } from '../../components/resource';

type DueItem = z.infer<typeof dueView>['overdue']['items'][number];

function TaskList({ items, empty }: { items: DueItem[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((task) => (
        <li key={task.id}>
          <bdi>{task.title}</bdi> {task.caseCode && <bdi className="muted">{task.caseCode}</bdi>} ·{' '}
          <DateText value={task.dueOn} />
        </li>
      ))}
    </ul>
  );
}

/** My tasks past their date, and those due in the next days (GET /api/tasks/due). */
export function DuePanel() {
  const { t } = useTranslation('home');
  const due = useResource((signal) => api('/api/tasks/due', { answer: dueView, signal }), []);
  return (
    <section className="panel" aria-labelledby="due-title">
      <h2 id="due-title">{t('due.title')}</h2>
      <Resource state={due}>
        {({ overdue, dueSoon }) => (
          <>
            <h3>{t('due.overdue', { count: overdue.count })}</h3>
            <TaskList items={overdue.items} empty={t('due.noneOverdue')} />
            <h3>{t('due.soon', { count: dueSoon.count })}</h3>
            <TaskList items={dueSoon.items} empty={t('due.noneSoon')} />
          </>
        )}
      </Resource>
    </section>
  );
}
