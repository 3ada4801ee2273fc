import type { Identity } from '../../src/domain/person.js';
import type { Random } from './random.js';

/**
 * Parts of fictional names: common given names, and family names composed at random from a
 * root and a suffix, each in Persian script with its usual Latin spellings. A generated person
 * is a random combination, never a real one.
 */
interface NamePart {
  fa: string;
  /** The Arabic-script spelling where it differs by more than the letters arabicScript maps. */
  ar?: string;
  latin: readonly string[];
}

const GIVEN: readonly NamePart[] = [
  { fa: 'محمد', latin: ['Mohammad', 'Mohamad', 'Muhammad', 'Mohammed'] },
  { fa: 'علی', latin: ['Ali'] },
  { fa: 'رضا', latin: ['Reza', 'Rida'] },
  { fa: 'حسین', latin: ['Hossein', 'Hosein', 'Hussein', 'Husayn'] },
  { fa: 'حسن', latin: ['Hassan', 'Hasan'] },
  { fa: 'مهدی', latin: ['Mehdi', 'Mahdi'] },
  { fa: 'امیر', latin: ['Amir'] },
  { fa: 'مصطفی', ar: 'مصطفى', latin: ['Mostafa', 'Mustafa'] },
  { fa: 'مجید', latin: ['Majid'] },
  { fa: 'سعید', latin: ['Saeed', 'Saeid', 'Said'] },
  { fa: 'جواد', latin: ['Javad', 'Jawad'] },
  { fa: 'احمد', latin: ['Ahmad', 'Ahmed'] },
  { fa: 'ابراهیم', latin: ['Ebrahim', 'Ibrahim'] },
  { fa: 'یوسف', latin: ['Yousef', 'Yusuf', 'Youssef'] },
  { fa: 'بهروز', latin: ['Behrouz', 'Behruz'] },
  { fa: 'فرهاد', latin: ['Farhad'] },
  { fa: 'کاوه', latin: ['Kaveh', 'Kave'] },
  { fa: 'داوود', latin: ['Davood', 'Davoud', 'Dawud'] },
  { fa: 'مسعود', latin: ['Masoud', 'Massoud', 'Masud'] },
  { fa: 'ناصر', latin: ['Naser', 'Nasser'] },
  { fa: 'زهرا', latin: ['Zahra'] },
  { fa: 'فاطمه', latin: ['Fatemeh', 'Fatima', 'Fateme'] },
  { fa: 'مریم', latin: ['Maryam', 'Mariam'] },
  { fa: 'سارا', latin: ['Sara', 'Sarah'] },
  { fa: 'لیلا', latin: ['Leila', 'Layla', 'Leyla'] },
  { fa: 'نرگس', latin: ['Narges'] },
  { fa: 'شیرین', latin: ['Shirin'] },
  { fa: 'پروین', latin: ['Parvin'] },
  { fa: 'معصومه', latin: ['Masoumeh', 'Masuma'] },
  { fa: 'سمیرا', latin: ['Samira'] },
  { fa: 'آزاده', latin: ['Azadeh', 'Azade'] },
  { fa: 'نسرین', latin: ['Nasrin'] },
  { fa: 'طاهره', latin: ['Tahereh', 'Tahira'] },
  { fa: 'مینا', latin: ['Mina'] },
];

const FAMILY_ROOTS: readonly NamePart[] = [
  { fa: 'کوه', latin: ['Kuh', 'Kooh'] },
  { fa: 'باران', latin: ['Baran'] },
  { fa: 'نیک', latin: ['Nik', 'Nick'] },
  { fa: 'مهر', latin: ['Mehr'] },
  { fa: 'روشن', latin: ['Roshan'] },
  { fa: 'آذر', latin: ['Azar', 'Azer'] },
  { fa: 'دشت', latin: ['Dasht'] },
  { fa: 'نور', latin: ['Nour', 'Noor', 'Nur'] },
  { fa: 'بهار', latin: ['Bahar'] },
  { fa: 'پاک', latin: ['Pak'] },
  { fa: 'فرخ', latin: ['Farrokh', 'Farokh'] },
  { fa: 'کریم', latin: ['Karim'] },
  { fa: 'جعفر', latin: ['Jafar', 'Jaafar'] },
  { fa: 'صادق', latin: ['Sadegh', 'Sadeq', 'Sadiq'] },
  { fa: 'حیدر', latin: ['Heydar', 'Haidar'] },
  { fa: 'طاهر', latin: ['Taher', 'Tahir'] },
  { fa: 'قاسم', latin: ['Ghasem', 'Qasem', 'Qasim'] },
  { fa: 'منصور', latin: ['Mansour', 'Mansur'] },
];

/** Suffixes; `joined` ones are written with a zero-width non-joiner in Persian (نیک‌پور). */
const FAMILY_SUFFIXES: readonly (NamePart & { joined: boolean })[] = [
  { fa: 'زاده', latin: ['zadeh', 'zade'], joined: true },
  { fa: 'پور', latin: ['pour', 'pur'], joined: true },
  { fa: 'نژاد', latin: ['nejad', 'nezhad'], joined: true },
  { fa: 'فر', latin: ['far'], joined: true },
  { fa: 'کیا', latin: ['kia'], joined: true },
  { fa: 'ی', latin: ['i'], joined: false },
  { fa: 'یان', latin: ['ian', 'yan'], joined: false },
  { fa: 'لو', latin: ['lou', 'loo'], joined: false },
];

const ZWNJ = '\u200c';

/** A name part in Arabic script: the Arabic yeh and kaf in place of the Persian ones. */
function arabicScript(part: NamePart): string {
  return part.ar ?? part.fa.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك');
}

/** A fictional name in Persian and Arabic script and one or more Latin spellings. */
export function fictionalNames(rng: Random): Pick<Identity, 'names' | 'aliases'> {
  const given = rng.pick(GIVEN);
  const root = rng.pick(FAMILY_ROOTS);
  const suffix = rng.pick(FAMILY_SUFFIXES);
  const familyFa = `${root.fa}${suffix.joined ? ZWNJ : ''}${suffix.fa}`;
  const spellings = given.latin.flatMap((g) =>
    root.latin.flatMap((r) => suffix.latin.map((s) => ({ given: g, family: `${r}${s}` }))),
  );
  const primary = rng.chance(0.6) ? spellings[0]! : rng.pick(spellings);
  const names: Identity['names'] = [
    { script: 'latin', given: primary.given, family: primary.family, full: `${primary.given} ${primary.family}` },
    { script: 'persian', given: given.fa, family: familyFa, full: `${given.fa} ${familyFa}` },
  ];
  if (rng.chance(0.4)) {
    const g = arabicScript(given);
    const f = `${arabicScript(root)}${arabicScript(suffix)}`;
    names.push({ script: 'arabic', given: g, family: f, full: `${g} ${f}` });
  }
  const aliases = spellings
    .filter((s) => s !== primary && rng.chance(0.3))
    .slice(0, 3)
    .map((s) => `${s.given} ${s.family}`);
  return { names, aliases };
}
