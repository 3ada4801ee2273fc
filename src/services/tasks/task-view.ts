import type { TaskListRow } from '../../store/tasks.js';

/** A task as every list shows it: title and context by label, never a name. */
export function taskView(row: TaskListRow) {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    dueOn: row.due_on,
    remindOn: row.remind_on,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    caseId: row.case_id,
    caseCode: row.case_code,
    clientLabel: row.client_label,
    engagementId: row.engagement_id,
    source: row.source_kind && row.source_id ? { kind: row.source_kind, id: row.source_id } : null,
    completedAt: row.completed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
