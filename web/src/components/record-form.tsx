import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ConflictView } from './conflict-view';
import { FormError } from './form-error';
import type { FormValues, useForm } from './use-form';

type FormState<V extends FormValues> = ReturnType<typeof useForm<V, z.ZodType>>;

interface RecordFormProps<V extends FormValues> {
  form: Pick<FormState<V>, 'onSubmit' | 'errors' | 'busy' | 'conflict' | 'takeTheirs' | 'keepMine'>;
  /** For an update: the label of each field the conflict view compares, in the form's order. */
  labels?: Partial<Record<keyof V & string, string>>;
  /** How a stored code reads (a status), for the conflict view. */
  show?: (name: keyof V & string, value: string) => string;
  /** The words of the save button; "Save" unless told. */
  submit?: string;
  children: ReactNode;
}

/** A form of the form kit: its fields, the refusal that names no field, and for an update on a conflict both versions to choose from. */
export function RecordForm<V extends FormValues>({ form, labels, show, submit, children }: RecordFormProps<V>) {
  const { t } = useTranslation('forms');
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      {form.conflict && labels && (
        <ConflictView
          labels={labels}
          theirs={form.conflict.theirs}
          mine={form.conflict.mine}
          {...(show ? { show } : {})}
          onTakeTheirs={form.takeTheirs}
          onKeepMine={form.keepMine}
        />
      )}
      {children}
      <button type="submit" disabled={form.busy}>
        {submit ?? t('save')}
      </button>
    </form>
  );
}
