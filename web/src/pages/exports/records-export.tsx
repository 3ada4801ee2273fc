import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportQuery } from '../../../../src/api/routes/exchange/schema';
import {
  DATASET_NAMES,
  EXPORT_FORMATS,
  EXPORT_PURPOSES,
  PUBLISHABLE_DATASETS,
  type DatasetName,
} from '../../../../src/exchange/export-request';
import { at } from '../../api/case-api';
import { SelectField } from '../../components/text-field';

const isDataset = (value: string): value is DatasetName => (DATASET_NAMES as readonly string[]).includes(value);

/**
 * One kind of record of the cases the user sees, as a file: the choices make the address the
 * browser downloads (the server sends it as an attachment). A publication is offered only for
 * the records that carry consent.
 */
export function RecordsExport() {
  const { t } = useTranslation('reports');
  const [dataset, setDataset] = useState<DatasetName>('cases');
  const [format, setFormat] = useState('csv');
  const [purpose, setPurpose] = useState('internal');
  const publishable = PUBLISHABLE_DATASETS.includes(dataset);
  const query = exportQuery.parse({ format, purpose: publishable ? purpose : 'internal' });
  const href = `${at('/api/exchange/exports/:dataset', dataset)}?${new URLSearchParams(query).toString()}`;
  return (
    <section className="case-section" aria-labelledby="records-export-title">
      <h2 id="records-export-title">{t('exports.records')}</h2>
      <p className="muted">{t('exports.explain')}</p>
      <SelectField
        label={t('exports.dataset')}
        options={DATASET_NAMES.map((d) => ({ value: d, label: t(`exports.datasets.${d}`) }))}
        value={dataset}
        onChange={(e) => {
          if (isDataset(e.target.value)) setDataset(e.target.value);
        }}
      />
      <SelectField
        label={t('exports.format')}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`exports.formats.${f}`) }))}
        value={format}
        onChange={(e) => setFormat(e.target.value)}
      />
      <SelectField
        label={t('exports.purpose')}
        hint={t('exports.purposeHint')}
        options={EXPORT_PURPOSES.map((p) => ({ value: p, label: t(`exports.purposes.${p}`) }))}
        value={publishable ? purpose : 'internal'}
        disabled={!publishable}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <a className="button" href={href} download>
        {t('exports.download')}
      </a>
    </section>
  );
}
