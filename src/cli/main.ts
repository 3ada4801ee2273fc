import { Command } from 'commander';
import { auditCommand } from './commands/audit.js';
import { backupCommand } from './commands/backup.js';
import { demoCommand } from './commands/demo.js';
import { evidenceCommand } from './commands/evidence.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { initCommand } from './commands/init.js';
import { rekeyCommand } from './commands/rekey.js';
import { reportCommand } from './commands/report.js';
import { restoreCommand } from './commands/restore.js';
import { searchCommand } from './commands/search.js';
import { namesCommand } from './commands/names.js';
import { serveCommand } from './commands/serve.js';
import { startCommand } from './commands/start.js';
import { userCommand } from './commands/user.js';

const program = new Command()
  .name('safehold')
  .description('Safehold: protected case records for people who left a coercive organization')
  .showHelpAfterError();

initCommand(program);
demoCommand(program);
serveCommand(program);
startCommand(program);
rekeyCommand(program);
backupCommand(program);
restoreCommand(program);
userCommand(program);
auditCommand(program);
evidenceCommand(program);
exportCommand(program);
importCommand(program);
searchCommand(program);
namesCommand(program);
reportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`safehold: ${(err as Error).message}`);
  process.exitCode = 1;
}
