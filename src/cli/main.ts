import { Command } from 'commander';
import { initCommand } from './commands/init.js';
import { serveCommand } from './commands/serve.js';
import { startCommand } from './commands/start.js';

const program = new Command()
  .name('safehold')
  .description('Safehold: protected case records for people who left a coercive organization')
  .showHelpAfterError();

initCommand(program);
serveCommand(program);
startCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  console.error(`safehold: ${(err as Error).message}`);
  process.exitCode = 1;
}
