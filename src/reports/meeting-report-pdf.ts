import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { isolate as v, visualRuns } from './bidi-runs.js';
import type { MeetingReportDocument } from './meeting-report-model.js';
import { REPORT_LABELS } from './report-labels.js';

const require = createRequire(import.meta.url);
/** Vazirmatn covers Persian and Latin (English, Albanian) in one design. */
const FONTS = {
  regular: require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf'),
  bold: require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'),
};

const MARGIN = 56;
const SIZES = { title: 18, heading: 13, text: 10.5 };
const LINE_GAP = 1.45;

type Doc = InstanceType<typeof PDFDocument>;
/**
 * Features given make pdfkit shape a run as a whole; without them it shapes word by word and
 * would put the words of a right-to-left run back in left-to-right order.
 */
const WHOLE_RUN = { features: [] as PDFKit.Mixins.OpenTypeFeatures[] };
type Style = { font: keyof typeof FONTS; size: number };

/**
 * The report as a PDF (A4). Each line is broken by width, then laid out by the bidirectional
 * algorithm into runs drawn from left to right; a Persian report is right-aligned.
 */
export function meetingReportPdf(report: MeetingReportDocument): Promise<Buffer> {
  const l = REPORT_LABELS[report.language];
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: report.title }, lang: report.language });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });

  const writer = lineWriter(doc, l.direction);
  const heading = (text: string) => {
    writer.gap(0.6);
    writer.paragraph(text, { font: 'bold', size: SIZES.heading });
  };
  const text = (s: string) => {
    writer.paragraph(s, { font: 'regular', size: SIZES.text });
  };

  if (report.draft) writer.paragraph(l.draft, { font: 'bold', size: SIZES.text });
  writer.paragraph(report.title, { font: 'bold', size: SIZES.title });
  text(l.meetingReport);
  writer.gap(0.4);
  text(`${l.organization}: ${v(report.organization)}`);
  text(`${l.requestedOn}: ${v(report.requestedOn)}`);
  if (report.heldOn) text(`${l.heldOn}: ${v(report.heldOn)}`);
  if (report.place) text(`${l.place}: ${v(report.place)}`);
  if (report.participants.length > 0) {
    heading(l.participants);
    for (const p of report.participants) text(`${v(p.name)} (${v(p.role)})`);
  }
  if (report.body.trim() !== '') {
    heading(l.background);
    text(report.body);
  }
  if (report.minutes.length > 0) {
    heading(l.minutes);
    report.minutes.forEach((m, i) => {
      text(`${v(`${i + 1}.`)} ${l.kinds[m.kind]}, ${v(m.speaker)}: ${m.text}`);
    });
  }
  if (report.claims.length > 0) {
    heading(l.claims);
    for (const c of report.claims) text(`${v(c.by)} ${l.stances[c.stance]}: ${v(c.topic)}. ${c.statement}`);
  }
  if (report.referrals.length > 0) {
    heading(l.referrals);
    for (const r of report.referrals) text(`${v(r.by)} ${l.referredTo} ${v(r.to)}: ${r.text}`);
  }
  if (report.conclusions.trim() !== '') {
    heading(l.conclusions);
    text(report.conclusions);
  }
  doc.end();
  return done;
}

/** Writes paragraphs line by line from the top margin down, adding pages as they fill. */
function lineWriter(doc: Doc, direction: 'ltr' | 'rtl') {
  const left = MARGIN;
  const right = doc.page.width - MARGIN;
  let y = MARGIN;

  const widthOf = (line: string) =>
    visualRuns(line, direction).reduce((w, r) => w + doc.widthOfString(r.text, WHOLE_RUN), 0);

  const drawLine = (line: string, height: number) => {
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = MARGIN;
    }
    const runs = visualRuns(line, direction);
    const widths = runs.map((r) => doc.widthOfString(r.text, WHOLE_RUN));
    let x = direction === 'rtl' ? right - widths.reduce((a, b) => a + b, 0) : left;
    runs.forEach((run, i) => {
      doc.text(run.text, x, y, { ...WHOLE_RUN, lineBreak: false });
      x += widths[i] ?? 0;
    });
    y += height;
  };

  /** Lines of at most the text width, broken between words (a word too long for a line stands alone). */
  const wrap = (paragraph: string): string[] => {
    const lines: string[] = [];
    let current = '';
    for (const word of paragraph.split(/\s+/u).filter((w) => w !== '')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && widthOf(candidate) > right - left) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current !== '') lines.push(current);
    return lines;
  };

  return {
    paragraph(text: string, style: Style) {
      doc.font(style.font).fontSize(style.size);
      const height = style.size * LINE_GAP;
      for (const block of text.split(/\n/u)) {
        const lines = wrap(block);
        if (lines.length === 0) y += height / 2;
        for (const line of lines) drawLine(line, height);
      }
    },
    gap(lines: number) {
      y += SIZES.text * LINE_GAP * lines;
    },
  };
}
