import { foldLetters, isArabicScript } from './fold.js';

/**
 * Forms of a name that sound rules cannot derive: short forms used in the family (Mamad for
 * Mohammad), abbreviations (Mohd), and Arabic names whose final ی is read as "a" (مصطفی is
 * Mostafa), written here with the alef they are read with. Each form is replaced by the canonical
 * spelling in its own script, so that a Latin short form keeps the vowels a Latin spelling has.
 */
const FORMS: readonly { latin?: string; persian?: string; variants: readonly string[] }[] = [
  { latin: 'mohammad', persian: 'محمد', variants: ['mamad', 'mammad', 'mamd', 'mohd', 'ممد'] },
  { latin: 'fatemeh', persian: 'فاطمه', variants: ['fati', 'fatti', 'فاطی'] },
  { persian: 'مصطفا', variants: ['مصطفی'] },
  { persian: 'مرتضا', variants: ['مرتضی'] },
  { persian: 'مجتبا', variants: ['مجتبی'] },
  { persian: 'موسا', variants: ['موسی'] },
  { persian: 'عیسا', variants: ['عیسی'] },
  { persian: 'یحیا', variants: ['یحیی'] },
  { persian: 'کبرا', variants: ['کبری'] },
  { persian: 'صغرا', variants: ['صغری'] },
  { persian: 'هدا', variants: ['هدی'] },
];

const CANONICAL: ReadonlyMap<string, string> = new Map(
  FORMS.flatMap(({ latin, persian, variants }) =>
    variants.flatMap((v) => {
      const canonical = isArabicScript(v) ? persian : latin;
      return canonical === undefined ? [] : [[foldLetters(v), foldLetters(canonical)] as const];
    }),
  ),
);

/** The canonical spelling of a short or irregular form of a name part, in the same script, or null. */
export function canonicalForm(part: string): string | null {
  return CANONICAL.get(part) ?? null;
}
