import { z } from 'zod';
import { consentInput } from './consent.js';
import { line, text, version } from './common.js';

/**
 * A meeting report: the record of an engagement written up for publication. The author edits a
 * title, free text and conclusions; a redaction check must find nothing unresolved before the
 * report may be marked publishable, and any change to its text makes it a draft again.
 */
export const REPORT_STATUSES = ['draft', 'publishable'] as const;
export const reportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof reportStatus>;

export const REPORT_LANGUAGES = ['en', 'sq', 'fa'] as const;
export const reportLanguage = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof reportLanguage>;

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export const reportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormat>;

const reportTitle = line(300);
const reportText = text(50_000);

export const reportDraftInput = z.strictObject({
  title: reportTitle,
  /** Free text: the background and what the report is for. */
  body: reportText.default(''),
  conclusions: reportText.default(''),
});
export type ReportDraftInput = z.infer<typeof reportDraftInput>;

export const reportPatch = z
  .strictObject({
    version,
    title: reportTitle.optional(),
    body: reportText.optional(),
    conclusions: reportText.optional(),
  })
  .refine((p) => p.title !== undefined || p.body !== undefined || p.conclusions !== undefined, {
    error: 'change at least one of title, body and conclusions',
  });
export type ReportPatch = z.infer<typeof reportPatch>;

/**
 * A text the check scans, by key: the report's own (title, body, conclusions), the meeting's
 * place, a minutes item (minutes:<id>), a claim's statement (claim:<id>) or its topic (topic:<id>).
 */
export const reportField = z.string().regex(/^(title|body|conclusions|place|(minutes|claim|topic):[0-9a-f-]{36})$/u, {
  error: 'must name a text of the report',
});

export const HIT_ACTIONS = ['replaced', 'not_a_name'] as const;
export type HitAction = (typeof HIT_ACTIONS)[number];

/** How the author resolves one hit of the redaction check, at the offsets the check gave. */
export const hitResolutionInput = z
  .strictObject({
    field: reportField,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    action: z.enum(HIT_ACTIONS),
    /** What the published report says instead (initials, a pseudonym, "a leaver"). */
    replacement: line(120).optional(),
    /** Why the text found is not a name, a phone number or a place of anyone in the records. */
    reason: line(500).optional(),
  })
  .refine((r) => r.end > r.start, { error: 'must be after start', path: ['end'] })
  .refine((r) => r.action !== 'replaced' || r.replacement !== undefined, {
    error: 'give the text that replaces the hit',
    path: ['replacement'],
  })
  .refine((r) => r.action !== 'not_a_name' || r.reason !== undefined, {
    error: 'say why this is not a name',
    path: ['reason'],
  });
export type HitResolutionInput = z.infer<typeof hitResolutionInput>;

/** A person's consent to a use of their name in this report (public_with_name names them). */
export const reportConsentInput = consentInput.omit({ sourceId: true });
export type ReportConsentInput = z.infer<typeof reportConsentInput>;

export const reportStatusInput = z.strictObject({ version, status: reportStatus });

export const renderQuery = z.strictObject({
  format: reportFormat.default('html'),
  lang: reportLanguage.default('en'),
});
export type RenderOptions = z.infer<typeof renderQuery>;
