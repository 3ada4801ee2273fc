import type { Random } from './random.js';

/**
 * Timeline text of a legal-aid practice in Tirana: words of the note's language, with a
 * tenth borrowed from the other two (staff switch languages mid-sentence), in sentences of
 * 5–14 words. Meaningless as prose, realistic as bytes and as words for a full-text index.
 */
export const NOTE_LANGUAGES = ['en', 'sq', 'fa'] as const;
export type NoteLanguage = (typeof NOTE_LANGUAGES)[number];

const VOCABULARY: Record<NoteLanguage, readonly string[]> = {
  en: `client lawyer caseworker agency office meeting interview officer ministry residence permit work
    asylum application status humanitarian passport document identity card copy request answer letter
    email phone call appointment hearing court deadline appeal decision referral partner training language
    course accommodation rent food support payment allowance cash medical doctor hospital medicine family
    relatives contact consent threat pressure isolation statement witness evidence report police border
    translation interpreter visit travel embassy registration form signature week month today tomorrow
    yesterday morning afternoon again still already no not yet new next last urgent pending received sent
    asked said confirmed refused promised explained described agreed waiting needs has was is will should
    the a an to of and with for on in at from about after before by her his their they she he we our`.split(/\s+/u),
  sq: `klienti avokati punonjësi agjencia zyra takimi intervista zyrtari ministria leje qëndrimi punës azil
    aplikimi statusi humanitar pasaporta dokumenti identiteti karta kopje kërkesa përgjigja letra telefon
    thirrje seanca gjykata afati ankesa vendimi referimi partneri trajnimi gjuha kursi strehimi qiraja
    ushqimi mbështetja pagesa ndihma para mjeku spitali ilaçe familja afërmit kontakti pëlqimi kërcënimi
    presioni izolimi deklarata dëshmitari prova raporti policia kufiri përkthimi përkthyesi vizita
    udhëtimi ambasada regjistrimi formulari nënshkrimi javë muaj sot nesër dje mëngjes pasdite përsëri ende
    tashmë jo nuk ri tjetër urgjent mori dërgoi kërkoi tha konfirmoi refuzoi premtoi shpjegoi përshkroi
    pranoi pret nevojë ka ishte është do duhet dhe me për në nga pas rreth te i e të një ai ajo ata ne`.split(/\s+/u),
  fa: `موکل وکیل مددکار آژانس دفتر جلسه مصاحبه مسئول وزارت اقامت مجوز کار پناهندگی درخواست وضعیت
    بشردوستانه گذرنامه مدرک هویت کارت رونوشت پاسخ نامه ایمیل تلفن تماس نوبت دادگاه مهلت اعتراض تصمیم
    ارجاع همکار آموزش زبان دوره اسکان اجاره غذا حمایت پرداخت کمک‌هزینه پول پزشک بیمارستان دارو خانواده
    بستگان رضایت تهدید فشار انزوا اظهارات شاهد مدارک گزارش پلیس مرز ترجمه مترجم دیدار سفر سفارت ثبت فرم
    امضا هفته ماه امروز فردا دیروز صبح بعدازظهر دوباره هنوز قبلاً نه جدید بعدی فوری دریافت فرستاد خواست
    گفت تأیید رد قول توضیح شرح پذیرفت منتظر نیاز دارد بود است خواهد باید و با برای در از به درباره پس پیش
    او آنها ما`.split(/\s+/u),
};

const BORROW = 0.1;

export function noteLanguage(rng: Random): NoteLanguage {
  return rng.weighted({ en: 5, sq: 2, fa: 3 });
}

/** A text of between minWords and maxWords words, mostly in `language`. */
export function noteText(rng: Random, language: NoteLanguage, minWords = 20, maxWords = 80): string {
  const total = rng.int(minWords, maxWords);
  const sentences: string[] = [];
  for (let written = 0; written < total;) {
    const length = Math.min(rng.int(5, 14), total - written);
    const words: string[] = [];
    for (let i = 0; i < length; i += 1) {
      const from = rng.chance(BORROW) ? rng.pick(NOTE_LANGUAGES) : language;
      words.push(rng.chance(0.03) ? String(rng.int(2, 900)) : rng.pick(VOCABULARY[from]));
    }
    const sentence = words.join(' ');
    sentences.push(`${sentence.charAt(0).toLocaleUpperCase()}${sentence.slice(1)}.`);
    written += length;
  }
  return sentences.join(' ');
}
