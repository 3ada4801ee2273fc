import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Ask on the terminal without echoing what is typed. */
export async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new Error('no terminal to ask for the passphrase: set SAFEHOLD_PASSPHRASE');
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(question, resolve));
  muted = true;
  const value = await answer;
  rl.close();
  process.stderr.write('\n');
  return value;
}

/** The passphrase from SAFEHOLD_PASSPHRASE, or asked for on the terminal. */
export async function passphraseFromEnvOrPrompt(question = 'Passphrase: '): Promise<string> {
  return process.env.SAFEHOLD_PASSPHRASE ?? promptHidden(question);
}
