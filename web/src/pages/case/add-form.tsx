import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that opens a form below it ("Add a note"); the form calls `saved` after a save, which
 * closes it and tells `onSaved` (to read the list again).
 */
export function AddForm({
  label,
  onSaved,
  children,
}: {
  label: string;
  onSaved?: () => void;
  children: (saved: () => void) => ReactNode;
}) {
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
      {children(() => {
        setOpen(false);
        onSaved?.();
      })}
      <button type="button" className="link" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
