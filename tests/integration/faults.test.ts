import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { IDEMPOTENCY_PK } from '../../shared/store/keys.js';
import { as, type Client, FIXTURE_UNITS, type Res, requestBody, testApp } from '../support/app.js';
import {
  added,
  expectConsistent,
  expectProblem,
  expectSecurityHeaders,
  snapshot,
} from '../support/hardening.js';

import { newHold, newPlacement, newRequest } from '../support/journey.js';
import { doubleBookings, readCounters, recountBeds } from '../support/recount.js';

/**
 * Makes DynamoDB fail at each store call of each operation that changes state, in each way it
 * fails in production, and checks what the SPEC promises: the API answers 503 `unavailable`
 * (or succeeds, having retried safely), a 503 leaves nothing behind, the store's story still
 * hangs together, and a retry (with the same Idempotency-Key where the route takes one)
 * completes the operation exactly once. The calls of each operation are counted on a dry run
 * first, so a store call added later is failed too.
 */

let app: App;
let la: Client;
let provider: Client;
const UNIT = 'fx-leeds';
const UNITS = FIXTURE_UNITS.map((u) => u.id);

/** The fixture units, with beds enough for every case to take one and keep it. */
const ROOMY: SeedUnit[] = FIXTURE_UNITS.map((u) =>
  u.id === UNIT ? { ...u, beds: streamBeds({ welfare: 50, justice: 6 }) } : u,
);

beforeAll(async () => {
  app = await testApp({ seed: ROOMY, sweepEverySeconds: 3600 });
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'fx-provider-a');
  // What the router logs about a 5xx (error name and message), to say why in a failure message.
  // The app logs nothing here (SILENT), so the wrapper only keeps what it is given.
  const keep = (...args: unknown[]) => {
    logged.push(JSON.stringify(args).slice(0, 500));
  };
  app.deps.logger.error = keep;
  app.deps.logger.warn = keep;
});
afterAll(() => app.stop());
const logged: string[] = [];

// ---------------------------------------------------------------- the ways DynamoDB fails

/** An error as the SDK raises it: only the name matters to the store. */
const sdkError = (name: string, message: string) => Object.assign(new Error(message), { name });

/** A cancelled TransactWriteItems, with `code` on the first item and None on the rest, as DynamoDB reports it. */
function cancelled(input: unknown, code: string): Error {
  const items = (input as { TransactItems?: unknown[] }).TransactItems ?? [];
  return Object.assign(
    new Error(`Transaction cancelled, please refer cancellation reasons for specific reasons [${code}]`),
    {
      name: 'TransactionCanceledException',
      CancellationReasons: items.map((_, i) => ({ Code: i === 0 ? code : 'None' })),
    },
  );
}

interface Fault {
  name: string;
  /** Which store calls this fault can happen to. */
  hits: (command: string) => boolean;
  error: (input: unknown) => Error;
  /** `unavailable`: the API must answer 503; `retried`: the store retries it and the call succeeds. */
  outcome: 'unavailable' | 'retried';
}

const FAULTS: Fault[] = [
  {
    name: 'throttling (ProvisionedThroughputExceededException)',
    hits: () => true,
    error: () =>
      sdkError(
        'ProvisionedThroughputExceededException',
        'The level of configured provisioned throughput was exceeded',
      ),
    outcome: 'unavailable',
  },
  {
    name: 'a timeout (TimeoutError)',
    hits: () => true,
    error: () => sdkError('TimeoutError', 'Connection timed out after 1000 ms'),
    outcome: 'unavailable',
  },
  {
    name: 'a transaction cancelled by ThrottlingError',
    hits: (command) => command === 'TransactWrite',
    error: (input) => cancelled(input, 'ThrottlingError'),
    outcome: 'unavailable',
  },
  {
    name: 'a transaction cancelled by TransactionConflict',
    hits: (command) => command === 'TransactWrite',
    error: (input) => cancelled(input, 'TransactionConflict'),
    outcome: 'retried',
  },
];

// ---------------------------------------------------------------- the operations that change state

interface Operation<C> {
  name: string;
  /** True where the route takes an Idempotency-Key (SPEC: every POST that changes state). */
  idempotent: boolean;
  ok: number;
  /** The audit events one success writes, in any order. */
  audit: string[];
  /** Makes what the operation needs, fault-free. */
  prepare(): Promise<C>;
  act(c: C, headers: Record<string, string>): Promise<Res>;
}

