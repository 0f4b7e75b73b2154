/**
 * The console's HTTP behaviour, checked without a browser: headers, cookies, CSRF, sign-in and
 * sign-out, scoping (the API's 404s) and static assets. Sessions across instances, timeouts and
 * floods: console-sessions.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, requestBody, testApp } from '../support/app.js';
import { Visitor } from '../support/visitor.js';

let app: App;

beforeAll(async () => {
  app = await testApp();
});

afterAll(async () => {
  await app?.stop();
});

const visitor = () => new Visitor(app.url);

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

  it('keeps the session in a __Host- cookie (Secure, HttpOnly, SameSite=Lax), new on sign-in', async () => {
    const v = visitor();
    await v.read('/sign-in');
    expect(v.jar.has('__Host-sb_session')).toBe(false);
    const r = await v.post('/sign-in', { _csrf: v.csrf, role: 'coordinator' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/board');
    const set = v.lastSetCookies.find((c) => c.startsWith('__Host-sb_session=')) ?? '';
    for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/'])
      expect(set.split('; ')).toContain(attribute);
    expect(set).not.toMatch(/Domain=/i);
    const first = v.jar.get('__Host-sb_session');
    await v.signIn('coordinator');
    expect(v.jar.get('__Host-sb_session')).not.toBe(first);
  });

  it('refuses a sign-in form whose token does not match its signed double-submit cookie', async () => {
    const v = visitor();
    await v.read('/sign-in');
    const token = v.csrf;
    expect(v.jar.get('__Host-sb_csrf')).toBe(token);
    const stranger = visitor();
    // Another browser's valid pair is no use without its cookie...
    expect((await stranger.post('/sign-in', { _csrf: token, role: 'coordinator' })).status).toBe(403);
    // ...and a pair made up by the attacker fails the signature.
    const [nonce] = token.split('.');
    const forged = `${nonce}.${'A'.repeat(43)}`;
    stranger.jar.set('__Host-sb_csrf', forged);
    expect((await stranger.post('/sign-in', { _csrf: forged, role: 'coordinator' })).status).toBe(403);
    expect(stranger.jar.has('__Host-sb_session')).toBe(false);
    expect((await v.post('/sign-in', { _csrf: token, role: 'coordinator' })).status).toBe(303);
  });

  it('ties the CSRF token to the session: another session’s token is refused', async () => {
    const created = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody());
    const a = visitor();
    const b = visitor();
    await a.signIn('la', 'E08000025');
    await b.signIn('la', 'E08000025');
    const r = await a.post(`/requests/${created.body.id}/withdraw`, { _csrf: b.csrf });
    expect(r.status).toBe(403);
    expect((await as(app, 'la', 'E08000025').get(`/v1/requests/${created.body.id}`)).body.status).toBe(
      'open',
    );
  });

  it('sends signed-out visitors to sign in', async () => {
    const r = await fetch(`${app.url}/requests`, { redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/sign-in');
  });

  it('refuses a form without the session’s CSRF token, and changes nothing', async () => {
    const created = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody());
    const v = visitor();
    await v.signIn('la', 'E08000025');
    const forged = await v.post(`/requests/${created.body.id}/withdraw`, { _csrf: 'not-the-token' });
    expect(forged.status).toBe(403);
    const missing = await v.post(`/requests/${created.body.id}/withdraw`, {});
    expect(missing.status).toBe(403);
    const after = await as(app, 'la', 'E08000025').get(`/v1/requests/${created.body.id}`);
    expect(after.body.status).toBe('open');
  });

  it('refuses a form posted from another origin, even with the token: scheme, host and port all count', async () => {
    const created = await as(app, 'la', 'E08000025').post('/v1/requests', requestBody());
    const v = visitor();
    await v.signIn('la', 'E08000025');
    const here = new URL(app.url);
    const others = [
      'https://elsewhere.example',
      `https://${here.host}`,
      `http://${here.hostname}:${Number(here.port) + 1}`,
      `http://${here.host}.elsewhere.example`,
    ];
    for (const origin of others) {
      const r = await v.post(`/requests/${created.body.id}/withdraw`, { _csrf: v.csrf }, { origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await as(app, 'la', 'E08000025').get(`/v1/requests/${created.body.id}`)).body.status).toBe(
      'open',
    );
  });

  it('shows another local authority’s request as not found, as the API does', async () => {
    const theirs = await as(app, 'la', 'E08000035').post(
      '/v1/requests',
      requestBody({ homeLaCode: 'E08000035' }),
    );
    const v = visitor();
    await v.signIn('la', 'E08000025');
    const r = await v.get(`/requests/${theirs.body.id}`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Page not found');
  });

  it('turns a page away from a role that may not use it', async () => {
    const v = visitor();
    await v.signIn('commissioner', 'DfE');
    const r = await v.get('/board');
    expect(r.status).toBe(403);
  });

  it('ends the session on sign-out', async () => {
    const v = visitor();
    await v.signIn('coordinator');
    const old = v.cookie;
    const r = await v.post('/sign-out', { _csrf: v.csrf });
    expect(r.headers.get('location')).toBe('/signed-out');
    expect(v.jar.has('__Host-sb_session')).toBe(false);
    expect(await v.read('/signed-out')).toContain('You have signed out');
    const again = await fetch(`${app.url}/board`, { headers: { cookie: old }, redirect: 'manual' });
    expect(again.headers.get('location')).toBe('/sign-in');
  });

  it('serves govuk-frontend’s assets with a year’s cache, and nothing outside them', async () => {
    const css = await fetch(`${app.url}/assets/govuk-frontend.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await (await fetch(`${app.url}/sign-in`)).text();
    const hashed = /href="(\/assets\/[0-9a-f]{12}\/console\.css)"/.exec(page)?.[1];
    expect(hashed).toBeTruthy();
    const ours = await fetch(`${app.url}${hashed}`);
    expect(ours.status).toBe(200);
    expect(ours.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
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
