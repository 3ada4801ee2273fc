import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { initDataDir, isInitialized } from '../../security/data-dir.js';
import { writeFileDurably } from '../../security/keyfile.js';
import { listUsers } from '../../store/users.js';
import { createUser } from '../../services/users/create-user.js';
import { unlock } from '../unlock.js';
import { serve } from './serve.js';

export const QUICKSTART_PASSPHRASE_FILE = 'quickstart.passphrase';

const WARNING = `
!!! ------------------------------------------------------------------------ !!!
!!!  QUICK START MODE: the passphrase is stored in a file beside the data:    !!!
!!!  anyone who takes this directory can read everything in it.               !!!
!!!  For real use: run "safehold init" with a passphrase you keep elsewhere,  !!!
!!!  or "safehold rekey", then delete the quickstart.passphrase file.         !!!
!!! ------------------------------------------------------------------------ !!!
`;

/**
 * Zero-configuration start: with no SAFEHOLD_PASSPHRASE, a random passphrase is generated
 * into an owner-only file beside the data, with a loud warning at every start. A first
 * administrator is created once and its password printed once.
 */
export function startCommand(program: Command): void {
  program
    .command('start')
    .description('quick start: initialize if needed, then serve')
    .action(async () => {
      const config = loadConfig();
      let passphrase = process.env.SAFEHOLD_PASSPHRASE;
      const file = join(config.dataDir, QUICKSTART_PASSPHRASE_FILE);
      if (!passphrase) {
        if (!(await isInitialized(config.dataDir))) {
          passphrase = randomBytes(24).toString('base64url');
          await initDataDir(config.dataDir, passphrase, config.kdfProfile);
          await writeFileDurably(file, `${passphrase}\n`, 0o600);
        } else {
          passphrase = (
            await readFile(file, 'utf8').catch(() => {
              throw new Error(
                `${config.dataDir} is protected by a passphrase: set SAFEHOLD_PASSPHRASE or use "safehold serve"`,
              );
            })
          ).trim();
        }
        console.warn(WARNING);
      } else if (!(await isInitialized(config.dataDir))) {
        await initDataDir(config.dataDir, passphrase, config.kdfProfile);
      }
      const safehold = await unlock(config, passphrase);
      if ((await listUsers(safehold.deps.db)).length === 0) {
        const password = randomBytes(12).toString('base64url');
        await createUser(safehold.deps, null, {
          username: 'admin',
          displayName: 'Administrator',
          role: 'admin',
          password,
        });
        console.log(`First administrator created. Log in as "admin" with the password: ${password}`);
        console.log('You will be asked to set up a second factor at first login. This password is shown only once.');
      }
      console.log(`Open ${config.site.origin}/ (API description at ${config.site.origin}/api/openapi.json).`);
      await serve(config, safehold);
    });
}
