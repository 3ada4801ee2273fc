import type { MeetingReportDocument } from './meeting-report-model.js';
import { html, type SafeHtml } from './html-template.js';
import { REPORT_LABELS } from './report-labels.js';

const STYLE = `body{font-family:Vazirmatn,'Noto Sans',sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
.draft{color:#a00;font-weight:700}.kind{font-weight:600}p{white-space:pre-wrap}`;

function paragraphs(text: string): SafeHtml[] {
  return text
    .split(/\n{2,}/u)
    .filter((p) => p.trim() !== '')
    .map((p) => html`<p>${p}</p>`);
}

/** The report as one standalone HTML page; every value is escaped. */
export function meetingReportHtml(doc: MeetingReportDocument): string {
  const l = REPORT_LABELS[doc.language];
  const section = (title: string, content: SafeHtml | SafeHtml[], shown: boolean) =>
    shown
      ? html`<section>
          <h2>${title}</h2>
          ${content}
        </section>`
      : null;
  const page = html`<!doctype html>
    <html lang="${doc.language}" dir="${l.direction}">
      <head>
        <meta charset="utf-8" />
        <title>${doc.title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        ${doc.draft ? html`<p class="draft">${l.draft}</p>` : null}
        <h1>${doc.title}</h1>
        <p>${l.meetingReport}</p>
        <dl>
          <dt>${l.organization}</dt>
          <dd><bdi>${doc.organization}</bdi></dd>
          <dt>${l.requestedOn}</dt>
          <dd>${doc.requestedOn}</dd>
          ${
            doc.heldOn
              ? html`<dt>${l.heldOn}</dt>
                  <dd>${doc.heldOn}</dd>`
              : null
          }
          ${
            doc.place
              ? html`<dt>${l.place}</dt>
                  <dd>${doc.place}</dd>`
              : null
          }
        </dl>
        ${section(
          l.participants,
          html`<ul>
            ${doc.participants.map((p) => html`<li><bdi>${p.name}</bdi> (<bdi>${p.role}</bdi>)</li>`)}
          </ul>`,
          doc.participants.length > 0,
        )}
        ${section(l.background, paragraphs(doc.body), doc.body.trim() !== '')}
        ${section(
          l.minutes,
          html`<ol>
            ${doc.minutes.map(
              (m) => html`<li><span class="kind">${l.kinds[m.kind]}</span>, <bdi>${m.speaker}</bdi>: ${m.text}</li>`,
            )}
          </ol>`,
          doc.minutes.length > 0,
        )}
        ${section(
          l.claims,
          html`<ul>
            ${doc.claims.map((c) => html`<li><bdi>${c.by}</bdi> ${l.stances[c.stance]}: ${c.topic}. ${c.statement}</li>`)}
          </ul>`,
          doc.claims.length > 0,
        )}
        ${section(
          l.referrals,
          html`<ul>
            ${doc.referrals.map((r) => html`<li><bdi>${r.by}</bdi> ${l.referredTo} <bdi>${r.to}</bdi>: ${r.text}</li>`)}
          </ul>`,
          doc.referrals.length > 0,
        )}
        ${section(l.conclusions, paragraphs(doc.conclusions), doc.conclusions.trim() !== '')}
      </body>
    </html> `;
  return page.value;
}
