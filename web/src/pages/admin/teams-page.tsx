import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createTeamBody } from '../../../../src/api/routes/admin/schema';
import { adminApi, type Team, type User } from '../../api/admin-api';
import { errorsOf, useFieldCheck, type FieldErrors } from '../../components/form-errors';
import { Resource, useResource } from '../../components/resource';
import { SelectField, TextField } from '../../components/text-field';

/** One team: its members, each removable, and a user to add. */
function TeamPanel({ team, users, onChanged }: { team: Team; users: readonly User[]; onChanged: () => void }) {
  const { t } = useTranslation('admin');
  const [userId, setUserId] = useState('');
  const [failed, setFailed] = useState(false);
  const run = (action: Promise<unknown>) => {
    action.then(onChanged, () => setFailed(true));
  };
  const members = new Set(team.members.map((m) => m.userId));
  const candidates = users.filter((u) => !members.has(u.id) && !u.disabled);
  return (
    <section className="panel" aria-labelledby={`team-${team.id}`}>
      <h2 id={`team-${team.id}`}>
        <bdi>{team.name}</bdi>
      </h2>
      {failed && (
        <p role="alert" className="form-error">
          {t('saveFailed')}
        </p>
      )}
      {team.members.length === 0 ? (
        <p className="muted">{t('teams.noMembers')}</p>
      ) : (
        <ul>
          {team.members.map((m) => (
            <li key={m.userId}>
              <bdi>{m.username}</bdi>{' '}
              <button
                type="button"
                className="link"
                aria-label={t('teams.removeMember', { username: m.username, team: team.name })}
                onClick={() => run(adminApi.removeMember(team.id, m.userId))}
              >
                {t('teams.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (userId) run(adminApi.addMember(team.id, userId));
          }}
        >
          <SelectField
            label={t('teams.member')}
            value={userId}
            onChange={(e) => setUserId(e.target.value)}
            options={[
              { value: '', label: t('teams.chooseUser') },
              ...candidates.map((u) => ({ value: u.id, label: `${u.username} (${u.displayName})` })),
            ]}
          />
          <div className="actions">
            <button type="submit">{t('teams.addMember')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

function NewTeamForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('admin');
  const check = useFieldCheck();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const checked = check(createTeamBody, { name });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    try {
      await adminApi.createTeam(checked.data.name);
      setName('');
      setErrors({});
      onCreated();
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
      <TextField
        label={t('teams.name')}
        name="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <div className="actions">
        <button type="submit">{t('teams.addSubmit')}</button>
      </div>
    </form>
  );
}

/** Teams and their members: a case is seen by the team it belongs to. */
export function TeamsPage() {
  const { t } = useTranslation('admin');
  const [generation, setGeneration] = useState(0);
  const state = useResource((signal) => Promise.all([adminApi.teams(signal), adminApi.users(signal)]), [generation]);
  const changed = () => setGeneration((g) => g + 1);
  return (
    <section aria-labelledby="teams-title">
      <h1 id="teams-title">{t('teams.title')}</h1>
      <Resource state={state}>
        {([teams, users]) => (
          <div className="panels">
            {teams.items.map((team) => (
              <TeamPanel key={team.id} team={team} users={users.items} onChanged={changed} />
            ))}
          </div>
        )}
      </Resource>
      <section aria-labelledby="team-new-title" className="panel">
        <h2 id="team-new-title">{t('teams.add')}</h2>
        <NewTeamForm onCreated={changed} />
      </section>
    </section>
  );
}
