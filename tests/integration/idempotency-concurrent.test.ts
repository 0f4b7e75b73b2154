import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { streamBeds } from '../../shared/data/register.js';
import { ROUTES } from '../../shared/http/routes.js';
import type { RouteDef } from '../../shared/http/types.js';
import { as, type Client, fixtureUnitsWithBeds, testApp } from '../support/app.js';
import { added, expectConsistent, snapshot } from '../support/hardening.js';
import { IDEMPOTENCY_SAMPLES, type IdempotencySample } from '../support/idempotency-samples.js';

/**
 * Every keyed route commits its idempotency record in its own transaction (decisions 0010, 0012),
 * so concurrent retries of one call with one key race on the record's condition: exactly one
 * makes the change, and every other one answers as that one did. No call is told "in progress".
 * Real concurrent requests against DynamoDB Local, one route family at a time.
 */

let app: App;
let coordinator: Client;
const ROOMY = fixtureUnitsWithBeds(['fx-leeds', 'fx-exeter'], streamBeds({ welfare: 40, justice: 4 }));

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600 });
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(() => app.stop());

const name = (def: RouteDef) => `${def.method} ${def.path}`;
const key = () => ({ 'idempotency-key': `conc-${randomUUID()}` });
const sampleOf = (def: RouteDef): Promise<IdempotencySample> =>
  (IDEMPOTENCY_SAMPLES[name(def)] as NonNullable<(typeof IDEMPOTENCY_SAMPLES)[string]>)(coordinator);

/** What a call added, as kinds of item (an audit event by its action): one change has one signature. */
const signature = (items: Record<string, unknown>[]) =>
  items.map((i) => (i.type === 'audit' ? `audit:${i.action}` : String(i.type))).sort();

const KEYED = ROUTES.filter((r) => r.idempotent).map((r) => [name(r), r] as const);
const CALLS = 8;

describe('concurrent retries with one key', () => {
  it.each(KEYED)('%s: one change, and every call answers it', async (_name, def) => {
    // What one call adds, to compare the burst with.
    const alone = await sampleOf(def);
    const before1 = await snapshot(app);
    const single = await coordinator.post(alone.path, alone.bodies?.[0], key());
    expect(single.status, single.text).toBeLessThan(300);
    const one = signature(added(before1, await snapshot(app)));
    expect(one.length).toBeGreaterThan(0);

    const sample = await sampleOf(def);
    const headers = key();
    const before = await snapshot(app);
    const answers = await Promise.all(
      Array.from({ length: CALLS }, () => coordinator.post(sample.path, sample.bodies?.[0], headers)),
    );
    expect(signature(added(before, await snapshot(app)))).toEqual(one);
    const [first] = answers;
    for (const a of answers) {
      expect(a.status, a.text).toBe(single.status);
      expect(a.body).toEqual(first?.body);
    }
    await expectConsistent(app, new Date());
  });

  it.each(KEYED.filter(([, def]) => !!def.body))(
    '%s: one key with two bodies at once: one change; the other body answers 422',
    async (_name, def) => {
      const sample = await sampleOf(def);
      const [a, b] = sample.bodies as [unknown, unknown];
      const headers = key();
      const answers = await Promise.all(
        Array.from({ length: CALLS }, (_, i) => coordinator.post(sample.path, i % 2 ? b : a, headers)),
      );
      const won = answers.filter((r) => r.status < 300);
      expect(won.length).toBeGreaterThan(0);
      const refused = answers.filter((r) => r.status === 422);
      expect(won.length + refused.length, answers.map((r) => r.text).join('\n')).toBe(CALLS);
      // The winning body's calls all answer its one outcome; the other body's are all refused.
      const winner = answers.indexOf(won[0] as (typeof answers)[number]) % 2;
      answers.forEach((r, i) => {
        if (i % 2 === winner) expect(r.body).toEqual(won[0]?.body);
        else expect(r.body.code).toBe('idempotency_key_reused');
      });
      await expectConsistent(app, new Date());
    },
  );
});
