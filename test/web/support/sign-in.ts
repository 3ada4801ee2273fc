import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { totpCode, type TestUser } from '../../support/harness.js';
import type { WebServer } from './web-server.js';

/** A message of the catalogs, so the same steps work in every language: message('fa', 'auth', 'login.submit'). */
export function message(language: string, namespace: string, key: string): string {
  let node: unknown = JSON.parse(readFileSync(`web/src/i18n/locales/${language}/${namespace}.json`, 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no message ${language}/${namespace}:${key}`);
  return node;
}

/** Sign in through the screens: password, then a fresh authenticator code. Ends on the home page. */
export async function signIn(page: Page, server: WebServer, user: TestUser, language = 'en'): Promise<void> {
  const auth = (key: string) => message(language, 'auth', key);
  await page.getByLabel(auth('username')).fill(user.username);
  await page.getByLabel(auth('password'), { exact: true }).fill(user.password);
  await page.getByRole('button', { name: auth('login.submit') }).click();
  // A code is accepted once per 30-second step: the next step's code.
  server.h.clock.advance(30_000);
  await page.getByLabel(auth('code')).fill(await totpCode(user.totpSecret, server.h.clock.now()));
  await page.getByRole('button', { name: auth('factor.submit') }).click();
  await page.getByRole('heading', { level: 1, name: message(language, 'home', 'title') }).waitFor();
}
