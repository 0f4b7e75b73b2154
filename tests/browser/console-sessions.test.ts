/**
 * Console sessions live in the table: any instance serves any user, a restart signs nobody out,
 * idle and absolute timeouts hold, anonymous visitors cost nothing and can push no one out, and
 * console pages are rate-limited like the API.
 */
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

  it('are not made for anonymous visitors: a flood of them writes nothing and signs nobody out', async () => {
    const v = new Visitor(a.url);
    await v.signIn('coordinator');
    const before = await sessionItems(a);
    const flood = Array.from({ length: 300 }, (_, i) =>
      fetch(`${a.url}${i % 2 ? '/sign-in' : '/board'}`, { redirect: 'manual' }).then((r) => r.status),
    );
    const statuses = await Promise.all(flood);
    expect(new Set(statuses)).toEqual(new Set([200, 303]));
    expect(await sessionItems(a)).toBe(before);
    expect((await v.get('/board')).status).toBe(200);
  });
});

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

  it('turns a flood of page requests away with 429 and Retry-After, as the API does', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`${app.url}/sign-in`, { redirect: 'manual' })),
    );
    const limited = statuses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.headers.get('retry-after')).toBeTruthy();
  });
});