/** `n` justice beds of the unit (never held by these tests), each to be flipped between available and closed. */
async function flippableBeds(n: number) {
  const beds = (await provider.get(`/v1/units/${UNIT}/beds`)).body.items as {
    id: string;
    contractedTo: string | null;
    state: string;
    etag: string;
  }[];
  return beds
    .filter((b) => b.contractedTo === 'MoJ' && (b.state === 'available' || b.state === 'closed'))
    .slice(0, n)
    .map((b) => ({ bedId: b.id, etag: b.etag, to: b.state === 'available' ? 'closed' : 'available' }));
}
const bedChange = (to: string) =>
  to === 'closed' ? { state: 'closed', reason: 'staffing' } : { state: 'available' };

/** Erases an operation's own context type, so that all of them fit in one table. */
const operation = <C>(o: Operation<C>) => o as unknown as Operation<unknown>;

const OPERATIONS: Operation<unknown>[] = [
  operation({
    name: 'creating a request',
    idempotent: true,
    ok: 201,
    audit: ['request.created'],
    prepare: async () => ({ childRef: `case-${randomUUID().slice(0, 8)}-2` }),
    act: (c: { childRef: string }, h) => la.post('/v1/requests', requestBody({ childRef: c.childRef }), h),
  }),
  operation({
    name: 'holding a bed',
    idempotent: true,
    ok: 201,
    audit: ['hold.created'],
    prepare: async () => ({ requestId: await newRequest(la) }),
    act: (c: { requestId: string }, h) => la.post('/v1/holds', { requestId: c.requestId, unitId: UNIT }, h),
  }),
  operation({
    name: 'accepting a hold',
    idempotent: true,
    ok: 201,
    audit: ['hold.accepted', 'placement.started', 'bed.occupied'],
    prepare: async () => ({ holdId: await newHold(la, UNIT) }),
    act: (c: { holdId: string }, h) => provider.post(`/v1/holds/${c.holdId}/accept`, {}, h),
  }),
  operation({
    name: 'declining a hold',
    idempotent: true,
    ok: 200,
    audit: ['hold.declined', 'bed.freed'],
    prepare: async () => ({ holdId: await newHold(la, UNIT) }),
    act: (c: { holdId: string }, h) =>
      provider.post(`/v1/holds/${c.holdId}/decline`, { reason: 'staffing' }, h),
  }),
  operation({
    name: 'releasing a hold',
    idempotent: false,
    ok: 200,
    audit: ['hold.released', 'bed.freed'],
    prepare: async () => ({ holdId: await newHold(la, UNIT) }),
    act: (c: { holdId: string }, h) => la.del(`/v1/holds/${c.holdId}`, h),
  }),
  operation({
    name: 'updating a bed',
    idempotent: false,
    ok: 200,
    audit: ['bed.updated'],
    prepare: async () => (await flippableBeds(1))[0] as { bedId: string; etag: string; to: string },
    act: (c: { bedId: string; etag: string; to: string }, h) =>
      provider.put(`/v1/units/${UNIT}/beds/${c.bedId}`, bedChange(c.to), { ...h, 'if-match': c.etag }),
  }),
  operation({
    name: 'updating beds in bulk',
    idempotent: false,
    ok: 200,
    audit: ['bed.updated', 'bed.updated'],
    prepare: async () => ({ beds: await flippableBeds(2) }),
    act: (c: { beds: { bedId: string; etag: string; to: string }[] }, h) =>
      provider.put(
        `/v1/units/${UNIT}/beds`,
        { beds: c.beds.map((b) => ({ bedId: b.bedId, etag: b.etag, ...bedChange(b.to) })) },
        h,
      ),
  }),
  operation({
    name: 'confirming a unit',
    idempotent: true,
    ok: 200,
    audit: ['unit.confirmed'],
    prepare: async () => ({}),
    act: (_c: object, h) => provider.post(`/v1/units/${UNIT}/confirm`, {}, h),
  }),
  operation({
    name: 'marking a placement ready for step-down',
    idempotent: true,
    ok: 200,
    audit: ['placement.step_down_ready'],
    prepare: async () => ({ placementId: await newPlacement(la, provider, UNIT) }),
    act: (c: { placementId: string }, h) =>
      la.post(
        `/v1/placements/${c.placementId}/step-down-ready`,
        { readyFrom: londonDate(new Date()), plannedDestination: 'foster_care' },
        h,
      ),
  }),
  operation({
    name: 'discharging a placement',
    idempotent: true,
    ok: 200,
    audit: ['placement.discharged', 'bed.freed'],
    prepare: async () => ({ placementId: await newPlacement(la, provider, UNIT) }),
    act: (c: { placementId: string }, h) =>
      provider.post(`/v1/placements/${c.placementId}/discharge`, { destination: 'home' }, h),
  }),
  operation({
    name: 'withdrawing a request',
    idempotent: true,
    ok: 200,
    audit: ['request.withdrawn'],
    prepare: async () => ({ requestId: await newRequest(la) }),
    act: (c: { requestId: string }, h) =>
      la.post(`/v1/requests/${c.requestId}/withdraw`, { outcome: 'no_longer_needed' }, h),
  }),
];

