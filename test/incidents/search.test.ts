import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseCreateInput } from '../../src/domain/case.js';
import { createCase } from '../../src/services/cases/create-case.js';
import { addNote } from '../../src/services/notes/add-note.js';
import { indexExistingNotes } from '../../src/services/search/index-existing-notes.js';
import { insertNote } from '../../src/store/case-notes.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, client, openCase } from './support.js';

interface Item {
  kind: string;
  id: string;
  excerpt: string;
  caseIds: string[];
}

describe('searching notes, incidents and testimonies', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseId: string;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    caseId = (await openCase(h, lawyer)).id;
  });
  afterAll(() => h.close());

  const search = async (query: string, as: TestUser = lawyer) =>
    call<{ items: Item[]; next: string | null }>(h, as, 'GET', `/api/search?${query}`);
  const note = (body: string, on = caseId, as = lawyer) => call(h, as, 'POST', `/api/cases/${on}/notes`, { body });

  it('indexes a note when it is written and again when it is changed', async () => {
    const written = await note('The officer promised a residence permit within the month.');
    const found = await search('q=permit');
    expect(found.items).toEqual([
      {
        kind: 'note',
        id: written.id,
        incidentId: null,
        caseIds: [caseId],
        title: null,
        excerpt: 'The officer promised a residence permit within the month.',
        occurredFrom: written.createdAt.slice(0, 10),
        occurredTo: written.createdAt.slice(0, 10),
      },
    ]);
    await call(h, lawyer, 'PATCH', `/api/cases/${caseId}/notes/${written.id}`, {
      version: 1,
      body: 'The officer refused: no residence permit for now. Zyrtari refuzoi. افسر رد کرد.',
    });
    expect((await search('q=promised')).items).toEqual([]);
    expect((await search('q=refuzoi')).items.map((i) => i.id)).toEqual([written.id]);
    expect((await search(`q=${encodeURIComponent('افسر')}`)).items.map((i) => i.id)).toEqual([written.id]);
  });

  it('indexes the notes written before the index existed, once', async () => {
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    await insertNote(h.store.db, {
      id,
      case_id: caseId,
      author_id: lawyer.id,
      body: h.deps.cipher.encrypt('case_notes', 'body', id, 'An older note about the embassy appointment.'),
      version: 1,
      created_at: at,
      updated_at: at,
    });
    expect((await search('q=embassy')).items).toEqual([]);
    expect(await indexExistingNotes(h.deps)).toBe(1);
    expect((await search('q=embassy')).items.map((i) => i.id)).toEqual([id]);
    expect(await indexExistingNotes(h.deps)).toBe(0);
  });

  it('keeps no word in the clear in the index', async () => {
    await note('Secret meeting place near the fictional Skanderbeg bakery, Tuesday.');
    const docs = await h.store.db.selectFrom('search_documents').select('tokens').execute();
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.tokens).toMatch(/^[0-9a-f]{12}( [0-9a-f]{12})*$/);
    if (h.store.engine === 'sqlite') {
      const shadow = await sql<{ block: Uint8Array | null }>`select block from search_fts_data`.execute(h.store.db);
      const all = Buffer.concat(shadow.rows.flatMap((r) => (r.block ? [Buffer.from(r.block)] : [])));
      expect(all.length).toBeGreaterThan(0);
      expect(all.toString('latin1')).not.toMatch(/bakery|skanderbeg|meeting/i);
    }
    expect((await search('q=skanderbeg')).items).toHaveLength(1);
  });

  it('pages back newest first with a cursor only its user can use', async () => {
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await note(`Hearing preparation, step ${i}.`)).id);
    const first = await search('q=hearing&limit=2');
    expect(first.items.map((i) => i.id)).toEqual([ids[4], ids[3]]);
    expect(first.next).toEqual(expect.any(String));
    const second = await search(`q=hearing&limit=2&before=${encodeURIComponent(first.next!)}`);
    expect(second.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const third = await search(`q=hearing&limit=2&before=${encodeURIComponent(second.next!)}`);
    expect(third.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(third.next).toBeNull();
    // Not a number anyone can read the size of the practice from, and useless to anyone else.
    expect(first.next).not.toMatch(/^\d+$/);
    const other = await h.user('lawyer');
    const r = await h.app.inject({
      method: 'GET',
      url: `/api/search?q=hearing&before=${encodeURIComponent(first.next!)}`,
      headers: other.headers,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('before');
  });

  it('records each search without its words', async () => {
    await search(`q=${encodeURIComponent('hearing preparation')}&kind=note`);
    const entry = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'search.run')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(lawyer.id);
    expect(JSON.parse(entry.details)).toMatchObject({ words: 2, filters: ['kind'], results: 5 });
    expect(entry.details).not.toMatch(/hearing|preparation/i);
  });

  it('limits a user who sees many cases through a team to the cases of the team', async () => {
    const member = await h.user('lawyer', { teams: ['Search team'] });
    const team = await h.store.db
      .selectFrom('teams')
      .select('id')
      .where('name', '=', 'Search team')
      .executeTakeFirstOrThrow();
    const teamCases: string[] = [];
    // More cases than a search names one by one: each candidate is checked against the team instead.
    for (let i = 0; i < 152; i++) {
      const kase = await createCase(h.deps, member.actor, caseCreateInput.parse({ client, teamId: team.id }));
      teamCases.push(kase.id);
    }
    const inTeam = await addNote(h.deps, member.actor, teamCases[3]!, 'Interpreter booked for the asylum interview.');
    const alsoInTeam = await addNote(h.deps, member.actor, teamCases[150]!, 'Asylum interview moved to Monday.');
    const outside = await note('Asylum interview of another client, on another team.');
    expect((await search('q=asylum&limit=10', member)).items.map((i) => i.id)).toEqual([alsoInTeam.id, inTeam.id]);
    expect((await search('q=asylum&limit=10')).items.map((i) => i.id)).toEqual([outside.id]);
    expect((await search('q=asylum&limit=1', member)).items.map((i) => i.id)).toEqual([alsoInTeam.id]);
  });
});
