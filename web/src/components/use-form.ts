import { useState, type SyntheticEvent } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { errorsOf, useFieldCheck, type FieldErrors } from './form-errors';

export type FormValues = Record<string, string>;

/** The stored record as the form shows it, with the version a save must carry. */
export interface Stored<V extends FormValues> {
  values: V;
  version: number;
}

export interface FormSpec<V extends FormValues, S extends z.ZodType> {
  /** What the fields hold at first; field names are the input's paths, so the API's `errors[].field` lands on them. */
  initial: V;
  /** The route's own input schema, checked before sending. */
  schema: S;
  /** The typed values (and the version being changed, for an update) as the request body. */
  toInput: (values: V, version: number | undefined) => unknown;
  /** Sends the checked input; the typed values are there too, for what is not in the body (such as an id in the path). */
  save: (input: z.infer<S>, values: V) => Promise<unknown>;
  /** After a save went through; the form is then emptied to `initial` unless it `keeps` what it holds. */
  onSaved?: () => void;
  keeps?: boolean;
  /** For an update: the version being changed, and how to read the record as stored now (shown on a conflict). */
  version?: number;
  stored?: () => Promise<Stored<V>>;
  /** The message when the refusal names no field. */
  failed: string;
}

/** A bound field: spread onto TextField, SelectField, TextAreaField, or pass to MoneyField. */
export interface BoundField {
  name: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  error: string | undefined;
}

/** The message for a field, or for anything inside it (`identity` shows `identity.names.0`'s). */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  return errors[name] ?? Object.entries(errors).find(([key]) => key.startsWith(`${name}.`))?.[1];
}

/**
 * A form's state: what was typed (kept whatever the server answers), each field's message
 * (from the same zod schema here, else from the API's problem), and on 409 the conflict:
 * the record as stored now beside what was typed, for the user to choose.
 */
export function useForm<V extends FormValues, S extends z.ZodType>(spec: FormSpec<V, S>) {
  const check = useFieldCheck();
  const [values, setValues] = useState<V>(spec.initial);
  const [version, setVersion] = useState(spec.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<{ theirs: V; mine: V } | null>(null);

  const send = async (typed: V, atVersion: number | undefined) => {
    const checked = check(spec.schema, spec.toInput(typed, atVersion));
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      await spec.save(checked.data, typed);
      setErrors({});
      if (!spec.keeps) setValues(spec.initial);
      spec.onSaved?.();
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && spec.stored) {
        await spec.stored().then(
          (now) => {
            setVersion(now.version);
            setConflict({ theirs: now.values, mine: typed });
            setErrors({});
          },
          (readErr: unknown) => setErrors(errorsOf(readErr, spec.failed)),
        );
      } else {
        setErrors(errorsOf(err, spec.failed));
      }
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    errors,
    busy,
    conflict,
    field: (name: keyof V & string): BoundField => ({
      name,
      value: values[name] ?? '',
      onChange: (event) => setValues((v) => ({ ...v, [name]: event.target.value })),
      error: errorFor(errors, name),
    }),
    onSubmit: (event: SyntheticEvent) => {
      event.preventDefault();
      void send(values, version);
    },
    /** The conflict is settled for the stored version: the fields show it, nothing is sent. */
    takeTheirs: () => {
      if (conflict) setValues(conflict.theirs);
      setConflict(null);
    },
    /** The conflict is settled for what was typed: sent again over the stored version. */
    keepMine: () => {
      if (!conflict) return;
      setConflict(null);
      void send(conflict.mine, version);
    },
  };
}
