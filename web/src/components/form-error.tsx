import type { FieldErrors } from './form-errors';

/** The refusal that names no field, at the top of the form. */
export function FormError({ errors }: { errors: FieldErrors }) {
  if (!errors['']) return null;
  return (
    <p role="alert" className="form-error">
      {errors['']}
    </p>
  );
}
