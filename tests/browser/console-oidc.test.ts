/**
 * The console's OIDC mode against a real OpenID provider started in-process: the browser is
 * sent to the provider, signs in there, comes back through /auth/callback with a code the console
 * redeems (client secret + PKCE verifier, state and nonce checked), and the API accepts the ID
 * token the console then calls it with. A tampered state or code, a code replayed into another
 * browser's sign-in, or a callback nobody started is refused and signs nobody in.
 */
import { createServer } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { testApp } from '../support/app.js';
import { startTestProvider, type TestProvider } from '../support/oidc.js';
import { launch } from './support.js';

let provider: TestProvider;
let app: App;
let browser: Browser;

/** A port nobody listens on now, so the console's address is known before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  provider = await startTestProvider();
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  provider.serve(publicUrl);
  app = await testApp({
    port,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      publicUrl,
      allowHttp: true,
    },
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await provider?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
}

/** At the provider's own sign-in page: any password, a login naming group and org. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
}

/** Starts sign-in in a browser and answers the provider's redirect back, without following it. */
async function callbackFor(login: string) {
  const { context, page } = await newPage();
  provider.holdCallbacks = true;
  await page.goto(`${app.url}/auth/sign-in`);
  await signInAtProvider(page, login);
  await page.waitForLoadState();
  const callback = (await page.locator('body').textContent()) ?? '';
  provider.holdCallbacks = false;
  expect(callback.startsWith(`${app.url}/auth/callback?`)).toBe(true);
  const cookies = await context.cookies(app.url);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await context.close();
  return { url: new URL(callback), cookie };
}

const visit = (url: URL | string, cookie: string) => fetch(url, { headers: { cookie }, redirect: 'manual' });
const sessionSet = (r: Response) => r.headers.getSetCookie().some((c) => /^__Host-sb_session=[^;]/.test(c));

describe('sign-in through an OpenID provider', () => {
  it('goes to the provider and back, and the API accepts the ID token; sign-out ends both sessions', async () => {
    const { context, page } = await newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(page.url().startsWith(provider.issuer)).toBe(true);
    await signInAtProvider(page, 'la:E08000025');
    await page.waitForURL(`${app.url}/requests`);
    // The requests page is read from the API with the provider's ID token.
    expect(await page.locator('.sb-signed-in').textContent()).toContain('Birmingham (local authority)');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/requests/i);

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The provider asks to confirm ending its own session, then sends the browser back.
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL(`${app.url}/signed-out`);
    expect(await page.locator('main').textContent()).toContain('You have signed out');
    await page.goto(`${app.url}/requests`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // Signed out at the provider too: it asks for the login again.
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('input[name="login"]').count()).toBe(1);
    await context.close();
  });

  it('refuses a tampered state, a tampered code and a callback this browser never started', async () => {
    const first = await callbackFor('coordinator');
    const badState = new URL(first.url);
    badState.searchParams.set('state', `${first.url.searchParams.get('state')}x`);
    const r1 = await visit(badState, first.cookie);
    expect(r1.status).toBe(400);
    expect(sessionSet(r1)).toBe(false);

    const second = await callbackFor('coordinator');
    const badCode = new URL(second.url);
    badCode.searchParams.set('code', `${second.url.searchParams.get('code')}x`);
    const r2 = await visit(badCode, second.cookie);
    expect(r2.status).toBe(400);
    expect(sessionSet(r2)).toBe(false);

    const third = await callbackFor('coordinator');
    const r3 = await visit(third.url, '');
    expect(r3.status).toBe(400);
    expect(sessionSet(r3)).toBe(false);
  });

  it('refuses a code carried into another browser’s sign-in (PKCE), and a code used twice', async () => {
    const stolen = await callbackFor('coordinator');
    // The victim's own flow: its state and sealed verifier, but the attacker's code.
    const start = await fetch(`${app.url}/auth/sign-in`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const victimCookie = (start.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const swapped = new URL(stolen.url);
    swapped.searchParams.set('state', state);
    const r = await visit(swapped, victimCookie);
    expect(r.status).toBe(400);
    expect(sessionSet(r)).toBe(false);

    const honest = await callbackFor('coordinator');
    const ok = await visit(honest.url, honest.cookie);
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/board');
    expect(sessionSet(ok)).toBe(true);
    const again = await visit(honest.url, honest.cookie);
    expect(again.status).toBe(400);
  });
});
