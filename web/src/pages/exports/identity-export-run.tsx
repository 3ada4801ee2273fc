import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportApi } from '../../api/export-api';

/**
 * Run an approved identity export, once: the identities are kept only in this page, as a file
 * to save, and forgotten when the page goes away.
 */
export function IdentityExportRun({ exportId }: { exportId: string }) {
  const { t } = useTranslation('reports');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [file, setFile] = useState<{ url: string; count: number } | null>(null);
  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const result = await exportApi.execute(exportId);
      const blob = new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' });
      setFile({ url: URL.createObjectURL(blob), count: result.items.length });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  if (file)
    return (
      <p>
        {t('identity.items', { count: file.count })} ·{' '}
        <a href={file.url} download={`safehold-identities-${exportId.slice(0, 8)}.json`}>
          {t('identity.save')}
        </a>
      </p>
    );
  return (
    <>
      {failed && (
        <p role="alert" className="form-error">
          {t('identity.runFailed')}
        </p>
      )}
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('identity.run')}
      </button>
    </>
  );
}
