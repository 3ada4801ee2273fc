import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, REPORT_LANGUAGES, reportLanguage, type ReportLanguage } from '../../../../src/domain/report';
import { reportDocumentUrl } from '../../api/report-api';
import { SelectField } from '../../components/text-field';
import { useLanguage } from '../../i18n/use-language';

/**
 * The report as a file, in the language chosen: the author's preview (marked as a draft until
 * the report is publishable) and, once it is publishable, the publication.
 */
export function ReportDownloads({ engagementId, publishable }: { engagementId: string; publishable: boolean }) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation('common');
  const shown = useLanguage();
  const [lang, setLang] = useState<ReportLanguage>(reportLanguage.catch('en').parse(shown));
  const outputs = publishable ? (['preview', 'publication'] as const) : (['preview'] as const);
  return (
    <section className="case-section" aria-labelledby="report-downloads-title">
      <h2 id="report-downloads-title">{t('downloads.title')}</h2>
      <SelectField
        label={t('downloads.language')}
        options={REPORT_LANGUAGES.map((l) => ({ value: l, label: tc(`language.${l}`) }))}
        value={lang}
        onChange={(e) => setLang(reportLanguage.parse(e.target.value))}
      />
      <ul className="records">
        {outputs.flatMap((output) =>
          REPORT_FORMATS.map((format) => (
            <li key={`${output}-${format}`}>
              <a href={reportDocumentUrl(engagementId, output, { format, lang })} download>
                {t(`downloads.${output}.${format}`)}
              </a>
            </li>
          )),
        )}
      </ul>
      {!publishable && <p className="muted">{t('downloads.publicationLater')}</p>}
    </section>
  );
}
