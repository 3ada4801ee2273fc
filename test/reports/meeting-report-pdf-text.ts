import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text drawn at one place: its glyphs in the order drawn, left to right. */
export interface DrawnText {
  x: number;
  y: number;
  width: number;
  /** The characters of the glyphs as drawn (visual order). */
  glyphs: string;
}

interface Glyph {
  unicode: string;
  width: number;
}

/**
 * What a PDF page draws, read back with pdf.js from its operators: each text object with where it
 * starts, how wide it is and its glyphs in drawing order. Unlike the text layer, this does not
 * guess a reading order: the test checks the order the page shows.
 */
export async function drawnText(pdf: Buffer): Promise<DrawnText[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const out: DrawnText[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const ops = await page.getOperatorList();
    let size = 0;
    let current: DrawnText | null = null;
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[];
      if (fn === OPS.setFont) size = args[1] as number;
      if (fn === OPS.beginText) current = null;
      if (fn === OPS.setTextMatrix && current === null) {
        const m = args[0] as number[];
        current = { x: m[4] ?? 0, y: (m[5] ?? 0) + (n - 1) * 10_000, width: 0, glyphs: '' };
        out.push(current);
      }
      if (fn === OPS.showText && current !== null) {
        const drawn: DrawnText = current;
        for (const g of args[0] as (Glyph | number)[]) {
          if (typeof g === 'number') drawn.width -= (g * size) / 1000;
          else {
            drawn.glyphs += g.unicode;
            drawn.width += (g.width * size) / 1000;
          }
        }
      }
    });
  }
  return out.filter((d) => d.glyphs !== '');
}

/** The text drawn on the line at y, left to right. */
export function lineAt(drawn: readonly DrawnText[], y: number): DrawnText[] {
  return drawn.filter((d) => Math.abs(d.y - y) < 0.5).sort((a, b) => a.x - b.x);
}

export function reversed(s: string): string {
  return Array.from(s).reverse().join('');
}
