import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { Router } from '../../shared/http/router.js';
import { as, requestBody, testApp } from '../support/app.js';

/**
 * The local server's admission gate (scripts/admission.ts): more concurrent requests than it lets
 * in at once are all answered, in turn, and never more than its limit reach the router together.
 * The router is watched from outside the gate, and can be held shut by the test, so that what is
 * queued and what is in flight are seen deterministically, without timing anything.
 */

/** Requests reach the server when the machine lets them: wait for what must happen, however long. */
const PATIENT = { timeout: 30_000, interval: 20 };

/** Counts the calls inside the router, and holds each one at the door while `shut` is set. */
function watched() {
  const state = { inside: 0, peak: 0, shut: false, open: [] as (() => void)[] };
  const wrap = (router: Router): Router => ({
    routes: router.routes,
    async handle(event) {
      state.inside++;
      state.peak = Math.max(state.peak, state.inside);
      try {
        // GET /health is let through: the test checks it passes a full gate.
        if (state.shut && event.path !== '/health')
          await new Promise<void>((resolve) => state.open.push(resolve));
        return await router.handle(event);
      } finally {
        state.inside--;
      }
    },
  });
  const release = () => {
    state.shut = false;
    for (const go of state.open.splice(0)) go();
  };
  return { state, wrap, release };
}

describe('admission: a bounded number of requests in flight, the rest queued', () => {
  const w = watched();
  let app: App;
  beforeAll(async () => {
    app = await testApp({ admission: { inFlight: 3, queue: 100 }, apiRouter: w.wrap });
  });
  afterAll(() => app.stop());

  it('answers every one of 12 concurrent creates, with at most 3 in the router at once', async () => {
    const la = as(app, 'la', 'E08000025');
    await la.auth(); // the token first: /local/token passes the gate too
    w.state.peak = 0;
    w.state.shut = true;
    const bodies = Array.from({ length: 12 }, () => requestBody());
    const answers = Promise.all(bodies.map((b) => la.post('/v1/requests', b)));
    // Three are let in (and held there by the test); the other nine wait in the gate's queue.
    await expect.poll(() => w.state.inside, PATIENT).toBe(3);
    await expect.poll(() => app.admission?.queued, PATIENT).toBe(9);
    expect(w.state.inside).toBe(3);
    w.release();
    const done = await answers;
    expect(done.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect(w.state.peak).toBe(3);
    expect(app.admission?.peakInFlight).toBe(3);
    expect(app.admission?.queued).toBe(0);
    expect(app.admission?.inFlight).toBe(0);
    // Each one made its request, once.
    const mine = await la.get('/v1/requests?limit=100');
    const refs = new Set(bodies.map((b) => b.childRef));
    const made = (mine.body.items as { childRef: string }[]).filter((r) => refs.has(r.childRef));
    expect(made).toHaveLength(12);
  });

  it('answers GET /health at once while the gate is full', async () => {
    const la = as(app, 'la', 'E08000025');
    await la.auth();
    w.state.shut = true;
    const waiting = Promise.all(Array.from({ length: 5 }, () => la.get('/v1/requests?limit=1')));
    await expect.poll(() => app.admission?.queued, PATIENT).toBe(2);
    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(200);
    w.release();
    expect((await waiting).map((r) => r.status)).toEqual(Array(5).fill(200));
  });
});

describe('admission: a full queue is said at once, as a 503 with Retry-After', () => {
  const w = watched();
  let app: App;
  beforeAll(async () => {
    app = await testApp({ admission: { inFlight: 1, queue: 2 }, apiRouter: w.wrap });
  });
  afterAll(() => app.stop());

  it('refuses what does not fit in the queue and answers the rest', async () => {
    const la = as(app, 'la', 'E08000025');
    await la.auth();
    w.state.shut = true;
    // One in the router, two queued: the gate is full.
    const admitted = Promise.all(Array.from({ length: 3 }, () => la.get('/v1/requests?limit=1')));
    await expect.poll(() => w.state.inside, PATIENT).toBe(1);
    await expect.poll(() => app.admission?.queued, PATIENT).toBe(2);
    const refused = await la.get('/v1/requests?limit=1');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body).toMatchObject({ status: 503, code: 'unavailable' });
    w.release();
    expect((await admitted).map((r) => r.status)).toEqual([200, 200, 200]);
  });
});
