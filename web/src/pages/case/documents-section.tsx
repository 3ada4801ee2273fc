import { useTranslation } from 'react-i18next';
import { documentBody } from '../../../../src/api/routes/documents/schema';
import { DOCUMENT_KINDS, DOCUMENT_STATES } from '../../../../src/domain/document';
import { addDays } from '../../../../src/domain/calendar-days';
import { caseApi, type CaseDetail } from '../../api/case-api';
import { DateText } from '../../components/date-text';
import { FormError } from '../../components/form-error';
import { Resource, useResource } from '../../components/resource';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { AddForm } from './add-form';
import { CaseSection } from './case-section';
import { DocumentUpdateForm } from './document-update-form';
import { orNull, useOptions } from './options';
import { useReload } from './use-reload';

/** A document expiring within this many days is flagged. */
const EXPIRY_ALERT_DAYS = 60;

export function DocumentsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('case');
  const [tick, reload] = useReload();
  const documents = useResource((signal) => caseApi.documents(detail.clientId, signal), [detail.clientId, tick]);
  const canUpdate = detail.abilities['document:update'];
  return (
    <CaseSection name="documents">
      {canUpdate && (
        <AddForm label={t('documents.add')} onSaved={reload}>
          {(saved) => <DocumentForm personId={detail.clientId} onSaved={saved} />}
        </AddForm>
      )}
      <Resource state={documents}>
        {({ on, items }) =>
          items.length === 0 ? (
            <p className="muted">{t('documents.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('documents.kind')}</th>
                  <th scope="col">{t('documents.state')}</th>
                  <th scope="col">{t('documents.issuer')}</th>
                  <th scope="col">{t('documents.expiresOn')}</th>
                  {canUpdate && <th scope="col">{t('documents.changes')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((d) => (
                  <tr key={d.id}>
                    <td>{t(`documents.kinds.${d.kind}`)}</td>
                    <td>{t(`documents.states.${d.state}`)}</td>
                    <td>
                      <bdi>{d.issuerOrganizationName ?? d.issuerText}</bdi>
                    </td>
                    <td>
                      {d.expiresOn && <DateText value={d.expiresOn} />}{' '}
                      {d.expiresOn && d.expiresOn < on && <strong className="alert">{t('documents.expired')}</strong>}
                      {d.expiresOn && d.expiresOn >= on && d.expiresOn <= addDays(on, EXPIRY_ALERT_DAYS) && (
                        <strong className="alert">{t('documents.expiresSoon')}</strong>
                      )}
                    </td>
                    {canUpdate && (
                      <td>
                        <AddForm label={t('documents.change')} onSaved={reload}>
                          {(saved) => <DocumentUpdateForm doc={d} onSaved={saved} />}
                        </AddForm>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Resource>
    </CaseSection>
  );
}

function DocumentForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const { t } = useTranslation('case');
  const { t: tf } = useTranslation('forms');
  const options = useOptions();
  const form = useForm({
    initial: { kind: 'passport', state: 'held', number: '', issuerText: '', issuedOn: '', expiresOn: '', notes: '' },
    schema: documentBody,
    toInput: (v) => ({
      kind: v.kind,
      state: v.state,
      number: orNull(v.number),
      issuerText: orNull(v.issuerText),
      issuedOn: orNull(v.issuedOn),
      expiresOn: orNull(v.expiresOn),
      notes: orNull(v.notes),
    }),
    save: (input) => caseApi.addDocument(personId, input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      <SelectField
        label={t('documents.kind')}
        options={options('documents.kinds', DOCUMENT_KINDS)}
        {...form.field('kind')}
      />
      <SelectField
        label={t('documents.state')}
        options={options('documents.states', DOCUMENT_STATES)}
        {...form.field('state')}
      />
      <TextField label={t('documents.number')} hint={t('documents.numberHint')} {...form.field('number')} />
      <TextField label={t('documents.issuer')} {...form.field('issuerText')} />
      <DateField label={t('documents.issuedOn')} {...form.field('issuedOn')} />
      <DateField label={t('documents.expiresOn')} {...form.field('expiresOn')} />
      <TextAreaField label={t('documents.notes')} {...form.field('notes')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
