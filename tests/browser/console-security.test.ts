/**
 * The console's HTTP behaviour, checked without a browser: headers, cookies, CSRF, sign-in and
 * sign-out, scoping (the API's 404s) and static assets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';

let app: App;

beforeAll(async () => {
  app = await testApp();
});

afterAll(async () => {
  await app?.stop();
});

const cookieOf = (r: Response) => (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** A browser in miniature: one cookie, and the CSRF token of the last page it read. */
class Visitor {
  cookie = '';
  csrf = '';

  async get(path: string): Promise<Response> {
    const r = await fetch(`${app.url}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' });
    if (r.headers.get('set-cookie')) this.cookie = cookieOf(r);
    return r;
  }

  async read(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    this.csrf = csrfIn(html) || this.csrf;
    return html;
  }

  async post(
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const r = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    if (r.headers.get('set-cookie')) this.cookie = cookieOf(r);
    return r;
  }

  async signIn(role: string, org?: string): Promise<void> {
    await this.read('/sign-in');
    let r = await this.post('/sign-in', { _csrf: this.csrf, role });
    if (org) r = await this.post(r.headers.get('location') ?? '', { _csrf: this.csrf, org });
    // The new session has its own token: read it from the page signing in led to.
    await this.read(r.headers.get('location') ?? '/');
  }
}

describe('the console over HTTP', () => {
  it('sends the security headers, and lets only its own nonce-carrying inline script run', async () => {
    const r = await fetch(`${app.url}/sign-in`);
    const html = await r.text();
    const csp = r.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag.includes(`nonce="${nonce}"`) || tag.includes(' src=')).toBe(true);
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the session in an HttpOnly, SameSite=Strict cookie, replaced on sign-in', async () => {
    const v = new Visitor();
    await v.read('/sign-in');
    const before = v.cookie;
    const r = await v.post('/sign-in', { _csrf: v.csrf, role: 'coordinator' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/board');
    const set = r.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Strict/);
    expect(v.cookie).not.toBe(before);
  });

  it('sends signed-out visitors to sign in', async () => {
    const r = await fetch(`${app.url}/requests`, { redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/sign-in');
  });

  it('refuses a form without the session’s CSRF token, and changes nothing', async () => {
    const created = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody());
    const v = new Visitor();
    await v.signIn('la', 'E08000025');
    const forged = await v.post(`/requests/${created.body.id}/withdraw`, { _csrf: 'not-the-token' });
    expect(forged.status).toBe(403);
    const missing = await v.post(`/requests/${created.body.id}/withdraw`, {});
    expect(missing.status).toBe(403);
    const after = await as(app, 'la', 'E08000025').get(`/v1/requests/${created.body.id}`);
    expect(after.body.status).toBe('open');
  });

  it('refuses a form posted from another site, even with the token', async () => {
    const created = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody());
    const v = new Visitor();
    await v.signIn('la', 'E08000025');
    const r = await v.post(
      `/requests/${created.body.id}/withdraw`,
      { _csrf: v.csrf },
      { origin: 'https://elsewhere.example' },
    );
    expect(r.status).toBe(403);
    expect((await as(app, 'la', 'E08000025').get(`/v1/requests/${created.body.id}`)).body.status).toBe(
      'open',
    );
  });

  it('shows another local authority’s request as not found, as the API does', async () => {
    const theirs = await as(app, 'la', 'E08000035').post(
      '/v1/requests',
      requestBody({ homeLaCode: 'E08000035' }),
    );
    const v = new Visitor();
    await v.signIn('la', 'E08000025');
    const r = await v.get(`/requests/${theirs.body.id}`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Page not found');
  });

  it('turns a page away from a role that may not use it', async () => {
    const v = new Visitor();
    await v.signIn('commissioner', 'DfE');
    const r = await v.get('/board');
    expect(r.status).toBe(403);
  });

  it('ends the session on sign-out', async () => {
    const v = new Visitor();
    await v.signIn('coordinator');
    const old = v.cookie;
    const r = await v.post('/sign-out', { _csrf: v.csrf });
    expect(r.headers.get('location')).toBe('/sign-in');
    const again = await fetch(`${app.url}/board`, { headers: { cookie: old }, redirect: 'manual' });
    expect(again.headers.get('location')).toBe('/sign-in');
  });

  it('serves govuk-frontend’s assets with a year’s cache, and nothing outside them', async () => {
    const css = await fetch(`${app.url}/assets/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const font = await fetch(`${app.url}/assets/fonts/bold-b542beb274-v2.woff2`);
    expect(font.status).toBe(200);
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/nope.js']) {
      expect((await fetch(`${app.url}${path}`)).status).toBe(404);
    }
  });

  it('leaves the API’s own paths to the API', async () => {
    const r = await fetch(`${app.url}/v1/units`);
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
  });
});
