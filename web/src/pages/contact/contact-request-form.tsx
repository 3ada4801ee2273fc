import { useTranslation } from 'react-i18next';
import { createBody } from '../../../../src/api/routes/contact-requests/schema';
import { contactApi, type ContactRequestList } from '../../api/contact-api';
import { FormError } from '../../components/form-error';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/text-field';
import { useForm } from '../../components/use-form';
import { orNull } from '../case/options';
import { lines } from './lines';

/**
 * A relative's request as it was received: who asks and how to reach them, the person sought as
 * the family describes them, and their message. Recorded from a case, it is matched to its client.
 */
export function ContactRequestForm({
  teams,
  teamId,
  soughtPersonId,
  onSaved,
}: {
  teams: ContactRequestList['teams'];
  teamId: string;
  soughtPersonId?: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('contact');
  const { t: tf } = useTranslation('forms');
  const form = useForm({
    initial: {
      teamId,
      receivedOn: '',
      'requester.name': '',
      'requester.relationship': '',
      'requester.country': '',
      'requester.contact': '',
      'sought.names': '',
      'sought.birthYear': '',
      'sought.nationality': '',
      'sought.relatives': '',
      'sought.details': '',
      message: '',
    },
    schema: createBody,
    toInput: (v) => ({
      teamId: v.teamId,
      receivedOn: v.receivedOn,
      requester: {
        name: v['requester.name'],
        relationship: v['requester.relationship'],
        country: v['requester.country'].trim().toUpperCase(),
        contact: v['requester.contact'],
      },
      sought: {
        names: lines(v['sought.names']),
        birthYear: v['sought.birthYear'].trim() === '' ? null : Number(v['sought.birthYear']),
        nationality: orNull(v['sought.nationality'].trim().toUpperCase()),
        relatives: lines(v['sought.relatives']),
        details: orNull(v['sought.details']),
      },
      message: orNull(v.message),
      ...(soughtPersonId ? { soughtPersonId } : {}),
    }),
    save: (input) => contactApi.create(input),
    onSaved,
    failed: tf('failed'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <FormError errors={form.errors} />
      {teams.length > 1 && (
        <SelectField
          label={t('field.team')}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          {...form.field('teamId')}
        />
      )}
      <DateField label={t('field.receivedOn')} {...form.field('receivedOn')} />
      <TextField label={t('field.requesterName')} {...form.field('requester.name')} />
      <TextField
        label={t('field.relationship')}
        hint={t('field.relationshipHint')}
        {...form.field('requester.relationship')}
      />
      <TextField label={t('field.country')} hint={t('field.countryHint')} {...form.field('requester.country')} />
      <TextField label={t('field.contact')} {...form.field('requester.contact')} />
      <TextAreaField label={t('field.names')} hint={t('field.namesHint')} {...form.field('sought.names')} />
      <TextField label={t('field.birthYear')} inputMode="numeric" {...form.field('sought.birthYear')} />
      <TextField
        label={t('field.nationality')}
        hint={t('field.nationalityHint')}
        {...form.field('sought.nationality')}
      />
      <TextAreaField label={t('field.relatives')} hint={t('field.relativesHint')} {...form.field('sought.relatives')} />
      <TextAreaField label={t('field.details')} {...form.field('sought.details')} />
      <TextAreaField label={t('field.message')} {...form.field('message')} />
      <button type="submit" disabled={form.busy}>
        {tf('save')}
      </button>
    </form>
  );
}
