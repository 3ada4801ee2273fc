import type { Stance } from '../domain/claim.js';
import type { MinutesItemKind } from '../domain/engagement.js';
import type { ReportLanguage } from '../domain/report.js';

export interface ReportLabels {
  direction: 'ltr' | 'rtl';
  meetingReport: string;
  draft: string;
  organization: string;
  requestedOn: string;
  heldOn: string;
  place: string;
  participants: string;
  background: string;
  minutes: string;
  claims: string;
  referrals: string;
  referredTo: string;
  conclusions: string;
  kinds: Record<MinutesItemKind, string>;
  stances: Record<Stance, string>;
}

/** The fixed words of a meeting report in each language a report is written in. */
export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = {
  en: {
    direction: 'ltr',
    meetingReport: 'Meeting report',
    draft: 'Draft: not for publication',
    organization: 'Organization',
    requestedOn: 'Requested on',
    heldOn: 'Held on',
    place: 'Place',
    participants: 'Participants',
    background: 'Background',
    minutes: 'What was asked and answered',
    claims: 'Claims',
    referrals: 'Referrals',
    referredTo: 'referred to',
    conclusions: 'Conclusions',
    kinds: {
      question: 'Question',
      answer: 'Answer',
      statement: 'Statement',
      commitment: 'Commitment',
      referral_given: 'Referral',
    },
    stances: { affirms: 'affirms', denies: 'denies' },
  },
  sq: {
    direction: 'ltr',
    meetingReport: 'Raport i takimit',
    draft: 'Draft: jo për publikim',
    organization: 'Organizata',
    requestedOn: 'Kërkuar më',
    heldOn: 'Mbajtur më',
    place: 'Vendi',
    participants: 'Pjesëmarrësit',
    background: 'Sfondi',
    minutes: 'Pyetjet dhe përgjigjet',
    claims: 'Pretendimet',
    referrals: 'Referimet',
    referredTo: 'referoi te',
    conclusions: 'Përfundimet',
    kinds: {
      question: 'Pyetje',
      answer: 'Përgjigje',
      statement: 'Deklaratë',
      commitment: 'Angazhim',
      referral_given: 'Referim',
    },
    stances: { affirms: 'pohon', denies: 'mohon' },
  },
  fa: {
    direction: 'rtl',
    meetingReport: 'گزارش جلسه',
    draft: 'پیش‌نویس: برای انتشار نیست',
    organization: 'سازمان',
    requestedOn: 'تاریخ درخواست',
    heldOn: 'تاریخ برگزاری',
    place: 'محل',
    participants: 'شرکت‌کنندگان',
    background: 'زمینه',
    minutes: 'پرسش‌ها و پاسخ‌ها',
    claims: 'ادعاها',
    referrals: 'ارجاع‌ها',
    referredTo: 'ارجاع داد به',
    conclusions: 'نتیجه‌گیری',
    kinds: {
      question: 'پرسش',
      answer: 'پاسخ',
      statement: 'اظهار',
      commitment: 'تعهد',
      referral_given: 'ارجاع',
    },
    stances: { affirms: 'تأیید می‌کند', denies: 'رد می‌کند' },
  },
};
