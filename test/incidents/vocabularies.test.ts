import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HURIDOCS_CSV, TRANSLATIONS_JSON } from '../../src/services/vocabularies/huridocs-source.js';
import { loadVocabularies } from '../../src/services/vocabularies/load-vocabularies.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { call, T } from './support.js';

interface Node {
  vocabNumber: string;
  label: string;
  locale: string;
  level: number;
  origin: string;
  children: Node[];
}

function flatten(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

describe('the controlled vocabularies', () => {
  let h: Harness;
  let admin: TestUser;
  let lawyer: TestUser;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.user('admin');
    lawyer = await h.user('lawyer');
  });
  afterAll(() => h.close());

  const termCount = async () =>
    Number(
      (
        await h.store.db
          .selectFrom('vocabulary_terms')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('holds the HURIDOCS lists with their hierarchy, keyed by vocab_number', async () => {
    const lists = await call(h, lawyer, 'GET', '/api/vocabularies');
    const byName = new Map(lists.items.map((l: { name: string; terms: number }) => [l.name, l.terms]));
    expect(
      Object.fromEntries(
        [
          'types_of_acts',
          'rights_typology',
          'types_of_perpetrators',
          'degrees_of_involvement',
          'source_connection_to_information',
          'reliability',
          'types_of_intervention',
          'whereabouts',
          'intervention_status',
        ].map((n) => [n, byName.get(n)]),
      ),
    ).toEqual({
      types_of_acts: 532,
      rights_typology: 176,
      types_of_perpetrators: 40,
      degrees_of_involvement: 23,
      source_connection_to_information: 22,
      reliability: 6,
      types_of_intervention: 12,
      whereabouts: 16,
      intervention_status: 7,
    });
    expect(lists.items).toHaveLength(50);
    // The unnamed placeholder lists of the source are not loaded.
    expect(await termCount()).toBe(4524 - 15);

    const whereabouts = await call(h, lawyer, 'GET', '/api/vocabularies/whereabouts?locale=fa');
    const terms = flatten(whereabouts.terms);
    expect(terms.find((t) => t.vocabNumber === '01010201000030')).toMatchObject({
      label: 'تماس با خانواده مجاز نیست',
      locale: 'fa',
      level: 3,
      children: [],
    });
    expect(whereabouts.terms.map((t: Node) => t.vocabNumber)).toEqual([
      '01000000000030',
      '02000000000030',
      '90000000000030',
      '99000000000030',
    ]);
    // A catch-all term the source gives level -5 is where the tree puts it: at the top.
    const ethnic = await call(h, lawyer, 'GET', '/api/vocabularies/ethnic_groups');
    expect(ethnic.terms.find((t: Node) => t.vocabNumber === '90000000000013')).toMatchObject({ level: 0 });
  });

  it('ships its sources and Albanian and Persian labels that match the English ones', async () => {
    const csv = await readFile(HURIDOCS_CSV, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe(
      'list_code,list_name,vocab_number,huri_code,parent_vocab_number,term_level,term_order,english,french,spanish',
    );
    const labels = JSON.parse(await readFile(TRANSLATIONS_JSON, 'utf8')) as Record<string, { en: string }>;
    for (const featured of [
      T.threats,
      T.threatsAgainstFamily,
      T.surveillance,
      T.slander,
      T.detention,
      T.rightFamilyLife,
      T.rightMovement,
      T.rightAssociation,
      T.rightConscience,
      T.perpPolice,
    ]) {
      expect(labels[featured], featured).toBeDefined();
    }
    const acts = flatten((await call(h, lawyer, 'GET', '/api/vocabularies/types_of_acts?locale=sq')).terms);
    for (const [number, { en }] of Object.entries(labels)) {
      const shown = acts.find((t) => t.vocabNumber === number);
      if (shown) expect(shown.locale, `${number} ${en}`).toBe('sq');
    }
  });

  it('loads the shipped files once, and again only when they change, leaving local terms alone', async () => {
    const local = await call(h, admin, 'POST', '/api/vocabularies/rights_typology/terms', {
      parent: '03050000000003',
      labels: { en: 'Not to be returned to the organization (Right)', fa: 'حق بازگردانده نشدن به سازمان' },
    });
    expect(local).toMatchObject({ vocabNumber: 'L03-00001', level: 2, origin: 'local', parent: '03050000000003' });
    const second = await call(h, admin, 'POST', '/api/vocabularies/rights_typology/terms', {
      labels: { en: 'Other rights of leavers' },
    });
    expect(second).toMatchObject({ vocabNumber: 'L03-00002', level: 0, parent: null });
    const other = await call(h, admin, 'POST', '/api/vocabularies/reliability/terms', {
      labels: { en: 'Confirmed by documents' },
    });
    expect(other.vocabNumber).toBe('L42-00001');

    const count = await termCount();
    const loads = () =>
      h.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'vocabulary.load').execute();
    expect(await loads()).toHaveLength(1);
    expect(await loadVocabularies(h.deps)).toEqual({ loaded: 0 });
    expect(await loads()).toHaveLength(1);

    // A new release of the files (another fingerprint): the HURIDOCS terms are loaded again.
    await h.store.db.updateTable('vocabulary_sources').set({ fingerprint: 'an older release' }).execute();
    expect(await loadVocabularies(h.deps)).toEqual({ loaded: 4509 });
    expect(await loads()).toHaveLength(2);
    expect(await termCount()).toBe(count);
    const rights = await call(h, lawyer, 'GET', '/api/vocabularies/rights_typology?locale=fa');
    const aliens = flatten(rights.terms).find((t) => t.vocabNumber === '03050000000003')!;
    expect(aliens.children.at(-1)).toMatchObject({
      vocabNumber: 'L03-00001',
      label: 'حق بازگردانده نشدن به سازمان',
      locale: 'fa',
    });
    expect(rights.terms.at(-1)).toMatchObject({
      vocabNumber: 'L03-00002',
      label: 'Other rights of leavers',
      locale: 'en',
    });

    // A list that does not exist is not found.
    const unknown = await h.app.inject({
      method: 'GET',
      url: '/api/vocabularies/no_such_list',
      headers: lawyer.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
