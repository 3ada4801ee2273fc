const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first user-perceived character (a letter with its marks), or '' for an empty string. */
export function firstGrapheme(s: string): string {
  for (const { segment } of graphemes.segment(s)) return segment;
  return '';
}

/** Length in Unicode code points, as password length rules count it. */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    // A high surrogate and the low one after it are one code point.
    if (code < 0xd800 || code > 0xdbff || i + 1 === s.length) n += 1;
  }
  return n;
}
