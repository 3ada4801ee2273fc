import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { role as roleSchema, type Role } from '../../domain/role.js';
import { username as usernameSchema } from '../../domain/user.js';
import type { Safehold } from '../../app/open-safehold.js';
import { createUser } from '../../services/users/create-user.js';
import { disableUser } from '../../services/users/disable-user.js';
import { listUsers } from '../../services/users/list-users.js';
import { resetPassword } from '../../services/users/reset-password.js';
import { findUserByUsername } from '../../store/users.js';
import { unlock } from '../unlock.js';

/** Open the data, run `work` as the operator (recorded in the audit log as via the command line), close. */
async function asOperator<T>(work: (safehold: Safehold) => Promise<T>): Promise<T> {
  const safehold = await unlock(loadConfig());
  try {
    return await work(safehold);
  } finally {
    await safehold.store.close();
  }
}

async function userIdOf(safehold: Safehold, name: string): Promise<string> {
  const row = await findUserByUsername(safehold.deps.db, usernameSchema.parse(name));
  if (!row) throw new Error(`no user named ${name}`);
  return row.id;
}

function parseRole(value: string): Role {
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new Error(`--role must be one of ${roleSchema.options.join(', ')}`);
  return parsed.data;
}

export function userCommand(program: Command): void {
  const user = program.command('user').description('manage user accounts (as the operator, recorded in the audit log)');

  user
    .command('add <username>')
    .description('create an account with a random password, shown once; a second factor is set up at first sign-in')
    .requiredOption('--role <role>', 'admin, supervisor, lawyer, caseworker, analyst or auditor', parseRole)
    .requiredOption('--name <display name>', 'the name shown to colleagues')
    .action(async (name: string, opts: { role: Role; name: string }) => {
      const created = await asOperator((s) =>
        createUser(s.deps, null, { username: usernameSchema.parse(name), displayName: opts.name, role: opts.role }),
      );
      console.log(
        `Created ${created.username} (${created.role}). Password, shown only once: ${created.initialPassword ?? ''}`,
      );
    });

  user
    .command('list')
    .description('list the accounts')
    .action(async () => {
      const users = await asOperator((s) => listUsers(s.deps, null));
      for (const u of users) {
        const factors = [
          u.secondFactor.totp ? 'app' : null,
          u.secondFactor.webauthn ? `${u.secondFactor.webauthn} key(s)` : null,
        ]
          .filter(Boolean)
          .join(', ');
        console.log(
          [
            u.username,
            u.role,
            u.disabled ? 'disabled' : 'active',
            factors || 'no second factor yet',
            u.displayName,
          ].join('\t'),
        );
      }
    });

  user
    .command('disable <username>')
    .description('stop an account from signing in and end its sessions')
    .action(async (name: string) => {
      await asOperator(async (s) => disableUser(s.deps, null, await userIdOf(s, name)));
      console.log(`Disabled ${name}; its sessions have ended.`);
    });

  user
    .command('reset-password <username>')
    .description('give an account a new random password (shown once) and end its sessions')
    .option('--second-factor', 'also remove its second factors, to be set up again at next sign-in')
    .action(async (name: string, opts: { secondFactor?: boolean }) => {
      const { initialPassword } = await asOperator(async (s) =>
        resetPassword(s.deps, null, await userIdOf(s, name), { resetSecondFactor: Boolean(opts.secondFactor) }),
      );
      console.log(`New password for ${name}, shown only once: ${initialPassword ?? ''}`);
      if (opts.secondFactor) console.log('Its second factors were removed: it sets one up again at next sign-in.');
    });
}
