import { foldLetters } from './fold.js';

/**
 * Words written around a name that are not part of it, in the folded spelling that foldLetters
 * gives. They are dropped when they stand as words of their own, never from inside a word: Mirza
 * the title goes, Mirzaei the family name stays.
 */
function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldLetters));
}

/** Titles of descent, pilgrimage, learning and courtesy, in Latin and Persian/Arabic script. */
export const HONORIFICS = folded([
  // Descent from the Prophet's family (Saeed/Said the given name is not among them).
  'seyed',
  'seyyed',
  'seyd',
  'seyid',
  'seyyid',
  'sayed',
  'sayyed',
  'sayid',
  'sayyid',
  'syed',
  'seyedeh',
  'seyyedeh',
  'sayyida',
  'sadat',
  'sadaat',
  'سید',
  'سیده',
  'سادات',
  // Pilgrimage.
  'haj',
  'hajj',
  'haji',
  'hajji',
  'hadj',
  'hadji',
  'hajieh',
  'hajiyeh',
  'حاج',
  'حاجی',
  'حاجیه',
  // Scholars and courtesy titles.
  'mirza',
  'میرزا',
  'sheikh',
  'shaikh',
  'shaykh',
  'sheykh',
  'شیخ',
  'molla',
  'mulla',
  'mullah',
  'mollah',
  'ملا',
  'agha',
  'aqa',
  'آقا',
  'آقای',
  'khanom',
  'khanum',
  'khanoum',
  'khanoom',
  'خانم',
  'begum',
  'beigom',
  'begom',
  'beygom',
  'بیگم',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mme',
  'ostad',
  'دکتر',
  'مهندس',
  'استاد',
]);

/** The Arabic article and its Latin spellings (al-Hosseini, el-Sayed, Jalal ol-Din). */
export const ARTICLES = folded(['al', 'el', 'ol', 'ul', 'ال']);

/** Spellings of the article assimilated to the next letter, seen between hyphens (Jalal-ud-Din). */
export const ASSIMILATED_ARTICLES = folded([
  'ad',
  'ed',
  'od',
  'ud',
  'ar',
  'er',
  'or',
  'ur',
  'as',
  'os',
  'us',
  'az',
  'oz',
]);

/** The Persian ezafe written after a hyphen (Mir-e, Gol-e); a lone "e" may be an initial, so it stays. */
export const EZAFE = folded(['e', 'ye']);

/**
 * "Servant of" and "father of", which make one name with the word after them: Abdolreza,
 * Abd al-Reza, Abdul Reza, عبدالرضا; Abolfazl, Abu al-Fazl, ابوالفضل. Each spelling joins the
 * next word under one canonical prefix.
 */
export const NAME_PREFIXES: readonly { spellings: ReadonlySet<string>; latin: string; arabic: string }[] = [
  {
    spellings: folded(['abd', 'abdol', 'abdul', 'abdel', 'abdal', 'abdu', 'abdo', 'abde', 'abda', 'عبد', 'عبدال']),
    latin: 'abdol',
    arabic: foldLetters('عبدال'),
  },
  {
    spellings: folded(['abu', 'abou', 'abo', 'abol', 'abul', 'aboul', 'ابو', 'ابوال']),
    latin: 'abol',
    arabic: foldLetters('ابوال'),
  },
];
