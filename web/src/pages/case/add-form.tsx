import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that opens a form below it ("Add a note"); the form closes itself through `close` after a save. */
export function AddForm({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const { t } = useTranslation('forms');
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  return (
    <div className="add-form">
      {children(() => setOpen(false))}
      <button type="button" className="link" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
