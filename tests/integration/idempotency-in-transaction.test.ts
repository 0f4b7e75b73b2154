import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { streamBeds } from '../../shared/data/register.js';
import { ROUTES } from '../../shared/http/routes.js';
import {
  AlreadyAnswered,
  hashOf,
  idempotencyRecordPut,
  readIdempotencyRecord,
} from '../../shared/store/idempotency.js';
import type { Store } from '../../shared/store/index.js';
import { IDEMPOTENCY_PK } from '../../shared/store/keys.js';
import { as, type Client, fixtureUnitsWithBeds, testApp, testStore } from '../support/app.js';
import { added, expectConsistent, expectOneHoldForOneKey, snapshot } from '../support/hardening.js';
import { IDEMPOTENCY_SAMPLES } from '../support/idempotency-samples.js';
import { newOffer, newRequest } from '../support/journey.js';

/**
 * Every keyed route writes its idempotency record inside its own transaction (decisions 0010,
 * 0012; the hold and the referral acceptance first, in detail here): the record and the change commit together or not at all, the
 * look-up of an earlier answer rides with the first reads, and the record's condition, not an
 * "in progress" marker, lets exactly one call per key commit.
 */

let app: App;
let la: Client;
let provider: Client;
const ROOMY = fixtureUnitsWithBeds(['fx-leeds'], streamBeds({ welfare: 30, justice: 2 }));

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600 });
  la = as(app, 'coordinator', 'national');
  provider = la;
});
afterAll(() => app.stop());

const key = () => ({ 'idempotency-key': `tx-${randomUUID()}` });

type Handler = (args: { input: Record<string, unknown> }) => Promise<unknown>;

/** Every command the app's DynamoDB client sends while `act` runs (the store's and any layer's own). */
async function commandsOf<T>(
  act: () => Promise<T>,
): Promise<{ result: T; commands: { name: string; input: Record<string, unknown> }[] }> {
  const commands: { name: string; input: Record<string, unknown> }[] = [];
  const name = 'recordCommands';
  const middleware =
    (next: Handler, context: { commandName?: string }) =>
    async (args: { input: Record<string, unknown> }) => {
      commands.push({ name: context.commandName ?? '?', input: args.input });
      return next(args);
    };
  const stack = app.store.db.client.middlewareStack as unknown as {
    add(m: typeof middleware, o: { step: 'initialize'; name: string; override: boolean }): void;
    remove(name: string): boolean;
  };
  stack.add(middleware, { step: 'initialize', name, override: true });
  try {
    return { result: await act(), commands };
  } finally {
    stack.remove(name);
  }
}

const transactedKeys = (input: Record<string, unknown>) =>
  ((input.TransactItems ?? []) as Record<string, { Item?: { pk?: unknown }; Key?: { pk?: unknown } }>[]).map(
    (item) => {
      const body = Object.values(item)[0];
      const pk = (body?.Item ?? body?.Key)?.pk;
      return typeof pk === 'object' && pk !== null ? (pk as { S?: string }).S : pk;
    },
  );

describe('a keyed hold', () => {
  it('writes its record in the hold’s own transaction: reads, then ONE write, nothing else', async () => {
    const requestId = await newRequest(la);
    const { result, commands } = await commandsOf(() =>
      la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, key()),
    );
    expect(result.status, result.text).toBe(201);
    const writes = commands.filter((c) => !/^(GetItem|Query|BatchGetItem)/.test(c.name));
    expect(writes.map((c) => c.name)).toEqual(['TransactWriteItemsCommand']);
    expect(transactedKeys((writes[0] as { input: Record<string, unknown> }).input)).toContain(IDEMPOTENCY_PK);
  });

  it('a retry answers the first answer from the record, and writes nothing', async () => {
    const requestId = await newRequest(la);
    const headers = key();
    const first = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers);
    expect(first.status, first.text).toBe(201);
    const before = await snapshot(app);
    const { result: retry, commands } = await commandsOf(() =>
      la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers),
    );
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(`/v1/holds/${first.body.id}`);
    expect(commands.filter((c) => !/^(GetItem|Query|BatchGetItem)/.test(c.name))).toEqual([]);
    expect(await snapshot(app)).toEqual(before);
  });

  it('a refusal is not remembered: the same key, once the bed is free to take, makes the hold', async () => {
    const requestId = await newRequest(la);
    const other = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' });
    expect(other.status, other.text).toBe(201);
    const headers = key();
    const refused = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('hold_exists');
    expect((await la.del(`/v1/holds/${other.body.id}`)).status).toBeLessThan(300);
    const retry = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' }, headers);
    expect(retry.status, retry.text).toBe(201);
    expect(retry.body.id).not.toBe(other.body.id);
  });

  it('twenty concurrent calls with one key make exactly one hold, and every one answers it', async () => {
    await expectOneHoldForOneKey(app, la, await newRequest(la), 20);
  });

  it('concurrent calls with one key and two bodies: one hold; the other body answers 422', async () => {
    const requestId = await newRequest(la);
    const headers = key();
    const before = await snapshot(app);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        la.post('/v1/holds', { requestId, unitId: i % 2 ? 'fx-leeds' : 'fx-exeter' }, headers),
      ),
    );
    const holds = added(before, await snapshot(app)).filter((i) => i.type === 'hold');
    expect(holds).toHaveLength(1);
    const winner = holds[0]?.unitId;
    answers.forEach((a, i) => {
      const same = (i % 2 ? 'fx-leeds' : 'fx-exeter') === winner;
      if (same) {
        expect(a.status, a.text).toBe(201);
        expect(a.body.id).toBe(holds[0]?.id);
      } else {
        expect(a.status, a.text).toBe(422);
        expect(a.body.code).toBe('idempotency_key_reused');
      }
    });
    await expectConsistent(app, new Date());
  });
});

