import { useTranslation } from 'react-i18next';
import { statusBody } from '../../../../src/api/routes/status/schema';
import { STATUS_BASES } from '../../../../src/domain/legal-status';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { orNull, useOptions } from './options';
import { useReload } from './use-reload';

/** The client's legal status: the entry in force, and the history before it. */
export function StatusSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const status = useResource((signal) => caseApi.legalStatus(detail.clientId, signal), [detail.clientId, tick]);
  return (
    <CaseSection name="status">
      {detail.abilities.update && (
        <AddForm label={t('legalStatus.add')} onSaved={reload}>
          {(saved) => <StatusForm personId={detail.clientId} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={status}>
        {({ current, lapsed, history }) => (
          <>
            <p>
              {current ? t(`legalStatus.bases.${current.basis}`) : t('legalStatus.none')}{' '}
              {lapsed && <strong className="alert">{t('legalStatus.lapsed')}</strong>}
            </p>
            {history.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('legalStatus.basis')}</th>
                    <th scope="col">{t('legalStatus.effectiveFrom')}</th>
                    <th scope="col">{t('legalStatus.effectiveTo')}</th>
                    <th scope="col">{t('legalStatus.authority')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((s) => (
                    <tr key={s.id}>
                      <td>{t(`legalStatus.bases.${s.basis}`)}</td>
                      <td>
                        <DateText value={s.effectiveFrom} />
                      </td>
                      <td>{s.effectiveTo && <DateText value={s.effectiveTo} />}</td>
                      <td>
                        <bdi>{s.authorityName}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Resource>
    </CaseSection>
  );
}

function StatusForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { basis: 'humanitarian_stay', effectiveFrom: '', effectiveTo: '', openQuestions: '' },
    schema: statusBody,
    toInput: (v) => ({
      basis: v.basis,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: orNull(v.effectiveTo),
      openQuestions: orNull(v.openQuestions),
    }),
    save: (input) => caseApi.addLegalStatus(personId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('legalStatus.basis')}
        options={options('legalStatus.bases', STATUS_BASES)}
        {...form.field('basis')}
      />
      <DateField label={t('legalStatus.effectiveFrom')} {...form.field('effectiveFrom')} />
      <DateField label={t('legalStatus.effectiveTo')} {...form.field('effectiveTo')} />
      <TextAreaField label={t('legalStatus.openQuestions')} {...form.field('openQuestions')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
