import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAME_KEY_VERSION, recordKeys } from '../../src/domain/names/blind-keys.js';
import { reindexStaleNames } from '../../src/services/names/reindex-names.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, expectStatus, newOfficial, newOrganization } from '../casework/support.js';
import { latinName, persianName, registerClient } from './support.js';

describe('the blind index of people’s names', () => {
  let h: Harness;
  let lawyer: TestUser;
  let client: { id: string; clientId: string };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer', { teams: ['Elbasan desk'] });
    client = await registerClient(h, lawyer, {
      names: [latinName('Farhad', 'Tavakoli'), persianName('فرهاد توکلی')],
      aliases: ['Farhad Tavakkoli'],
      birthDate: '1979',
    });
  });
  afterAll(() => h.close());

  const keysOf = async (personId: string) =>
    (await h.store.db.selectFrom('person_name_keys').select('hash').where('person_id', '=', personId).execute())
      .map((r) => r.hash)
      .sort();
  const expectedKeys = (names: string[]) => h.deps.nameKey.hashAll(recordKeys(names)).sort();
  const versionOf = async (personId: string) =>
    (
      await h.store.db
        .selectFrom('person_name_index')
        .select('key_version')
        .where('person_id', '=', personId)
        .executeTakeFirst()
    )?.key_version;

  it('holds the keyed hashes of every written name and alias of a registered person, and no name', async () => {
    const stored = await keysOf(client.clientId);
    expect(stored).toEqual(expectedKeys(['Farhad Tavakoli', 'فرهاد توکلی', 'Farhad Tavakkoli']));
    expect(stored.every((k) => /^[0-9a-f]{12}$/.test(k))).toBe(true);
    expect(await versionOf(client.clientId)).toBe(NAME_KEY_VERSION);
    // Keyed: the same strings under the search index's key give other hashes.
    expect(h.deps.searchKey.hashAll(recordKeys(['Farhad Tavakoli']))).not.toContain(stored[0]);
  });

  it('follows a change of identity in the same transaction', async () => {
    const person = expectStatus(await call(h, lawyer, 'GET', `/api/people/${client.clientId}`), 200);
    const names = [latinName('Farhad', 'Sadeghi')];
    const r = await call(h, lawyer, 'PUT', `/api/people/${client.clientId}/identity`, {
      version: person.version,
      identity: { names, birthDate: '1979' },
    });
    expectStatus(r, 200);
    expect(await keysOf(client.clientId)).toEqual(expectedKeys(['Farhad Sadeghi']));
    const check = await call(h, lawyer, 'POST', '/api/people/duplicate-check', {
      names: [persianName('فرهاد توکلی')],
      birthDate: '1979',
    });
    expect(expectStatus(check, 200)).toEqual({ duplicateWarning: null });
  });

  it('recomputes the keys of people indexed under older rules, or never indexed', async () => {
    const other = await registerClient(h, lawyer, { names: [latinName('Shirin', 'Mahmoudi')] });
    const before = await keysOf(other.clientId);
    await h.store.db
      .updateTable('person_name_index')
      .set({ key_version: NAME_KEY_VERSION - 1 })
      .execute();
    await h.store.db.deleteFrom('person_name_keys').where('person_id', '=', other.clientId).execute();
    await h.store.db.deleteFrom('person_name_index').where('person_id', '=', client.clientId).execute();
    expect(await reindexStaleNames(h.deps, { batch: 1 })).toBe(2);
    expect(await keysOf(other.clientId)).toEqual(before);
    expect(await versionOf(client.clientId)).toBe(NAME_KEY_VERSION);
    expect(await reindexStaleNames(h.deps)).toBe(0);
  });

  it('leaves officials of the directory out: they are never anyone’s duplicate or the person a family seeks', async () => {
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Refugee agency');
    const official = await newOfficial(h, lawyer, agency, 'Protection officer', 'Arben', 'Kola');
    expect(await keysOf(official)).toEqual([]);
    expect(await reindexStaleNames(h.deps)).toBe(0);
  });
});