// ---------------------------------------------------------------- one fault, one call, one operation

/**
 * The local server's outbox relay polls the day's audit events every second from a timer: its
 * calls are not the operation's, so they are neither counted nor failed.
 */
const isRelayPoll = (input: unknown) =>
  String(
    (input as { ExpressionAttributeValues?: Record<string, unknown> })?.ExpressionAttributeValues?.[':pk'] ??
      '',
  ).startsWith('AUDITDAY#');

/** The store calls one fault-free run of `op` makes, in order (e.g. ['Get', 'Query', 'TransactWrite']). */
async function callsOf(op: Operation<unknown>): Promise<string[]> {
  const c = await op.prepare();
  const calls: string[] = [];
  app.store.db.faults = (command, input) => {
    if (!isRelayPoll(input)) calls.push(command);
    return undefined;
  };
  try {
    expect((await op.act(c, {})).status).toBe(op.ok);
  } finally {
    app.store.db.faults = undefined;
  }
  return calls;
}

/**
 * Counters equal a recount, and holds, beds, requests, placements and audit events agree (which
 * already rules out a bed promised twice; the slower per-bed double-booking count runs once per
 * test, below).
 */
async function expectStoreAgrees(table?: Record<string, unknown>[]): Promise<void> {
  const now = new Date();
  expect(await readCounters(app.store, UNITS, now)).toEqual(await recountBeds(app.store, UNITS, now));
  await expectConsistent(app, now, table);
}

/** Fails the `n`th store call of `op` with `fault`, checks what it left, then retries (and replays). */
async function failAt(op: Operation<unknown>, fault: Fault, n: number): Promise<void> {
  const c = await op.prepare();
  const headers: Record<string, string> = op.idempotent ? { 'idempotency-key': `fault-${randomUUID()}` } : {};
  const before = await snapshot(app);
  let count = 0;
  app.store.db.faults = (command, input) =>
    !isRelayPoll(input) && ++count === n && fault.hits(command) ? fault.error(input) : undefined;
  let first: Res;
  try {
    first = await op.act(c, headers);
  } finally {
    app.store.db.faults = undefined;
  }
  const where = `${op.name}, ${fault.name} at store call ${n}: ${first.status} ${first.text.slice(0, 200)} ${logged.splice(0).join(' ')}`;
  expectSecurityHeaders(Object.fromEntries(first.headers.entries()));
  const afterFault = await snapshot(app);
  await expectStoreAgrees(afterFault);

  let done = first;
  if (fault.outcome === 'unavailable') {
    expect(first.status, where).toBe(503);
    const problem = expectProblem(
      { status: first.status, headers: Object.fromEntries(first.headers.entries()), body: first.text },
      app.store.db.tableName,
    );
    expect(problem.code).toBe('unavailable');
    // A 503 promises the retry is safe: nothing at all may have been written.
    expect(afterFault, where).toEqual(before);
    done = await op.act(c, headers);
    expect(done.status, `${where}; then the retry: ${done.text.slice(0, 200)}`).toBe(op.ok);
  } else {
    expect(first.status, where).toBe(op.ok);
  }
  if (op.idempotent) {
    const replay = await op.act(c, headers);
    expect(replay.status, `${where}; a replay`).toBe(op.ok);
    expect(replay.body, `${where}; a replay`).toEqual(done.body);
  }
  const after = await snapshot(app);
  const audit = added(before, after)
    .filter((i) => i.type === 'audit')
    .map((i) => String(i.action));
  expect(audit.sort(), `${where}: done exactly once`).toEqual([...op.audit].sort());
  await expectStoreAgrees(after);
}

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  it.each(FAULTS.map((f) => [f.name, f] as const))(
    'survives %s at each of its store calls: 503 or a safe retry, nothing partial, then done exactly once',
    async (_fault, fault) => {
      const calls = await callsOf(op);
      const targets = calls.map((command, i) => ({ command, n: i + 1 })).filter((t) => fault.hits(t.command));
      expect(calls.length).toBeGreaterThan(0);
      for (const { n } of targets) await failAt(op, fault, n);
      expect(await doubleBookings(app.store, UNITS, new Date())).toBe(0);
    },
  );
});

