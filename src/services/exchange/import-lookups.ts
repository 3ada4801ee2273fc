import { allowsOnCase, type CaseAction } from '../../security/policy.js';
import type { Db } from '../../store/engine.js';
import { caseFacts } from '../access/require-case.js';
import type { UseCaseContext } from '../use-case.js';

export interface ImportCase {
  id: string;
  clientId: string;
}

/**
 * The records an import's rows name, looked up once each in the import's transaction: a case
 * by its code (only when the user may do the row's action on it: any other answers "no case",
 * whether or not it exists), one of the user's teams by name, an organization by id or name.
 */
export class ImportLookups {
  readonly #ctx: UseCaseContext;
  readonly #cases = new Map<string, ImportCase | null>();
  readonly #teams = new Map<string, string | null>();
  readonly #organizations = new Map<string, string | null>();

  constructor(ctx: UseCaseContext) {
    this.#ctx = ctx;
  }

  async caseFor(code: string, action: CaseAction): Promise<ImportCase | null> {
    const key = `${action} ${code}`;
    if (!this.#cases.has(key)) {
      const { tx, actor } = this.#ctx;
      const row = await tx
        .selectFrom('cases')
        .select(['id', 'client_id', 'team_id'])
        .where('code', '=', code)
        .executeTakeFirst();
      const allowed = row && allowsOnCase(actor, action, await caseFacts(tx, row.id, row.team_id));
      this.#cases.set(key, row && allowed ? { id: row.id, clientId: row.client_id } : null);
    }
    return this.#cases.get(key) ?? null;
  }

  async teamFor(name: string): Promise<string | null> {
    if (!this.#teams.has(name)) {
      const row = await this.#ctx.tx.selectFrom('teams').select('id').where('name', '=', name).executeTakeFirst();
      this.#teams.set(name, row && this.#ctx.actor.teamIds.includes(row.id) ? row.id : null);
    }
    return this.#teams.get(name) ?? null;
  }

  async organizationFor(ref: string): Promise<string | null> {
    if (!this.#organizations.has(ref)) this.#organizations.set(ref, await organizationId(this.#ctx.tx, ref));
    return this.#organizations.get(ref) ?? null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function organizationId(tx: Db, ref: string): Promise<string | null> {
  const column = UUID.test(ref) ? 'id' : 'name';
  const rows = await tx.selectFrom('organizations').select('id').where(column, '=', ref).limit(2).execute();
  return rows.length === 1 && rows[0] ? rows[0].id : null;
}
