import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** The message for this field, from the API's validation (ApiError.fields) or the same schema here. */
  error?: string | undefined;
  hint?: string | undefined;
}

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The label, hint and error around one control, the error announced to screen readers with the control. */
export function FieldFrame({
  label,
  error,
  hint,
  children,
}: FieldProps & { children: (c: ControlProps) => ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
