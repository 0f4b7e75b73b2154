import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { streamBeds } from '../../shared/data/register.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { as, type Client, fixtureUnitsWithBeds, requestBody, testApp } from '../support/app.js';
import { added, expectOneHoldForOneKey, snapshot } from '../support/hardening.js';
import { IDEMPOTENCY_SAMPLES } from '../support/idempotency-samples.js';
import { newRequest } from '../support/journey.js';

/**
 * A POST that creates or changes something may be retried by a client that never saw the
 * answer (a timeout, a dropped connection). Each must take an Idempotency-Key, so that the
 * retry gets the first answer instead of doing the work twice, and a key reused for a
 * different body is refused rather than quietly answered with someone else's outcome.
 */

let app: App;
let coordinator: Client;
const ROOMY = fixtureUnitsWithBeds(['fx-leeds'], streamBeds({ welfare: 30, justice: 2 }));

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600 });
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

const name = (def: RouteDef) => `${def.method} ${def.path}`;
const key = () => ({ 'idempotency-key': `idem-${randomUUID()}` });
const sampleOf = (def: RouteDef) =>
  (IDEMPOTENCY_SAMPLES[name(def)] as NonNullable<(typeof IDEMPOTENCY_SAMPLES)[string]>)(coordinator);

const POSTS = ROUTES.filter((r) => r.method === 'POST' && !r.localOnly).map((r) => [name(r), r] as const);
const IDEMPOTENT = ROUTES.filter((r) => r.idempotent).map((r) => [name(r), r] as const);

describe('every POST that creates or changes state takes an Idempotency-Key', () => {
  it.each(POSTS)('%s is declared idempotent in the route table', (_name, def) => {
    expect(def.idempotent, `${name(def)}: add idempotent: true`).toBe(true);
  });

  it.each(IDEMPOTENT)('%s has a sample here, so that its retries are tested', (_name, def) => {
    expect(
      IDEMPOTENCY_SAMPLES[name(def)],
      `add ${name(def)} to tests/support/idempotency-samples.ts`,
    ).toBeDefined();
  });
});

describe('a retry with the same key', () => {
  it.each(IDEMPOTENT)(
    '%s answers a retry with the first answer and does the work once',
    async (_name, def) => {
      const sample = await sampleOf(def);
      const headers = key();
      const before = await snapshot(app);
      const first = await coordinator.post(sample.path, sample.bodies?.[0], headers);
      expect(first.status, first.text).toBeLessThan(300);
      const once = await snapshot(app);
      const retry = await coordinator.post(sample.path, sample.bodies?.[0], headers);
      expect(retry.status).toBe(first.status);
      expect(retry.body).toEqual(first.body);
      expect(await snapshot(app)).toEqual(once);
      expect(added(before, once).length).toBeGreaterThan(0);
    },
  );

  it.each(IDEMPOTENT.filter(([, def]) => !!def.body))(
    '%s refuses the key reused with a different body: 422 idempotency_key_reused, nothing changed',
    async (_name, def) => {
      const sample = await sampleOf(def);
      const [body, other] = sample.bodies as [unknown, unknown];
      const headers = key();
      const first = await coordinator.post(sample.path, body, headers);
      expect(first.status, first.text).toBeLessThan(300);
      const before = await snapshot(app);
      const reused = await coordinator.post(sample.path, other, headers);
      expect(reused.status, reused.text).toBe(422);
      expect(reused.body.code).toBe('idempotency_key_reused');
      expect(reused.headers.get('content-type')).toBe('application/problem+json');
      expect(await snapshot(app)).toEqual(before);
    },
  );
});

describe('what a key can and cannot reach', () => {
  it('another organisation reusing the same key and body gets its own outcome, never the first caller’s', async () => {
    const body = requestBody({ homeLaCode: 'E08000025' });
    const headers = key();
    const mine = await as(app, 'la', 'E08000025').post('/v1/requests', body, headers);
    const theirs = await as(app, 'la', 'E09000001').post('/v1/requests', body, headers);
    expect(mine.status).toBe(201);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.body.laCode).toBe('E09000001');
  });

  it('the same key on another record is a new request, not a replay', async () => {
    const headers = key();
    const a = await coordinator.post(
      `/v1/requests/${await newRequest(coordinator)}/withdraw`,
      { outcome: 'no_longer_needed' },
      headers,
    );
    const b = await coordinator.post(
      `/v1/requests/${await newRequest(coordinator)}/withdraw`,
      { outcome: 'no_longer_needed' },
      headers,
    );
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('ten concurrent retries of one hold with one key take one bed and all see the same hold', async () => {
    await expectOneHoldForOneKey(app, coordinator, await newRequest(coordinator), 10);
  });
});