describe('a keyed referral acceptance', () => {
  it('ten concurrent accepts with one key make exactly one placement, and every one answers it', async () => {
    const referralId = await newOffer(la, provider, 'fx-leeds');
    const headers = key();
    const before = await snapshot(app);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => la.post(`/v1/referrals/${referralId}/accept`, {}, headers)),
    );
    const placements = added(before, await snapshot(app)).filter((i) => i.type === 'placement');
    expect(placements).toHaveLength(1);
    for (const a of answers) {
      expect(a.status, a.text).toBe(201);
      expect(a.body.id).toBe(placements[0]?.id);
    }
    await expectConsistent(app, new Date());
  });

  it('commits its record with the placement, in one transaction', async () => {
    const referralId = await newOffer(la, provider, 'fx-leeds');
    const { result, commands } = await commandsOf(() =>
      la.post(`/v1/referrals/${referralId}/accept`, {}, key()),
    );
    expect(result.status, result.text).toBe(201);
    const writes = commands.filter((c) => !/^(GetItem|Query|BatchGetItem)/.test(c.name));
    expect(writes.map((c) => c.name)).toEqual(['TransactWriteItemsCommand']);
    expect(transactedKeys((writes[0] as { input: Record<string, unknown> }).input)).toContain(IDEMPOTENCY_PK);
  });
});

describe('every keyed route', () => {
  const KEYED = ROUTES.filter((r) => r.idempotent).map((r) => [`${r.method} ${r.path}`] as const);
  const isWrite = (name: string) => !/^(GetItem|Query|BatchGetItem|Scan)/.test(name);

  it.each(KEYED)(
    '%s commits its record in its own transaction, and writes nothing else for it',
    async (name) => {
      const sample = await (IDEMPOTENCY_SAMPLES[name] as NonNullable<(typeof IDEMPOTENCY_SAMPLES)[string]>)(
        la,
      );
      const { result, commands } = await commandsOf(() => la.post(sample.path, sample.bodies?.[0], key()));
      expect(result.status, result.text).toBeLessThan(300);
      const carrying = commands.filter(
        (c) => isWrite(c.name) && transactedKeys(c.input).includes(IDEMPOTENCY_PK),
      );
      expect(carrying.map((c) => c.name)).toEqual(['TransactWriteItemsCommand']);
      // No write of its own for the key (Powertools' in-progress put and completing update are gone).
      const own = commands.filter((c) => {
        const k = (c.input.Item ?? c.input.Key) as { pk?: unknown } | undefined;
        const pk = typeof k?.pk === 'object' && k.pk !== null ? (k.pk as { S?: string }).S : k?.pk;
        return isWrite(c.name) && pk === IDEMPOTENCY_PK;
      });
      expect(own).toEqual([]);
    },
  );
});

describe('the record itself', () => {
  let store: Store;
  beforeAll(async () => {
    store = await testStore();
  });
  const reply = { status: 201, body: { id: 'x' }, headers: {} };

  it('refuses a second record under a live key, and gives way to one past its 24 hours', async () => {
    const scope = hashOf(`record-${randomUUID()}`);
    const then = new Date('2026-01-01T00:00:00Z');
    await store.db.transact([idempotencyRecordPut(scope, 'a', reply, then)]);
    const refused = await store.db
      .transact([idempotencyRecordPut(scope, 'b', reply, new Date(then.getTime() + 3600_000))])
      .catch((e: unknown) => e);
    // Wherever a transaction carries the record, its refusal reads as "answered already".
    expect(refused).toBeInstanceOf(AlreadyAnswered);
    expect(
      (await readIdempotencyRecord(store.db, scope, new Date(then.getTime() + 3600_000)))?.bodyHash,
    ).toBe('a');

    const dayLater = new Date(then.getTime() + 24 * 3600_000 + 1000);
    expect(await readIdempotencyRecord(store.db, scope, dayLater)).toBeUndefined();
    await store.db.transact([idempotencyRecordPut(scope, 'c', reply, dayLater)]);
    expect((await readIdempotencyRecord(store.db, scope, dayLater))?.bodyHash).toBe('c');
  });
});
