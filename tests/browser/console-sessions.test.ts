/**
 * Console sessions live in the table: any instance serves any user, a restart signs nobody out,
 * idle and absolute timeouts hold, anonymous visitors cost nothing and can push no one out, and
 * console pages are rate-limited like the API.
 */
import { randomBytes } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { freshTable, testApp } from '../support/app.js';
import { Visitor } from '../support/visitor.js';

/** Console session items in an app's table. */
async function sessionItems(app: App): Promise<number> {
  const { Items } = await app.store.db.doc.send(
    new ScanCommand({
      TableName: app.store.db.tableName,
      FilterExpression: 'begins_with(pk, :p)',
      ExpressionAttributeValues: { ':p': 'SESSION#' },
    }),
  );
  return Items?.length ?? 0;
}

describe('sessions over one table', () => {
  const tableName = freshTable();
  let a: App;
  let b: App | undefined;

  beforeAll(async () => {
    a = await testApp({ tableName });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('are served by any instance, and survive the one that made them stopping', async () => {
    b = await testApp({ tableName, seed: false });
    const v = new Visitor(a.url);
    await v.signIn('la', 'E08000025');
    v.base = b.url;
    const onB = await v.get('/requests');
    expect(onB.status).toBe(200);
    expect(await onB.text()).toContain('Birmingham');

    // A restart: the instance that signed them in is gone, and they are still signed in.
    await a.stop();
    a = await testApp({ tableName, seed: false });
    v.base = a.url;
    await v.read('/requests');
    expect((await v.get('/requests')).status).toBe(200);

    // Signing out on one instance signs out everywhere.
    v.base = b.url;
    const cookie = v.cookie;
    expect((await v.post('/sign-out', { _csrf: v.csrf }, { origin: b.url })).status).toBe(303);
    const stale = await fetch(`${a.url}/requests`, { headers: { cookie }, redirect: 'manual' });
    expect(stale.headers.get('location')).toBe('/sign-in');
  });

  it('are not made for anonymous or badly signed-in visitors: 10,050 of them write nothing and sign nobody out', async () => {
    const v = new Visitor(a.url);
    await v.signIn('coordinator');
    const before = await sessionItems(a);
    // Issue 24's flood (10,050 anonymous GET /sign-in signed a coordinator out), with forged
    // session cookies and forged sign-in forms mixed in, a few dozen at a time.
    const kinds = badVisits(a.url);
    const statuses = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < FLOOD; i = next++) {
        const r = await (kinds[i % kinds.length] as () => Promise<Response>)();
        await r.arrayBuffer();
        const k = `${i % kinds.length}:${r.status}`;
        statuses.set(k, (statuses.get(k) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    // Every anonymous page is served, every forged cookie sent to sign in, every forged form refused.
    expect(Object.fromEntries(statuses)).toEqual({ '0:200': 3350, '1:303': 3350, '2:403': 3350 });
    expect(await sessionItems(a)).toBe(before);
    expect((await v.get('/board')).status).toBe(200);
  }, 300_000);
});

/** Issue 24's flood: 10,050 requests. */
const FLOOD = 10_050;

/**
 * Three kinds of visit that must cost nothing: an anonymous sign-in page, a page with a forged
 * session cookie, and a sign-in form with a forged double-submit token.
 */
function badVisits(url: string): (() => Promise<Response>)[] {
  const forged = () => `__Host-sb_session=${randomBytes(32).toString('base64url')}`;
  return [
    () => fetch(`${url}/sign-in`, { redirect: 'manual' }),
    () => fetch(`${url}/board`, { headers: { cookie: forged() }, redirect: 'manual' }),
    () =>
      fetch(`${url}/sign-in`, {
        method: 'POST',
        headers: {
          cookie: `__Host-sb_csrf=${randomBytes(16).toString('base64url')}.x`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ _csrf: 'forged', role: 'coordinator' }).toString(),
        redirect: 'manual',
      }),
  ];
}

describe('session timeouts', () => {
  let now = Date.parse('2026-03-02T02:00:00Z');
  let app: App;

  beforeAll(async () => {
    app = await testApp({ clock: () => new Date(now) });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('end a session left idle for an hour', async () => {
    const v = new Visitor(app.url);
    await v.signIn('coordinator');
    now += 59 * 60_000;
    expect((await v.get('/board')).status).toBe(200);
    now += 59 * 60_000;
    expect((await v.get('/board')).status).toBe(200);
    now += 61 * 60_000;
    const r = await v.get('/board');
    expect(r.headers.get('location')).toBe('/sign-in');
    expect(v.jar.has('__Host-sb_session')).toBe(false);
  });

  it('end even a busy session twelve hours after sign-in', async () => {
    const v = new Visitor(app.url);
    await v.signIn('coordinator');
    // Thirteen visits 55 minutes apart: never idle for an hour, 11 h 55 min signed in.
    for (let visit = 0; visit < 13; visit++) {
      now += 55 * 60_000;
      expect((await v.get('/board')).status).toBe(200);
    }
    now += 10 * 60_000;
    expect((await v.get('/board')).headers.get('location')).toBe('/sign-in');
  });

  it('ask for sign-in again, changing nothing, when a form arrives after the session ended', async () => {
    const v = new Visitor(app.url);
    await v.signIn('coordinator');
    now += 2 * 3600_000;
    const r = await v.post('/sign-out', { _csrf: v.csrf });
    expect(r.status).toBe(401);
    expect(await r.text()).toContain('You need to sign in again');
  });
});

describe('console rate limit', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp({ rateLimit: 5 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('turns a flood of page requests away with 429 and Retry-After, as the API does, forged cookies and forms too', async () => {
    const kinds = badVisits(app.url);
    const answers = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const r = await (kinds[i % kinds.length] as () => Promise<Response>)();
        await r.arrayBuffer();
        return { kind: i % kinds.length, status: r.status, retryAfter: r.headers.get('retry-after') };
      }),
    );
    const limited = answers.filter((r) => r.status === 429);
    // Every kind is counted by the same per-address bucket, before any session or form is read.
    expect(new Set(limited.map((r) => r.kind))).toEqual(new Set([0, 1, 2]));
    for (const r of limited) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
