import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { streamBeds } from '../../shared/data/register.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { as, type Client, fixtureUnitsWithBeds, testApp } from '../support/app.js';
import { holdFirstKeyedTransaction } from '../support/faults.js';
import { added, expectConsistent, snapshot } from '../support/hardening.js';
import { IDEMPOTENCY_SAMPLES, type IdempotencySample } from '../support/idempotency-samples.js';

/**
 * SPEC: the same Idempotency-Key "while the first call is still running" answers 409
 * `idempotency_in_progress` with `Retry-After`. Since decision 0012 the first call's only trace
 * while it runs is its transaction, which holds the key's record item: DynamoDB cancels a twin's
 * transaction with TransactionConflict on that item. The store retries a twin for a while (a
 * transaction that is committing ends within milliseconds, and then its answer is the twin's:
 * idempotency-concurrent.test.ts); here the first call is held just before its transaction is
 * sent, so it is still running for as long as the test likes, and DynamoDB's conflict is injected
 * at the SDK's middleware. Every keyed route, each against a real DynamoDB Local.
 */

let app: App;
let coordinator: Client;
const ROOMY = fixtureUnitsWithBeds(['fx-leeds', 'fx-exeter'], streamBeds({ welfare: 40, justice: 4 }));

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600, storeTimeouts: { twinMs: 300 } });
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

const name = (def: RouteDef) => `${def.method} ${def.path}`;
const key = () => ({ 'idempotency-key': `busy-${randomUUID()}` });
const sampleOf = (def: RouteDef): Promise<IdempotencySample> =>
  (IDEMPOTENCY_SAMPLES[name(def)] as NonNullable<(typeof IDEMPOTENCY_SAMPLES)[string]>)(coordinator);

/** What a call added, as kinds of item (an audit event by its action): one change has one signature. */
const signature = (items: Record<string, unknown>[]) =>
  items.map((i) => (i.type === 'audit' ? `audit:${i.action}` : String(i.type))).sort();

const KEYED = ROUTES.filter((r) => r.idempotent).map((r) => [name(r), r] as const);

describe('a retry while the first call with its key is still running', () => {
  it.each(KEYED)(
    '%s: 409 idempotency_in_progress with Retry-After, then the first call’s answer, one change',
    async (_name, def) => {
      // What one call adds, to compare with.
      const alone = await sampleOf(def);
      const before1 = await snapshot(app);
      const single = await coordinator.post(alone.path, alone.bodies?.[0], key());
      expect(single.status, single.text).toBeLessThan(300);
      const one = signature(added(before1, await snapshot(app)));

      const sample = await sampleOf(def);
      const headers = key();
      const before = await snapshot(app);
      const held = holdFirstKeyedTransaction(app);
      try {
        const first = coordinator.post(sample.path, sample.bodies?.[0], headers);
        await held.arrived;
        const twin = await coordinator.post(sample.path, sample.bodies?.[0], headers);
        expect(twin.status, twin.text).toBe(409);
        expect(twin.headers.get('content-type')).toBe('application/problem+json');
        expect(twin.body.code).toBe('idempotency_in_progress');
        expect(Number(twin.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        // The twin's transaction really met the running one's record (not some other refusal).
        expect(held.state.conflicts).toBeGreaterThan(0);
        // Nothing of the twin's is in the table: the first call has not committed either.
        expect(added(before, await snapshot(app))).toEqual([]);

        held.release();
        const done = await first;
        expect(done.status, done.text).toBe(single.status);
        const retry = await coordinator.post(sample.path, sample.bodies?.[0], headers);
        expect(retry.status, retry.text).toBe(done.status);
        expect(retry.body).toEqual(done.body);
      } finally {
        held.release();
        held.remove();
      }
      expect(signature(added(before, await snapshot(app)))).toEqual(one);
      await expectConsistent(app, new Date());
    },
  );
});
