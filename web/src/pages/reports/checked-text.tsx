import { useTranslation } from 'react-i18next';
import type { Report, ReportHit } from '../../api/report-api';
import { HitResolution } from './hit-resolution';

/** The words of each text field of a report and of the meeting record, by the part before its id. */
const FIELD_KINDS = ['title', 'body', 'conclusions', 'place', 'minutes', 'claim', 'topic'] as const;
type FieldKind = (typeof FIELD_KINDS)[number];

function kindOf(field: string): FieldKind {
  return FIELD_KINDS.find((k) => field === k || field.startsWith(`${k}:`)) ?? 'body';
}

/** The text cut into plain runs and the hits of the check, each hit marked (a later overlapping hit starts where the earlier ends). */
function segments(text: string, hits: readonly ReportHit[]) {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const parts: { text: string; hit: ReportHit | null }[] = [];
  let at = 0;
  for (const hit of sorted) {
    const start = Math.max(hit.start, at);
    if (hit.end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: null });
    parts.push({ text: text.slice(start, hit.end), hit });
    at = hit.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: null });
  return parts;
}

/**
 * One text of the report with what the redaction check found in it highlighted, and below it
 * each hit with its resolution, or the ways to resolve it in place.
 */
export function CheckedText({
  engagementId,
  field,
  text,
  hits,
  onChanged,
}: {
  engagementId: string;
  field: string;
  text: string;
  hits: readonly ReportHit[];
  onChanged: (report: Report) => void;
}) {
  const { t } = useTranslation('reports');
  const headingId = `text-${field.replace(':', '-')}`;
  return (
    <section className="checked-text" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`fields.${kindOf(field)}`)}</h3>
      {text === '' ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <p className="note-body">
          <bdi>
            {segments(text, hits).map((part, i) =>
              part.hit ? (
                <mark key={i} className={part.hit.resolution ? 'hit resolved' : 'hit'}>
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )}
          </bdi>
        </p>
      )}
      {hits.length > 0 && (
        <ul className="hits">
          {hits.map((hit) => (
            <li key={`${hit.start}-${hit.end}`}>
              <HitResolution
                engagementId={engagementId}
                hit={hit}
                found={text.slice(hit.start, hit.end)}
                onChanged={onChanged}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
