import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localTermBody } from '../../../../src/api/routes/vocabularies/schema';
import { LANGUAGES } from '../../i18n/languages';
import { vocabularyApi, type TermNode } from '../../api/vocabulary-api';
import { termChoices } from '../../components/term-choices';
import { errorsOf, useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/text-field';

const EMPTY = { parent: '', en: '', sq: '', fa: '' };

/** A term of the organization's own, under a term of the list or at its top, labelled in each language. */
export function LocalTermForm({
  list,
  terms,
  onAdded,
}: {
  list: string;
  terms: readonly TermNode[];
  onAdded: () => void;
}) {
  const { t } = useTranslation('admin');
  const check = useFieldCheck();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(localTermBody, {
      parent: draft.parent || null,
      labels: { en: draft.en, sq: draft.sq || null, fa: draft.fa || null },
    });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      await vocabularyApi.addTerm(list, {
        parent: checked.data.parent ?? null,
        labels: { en: checked.data.labels.en, sq: checked.data.labels.sq ?? null, fa: checked.data.labels.fa ?? null },
      });
      setDraft(EMPTY);
      setErrors({});
      onAdded();
    } catch (err) {
      setErrors(errorsOf(err, t('saveFailed')));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {errors[''] && (
        <p role="alert" className="form-error">
          {errors['']}
        </p>
      )}
      <SelectField
        label={t('vocabulary.parent')}
        name="parent"
        value={draft.parent}
        onChange={(e) => setDraft({ ...draft, parent: e.target.value })}
        error={errors.parent}
        options={[{ value: '', label: t('vocabulary.top') }, ...termChoices(terms)]}
      />
      {LANGUAGES.map((language) => (
        <TextField
          key={language}
          label={t(`vocabulary.label.${language}`)}
          name={language}
          lang={language}
          dir="auto"
          value={draft[language]}
          onChange={(e) => setDraft({ ...draft, [language]: e.target.value })}
          error={errors[`labels.${language}`]}
        />
      ))}
      <div className="actions">
        <button type="submit">{t('vocabulary.addSubmit')}</button>
      </div>
    </form>
  );
}
