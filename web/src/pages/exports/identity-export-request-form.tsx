import { useTranslation } from 'react-i18next';
import { createBody } from '../../../../src/api/routes/exports/schema';
import { exportApi } from '../../api/export-api';
import { RecordForm } from '../../components/record-form';
import { Resource, useResource } from '../../components/resource';
import { TextField } from '../../components/text-field';
import { errorFor, useForm } from '../../components/use-form';

/** Ask for the identities of the clients of the cases chosen, saying why; a supervisor of each case decides. */
export function IdentityExportRequestForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('reports');
  const { t: tf } = useTranslation('forms');
  const cases = useResource((signal) => exportApi.cases(signal), []);
  const form = useForm({
    // The chosen case ids, separated by spaces.
    initial: { caseIds: '', reason: '' },
    schema: createBody,
    toInput: (v) => ({ scope: { kind: 'cases', caseIds: v.caseIds.split(' ').filter(Boolean) }, reason: v.reason }),
    save: (input) => exportApi.request(input),
    onSaved,
    failed: tf('failed'),
  });
  const chosen = form.values.caseIds.split(' ').filter(Boolean);
  const choose = form.field('caseIds').onChange;
  const casesError = errorFor(form.errors, 'scope');
  return (
    <RecordForm form={form} submit={t('identity.request')}>
      <fieldset aria-describedby={casesError ? 'identity-cases-error' : undefined}>
        <legend>{t('identity.cases')}</legend>
        <Resource state={cases}>
          {({ items }) =>
            items.map((c) => (
              <label key={c.id} className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  onChange={(e) =>
                    choose({
                      target: {
                        value: (e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id)).join(' '),
                      },
                    })
                  }
                />{' '}
                <bdi>{c.code}</bdi> · <bdi>{c.clientLabel}</bdi>
              </label>
            ))
          }
        </Resource>
        {casesError && (
          <p id="identity-cases-error" className="field-error">
            {casesError}
          </p>
        )}
      </fieldset>
      <TextField label={t('identity.reason')} hint={t('identity.reasonHint')} {...form.field('reason')} />
    </RecordForm>
  );
}