// ---------------------------------------------------------------- the idempotency layer's own writes

type Handler = (args: { input: Record<string, unknown> }) => Promise<unknown>;

/**
 * Makes the idempotency layer's own `command` on its record fail the next `times` times. Powertools
 * talks to DynamoDB with the raw client, not through Db, so this is a client middleware; it picks
 * out only the layer's records (partition IDEMPOTENCY), so the store's own calls go through.
 */
function failIdempotencyRecord(
  command: 'PutItemCommand' | 'UpdateItemCommand' | 'DeleteItemCommand',
  times = 1,
) {
  let left = times;
  const name = 'failIdempotencyRecord';
  const middleware =
    (next: Handler, context: { commandName?: string }) =>
    async (args: { input: Record<string, unknown> }) => {
      const record = (args.input.Item ?? args.input.Key) as { pk?: { S?: string } } | undefined;
      if (context.commandName === command && record?.pk?.S === IDEMPOTENCY_PK && left-- > 0) {
        throw sdkError(
          'ProvisionedThroughputExceededException',
          'The level of configured provisioned throughput was exceeded',
        );
      }
      return next(args);
    };
  const stack = app.store.db.client.middlewareStack as unknown as {
    add(m: typeof middleware, o: { step: 'initialize'; name: string; override: boolean }): void;
    remove(name: string): boolean;
  };
  stack.add(middleware, { step: 'initialize', name, override: true });
  return () => stack.remove(name);
}

const requestsWith = (items: Record<string, unknown>[], childRef: string) =>
  items.filter((i) => i.type === 'request' && i.childRef === childRef);

describe('the idempotency layer failing', () => {
  it('its record failing to be written answers 503, changes nothing, and a retry with the key creates the request once', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('PutItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    expect(first.status, first.text).toBe(503);
    expect(first.body.code).toBe('unavailable');
    expect(await snapshot(app)).toEqual(before);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(retry.status, retry.text).toBe(201);
    const replay = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect(replay.body).toEqual(retry.body);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
  });

  it('its success failing to be recorded still answers the request it created, and a quick retry does not create another', async () => {
    const childRef = `case-${randomUUID().slice(0, 8)}-2`;
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const restore = failIdempotencyRecord('UpdateItemCommand');
    let first: Res;
    try {
      first = await la.post('/v1/requests', requestBody({ childRef }), headers);
    } finally {
      restore();
    }
    // The request was stored: a 503 ("nothing was changed") would be untrue and invite a duplicate.
    expect(first.status, first.text).toBe(201);
    expect(first.body.childRef).toBe(childRef);
    const retry = await la.post('/v1/requests', requestBody({ childRef }), headers);
    expect([201, 409]).toContain(retry.status);
    if (retry.status === 201) expect(retry.body.id).toBe(first.body.id);
    expect(requestsWith(await snapshot(app), childRef)).toHaveLength(1);
    await expectStoreAgrees();
  });

  it('its record failing to be cleared after a refusal answers 503 and changes nothing', async () => {
    const requestId = await newRequest(la);
    expect((await la.post('/v1/holds', { requestId, unitId: UNIT })).status).toBe(201);
    const headers = { 'idempotency-key': `fault-${randomUUID()}` };
    const before = await snapshot(app);
    const restore = failIdempotencyRecord('DeleteItemCommand');
    let refused: Res;
    try {
      refused = await la.post('/v1/holds', { requestId, unitId: 'fx-exeter' }, headers);
    } finally {
      restore();
    }
    expect([409, 503]).toContain(refused.status);
    expect(await snapshot(app)).toEqual(before);
    await expectStoreAgrees();
  });
});

describe('a store error that is not about load or reach', () => {
  it('answers 500 internal (not 503 "retry is safe") and logs it with the request id', async () => {
    logged.splice(0);
    app.store.db.faults = () => sdkError('ValidationException', 'Invalid UpdateExpression: Syntax error');
    let r: Res;
    try {
      r = await la.get('/v1/units?limit=1');
    } finally {
      app.store.db.faults = undefined;
    }
    expect(r.status, r.text).toBe(500);
    expect(r.body.code).toBe('internal');
    expect(r.body.detail).not.toMatch(/retry/i);
    expect(r.headers.get('retry-after')).toBeNull();
    const requestId = r.headers.get('x-request-id') ?? '';
    expect(requestId).not.toBe('');
    expect(logged.some((line) => line.includes(requestId) && line.includes('ValidationException'))).toBe(
      true,
    );
  });
});
