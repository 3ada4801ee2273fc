import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { UsersTable } from './schema.js';

export function insertUser(db: Db, row: Insertable<UsersTable>) {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findUser(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function listUsers(db: Db) {
  return db.selectFrom('users').selectAll().orderBy('username').execute();
}

export function updateUser(db: Db, id: string, expectedVersion: number, changes: Updateable<UsersTable>) {
  return db
    .updateTable('users')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export function teamIdsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('team_members')
    .select('team_id')
    .where('user_id', '=', userId)
    .execute()
    .then((rows) => rows.map((r) => r.team_id));
}

export function insertTeam(db: Db, row: { id: string; name: string; created_at: string }) {
  return db.insertInto('teams').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findTeamByName(db: Db, name: string) {
  return db.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst();
}

export function addTeamMember(db: Db, teamId: string, userId: string) {
  return db
    .insertInto('team_members')
    .values({ team_id: teamId, user_id: userId })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
    .execute();
}

export function findTeam(db: Db, id: string) {
  return db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTeams(db: Db) {
  return db.selectFrom('teams').selectAll().orderBy('name').execute();
}

export function listTeamMembers(db: Db) {
  return db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select(['team_members.team_id', 'users.id as user_id', 'users.username'])
    .orderBy('users.username')
    .execute();
}

export async function removeTeamMember(db: Db, teamId: string, userId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('team_members')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export function findTeams(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
}
