import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, startApp } from '../../scripts/app.js';
import { type DynamoLocal, startDynamoLocal } from '../../scripts/dynamo-local.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { as, type Client, FIXTURE_UNITS, freshTable, type Res } from '../support/app.js';
import { expectConsistent, snapshot } from '../support/hardening.js';
import { newHold, newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * The store stalls: its process is frozen with SIGSTOP, so connections stay open and nothing
 * answers (a GC pause, a network partition, an overloaded node). The API must stay bounded:
 * every call answers 503 `unavailable` with Retry-After while the store is still frozen, and
 * /health says 503. Then the store is resumed (SIGCONT) and a recount shows nothing lost or
 * doubled. This file starts its own DynamoDB Local: freezing the run's shared one would stall
 * every other test file.
 *
 * No clock is asserted: the proof of "bounded" is that every answer arrives before the test
 * resumes the store. Without the limits the calls would wait for the resume that never comes,
 * and the test would time out.
 */

let dynamo: DynamoLocal;
/** Sets the scene and recounts, with the run's generous limits (a busy machine is not a stall). */
let calm: App;
/** The app under test, over the same table, with short limits. */
let app: App;
let setupLa: Client;
let la: Client;
let provider: Client;
const UNIT = 'fx-leeds';
const UNITS = FIXTURE_UNITS.map((u) => u.id);
const ROOMY: SeedUnit[] = FIXTURE_UNITS.map((u) =>
  u.id === UNIT ? { ...u, beds: streamBeds({ welfare: 20 }) } : u,
);

beforeAll(async () => {
  dynamo = await startDynamoLocal();
  const tableName = freshTable();
  const common = {
    endpoint: dynamo.endpoint,
    tableName,
    port: 0,
    logLevel: 'SILENT',
    sweepEverySeconds: 3600,
  } as const;
  calm = await startApp({ ...common, seed: ROOMY, seedProfile: 'free' });
  // Short limits, so the test is quick; the defaults are tighter than API Gateway's 29 s too.
  app = await startApp({
    ...common,
    seed: false,
    storeTimeouts: { connectMs: 1000, attemptMs: 1500, attempts: 2, budgetMs: 3000, healthMs: 2000 },
  });
  setupLa = as(calm, 'la', 'E08000025');
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'fx-provider-a');
  // Tokens come from a local route that does not touch the store; get them before the freeze.
  await Promise.all([la.auth(), provider.auth()]);
});
afterAll(async () => {
  dynamo?.resume();
  await app?.stop();
  await calm?.stop();
  await dynamo?.stop();
});

function expectUnavailable(r: Res, what: string) {
  expect(r.status, `${what}: ${r.text}`).toBe(503);
  expect(r.headers.get('content-type'), what).toBe('application/problem+json');
  expect(r.body.code, what).toBe('unavailable');
  expect(Number(r.headers.get('retry-after')), what).toBeGreaterThanOrEqual(1);
}

/** Retries as a client would: honours 503 and 409 `idempotency_in_progress`, waiting Retry-After. */
async function untilSettled(call: () => Promise<Res>, tries = 40): Promise<Res> {
  for (let i = 1; ; i++) {
    const r = await call();
    const retryable = r.status === 503 || (r.status === 409 && r.body.code === 'idempotency_in_progress');
    if (!retryable || i >= tries) return r;
    await new Promise((resolve) => setTimeout(resolve, Number(r.headers.get('retry-after') ?? 1) * 1000));
  }
}

describe('a stalled store (DynamoDB Local frozen with SIGSTOP)', () => {
  it('answers 503 with Retry-After while frozen, health 503, and recovers with nothing lost or doubled', async () => {
    const heldBefore = await newHold(setupLa, UNIT);
    const requestIds = await Promise.all(Array.from({ length: 6 }, () => newRequest(setupLa)));
    const keys = requestIds.map(() => `stall-${randomUUID()}`);
    const before = await snapshot(calm);
    expect((await untilSettled(() => la.get('/health'))).status).toBe(200);

    dynamo.pause();
    let answers: Res[];
    try {
      answers = await Promise.all([
        la.get('/health'),
        la.get('/v1/units?limit=5'),
        la.get(`/v1/holds/${heldBefore}`),
        provider.get(`/v1/units/${UNIT}/beds`),
        ...requestIds.map((requestId, i) =>
          la.post('/v1/holds', { requestId, unitId: UNIT }, { 'idempotency-key': keys[i] as string }),
        ),
      ]);
    } finally {
      dynamo.resume();
    }
    // Every one of these answered while the store was still frozen.
    const [health, ...rest] = answers;
    expectUnavailable(health as Res, 'GET /health');
    rest.forEach((r, i) => {
      expectUnavailable(r, `call ${i + 1}`);
    });

    // Resumed: healthy again, and nothing the frozen calls touched has changed.
    expect((await untilSettled(() => la.get('/health'))).status).toBe(200);
    expect(await snapshot(calm)).toEqual(before);

    // The clients retry with their keys (through the calm instance: a machine too busy for the
    // short limits is not the subject here): each request gets exactly one hold.
    const hold = (i: number) =>
      setupLa.post(
        '/v1/holds',
        { requestId: requestIds[i], unitId: UNIT },
        { 'idempotency-key': keys[i] as string },
      );
    const retried = await Promise.all(requestIds.map((_, i) => untilSettled(() => hold(i))));
    for (const r of retried) expect(r.status, r.text).toBe(201);
    const replays = await Promise.all(requestIds.map((_, i) => hold(i)));
    expect(replays.map((r) => r.body.id)).toEqual(retried.map((r) => r.body.id));

    // The recount: nothing lost (the hold from before the freeze, every retried hold), nothing doubled.
    const now = new Date();
    const items = await snapshot(calm);
    const holds = items.filter((i) => i.type === 'hold');
    expect(holds.map((h) => h.id).sort()).toEqual([heldBefore, ...retried.map((r) => r.body.id)].sort());
    expect(new Set(holds.map((h) => h.requestId)).size).toBe(holds.length);
    expect(items.filter((i) => i.type === 'audit' && i.action === 'hold.created')).toHaveLength(holds.length);
    expect(await readCounters(calm.store, UNITS, now)).toEqual(await recountBeds(calm.store, UNITS, now));
    expect(await doubleBookings(calm.store, UNITS, now)).toBe(0);
    await expectConsistent(calm, now, items);
  }, 180_000);
});
