import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormValues } from './use-form';

interface ConflictViewProps<V extends FormValues> {
  /** The label of each field shown, in the form's order. */
  labels: Partial<Record<keyof V & string, string>>;
  theirs: V;
  mine: V;
  /** How a stored value reads, for a field that holds a code (a status, a date); the value itself otherwise. */
  show?: (name: keyof V & string, value: string) => string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/** Someone saved the record first (409): what is stored now beside what was typed, and the choice. */
export function ConflictView<V extends FormValues>({
  labels,
  theirs,
  mine,
  show = (_name, value) => value,
  onTakeTheirs,
  onKeepMine,
}: ConflictViewProps<V>) {
  const { t } = useTranslation('forms');
  const titleId = useId();
  const names = Object.keys(labels) as (keyof V & string)[];
  return (
    <section className="conflict" role="alert" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('conflict.title')}</h3>
      <p>{t('conflict.explain')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.theirs')}</th>
            <th scope="col">{t('conflict.mine')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name} className={theirs[name] === mine[name] ? undefined : 'differs'}>
              <th scope="row">{labels[name]}</th>
              <td>
                <bdi>{show(name, theirs[name] ?? '')}</bdi>
              </td>
              <td>
                <bdi>{show(name, mine[name] ?? '')}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </section>
  );
}
