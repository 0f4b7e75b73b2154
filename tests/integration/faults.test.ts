import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { IDEMPOTENCY_PK } from '../../shared/store/keys.js';
import { as, type Client, FIXTURE_UNITS, type Res, requestBody, testApp } from '../support/app.js';
import {
  FAULTS,
  type Fault,
  isRelayPoll,
  keepErrorLogs,
  expectStoreAgrees as storeAgrees,
} from '../support/faults.js';
import { added, expectProblem, expectSecurityHeaders, snapshot } from '../support/hardening.js';
import { newHold, newPlacement, newRequest } from '../support/journey.js';
import { doubleBookings } from '../support/recount.js';

/**
 * Makes DynamoDB fail at each store call of each operation that changes state, in each way it
 * fails in production, and checks what the SPEC promises: the API answers 503 `unavailable`
 * (or succeeds, having retried safely), a 503 leaves nothing behind, the store's story still
 * hangs together, and a retry (with the same Idempotency-Key where the route takes one)
 * completes the operation exactly once. The calls of each operation are counted on a dry run
 * first, so a store call added later is failed too.
 *
 * An Idempotency-Key's record is written in the operation's own transaction, so its look-up is
 * one of the operation's store calls and failed here like the others. Errors that are not about
 * load or reach, and an answer lost after its commit, are in store-errors.test.ts.
 */

let app: App;
let la: Client;
let provider: Client;
let logged: string[] = [];
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
  logged = keepErrorLogs(app);
});
afterAll(() => app.stop());

const expectStoreAgrees = (table?: Record<string, unknown>[]) => storeAgrees(app, UNITS, table);

// ---------------------------------------------------------------- the operations that change state

interface Operation<C> {
  name: string;
  /** True where the route takes an Idempotency-Key (SPEC: every POST that changes state). */
  idempotent: boolean;
  ok: number;
  /** The audit events one success writes, in any order. */
  audit: string[];
  /**
   * A step after the commit that may fail without undoing the answer (logged as this, and
   * answered `ok`): e.g. the check whether a new request fits anywhere, which only decides an
   * early "unmet" notice that reading its matches gives again.
   */
  bestEffort?: string;
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
    bestEffort: 'could not check a new request for a fit',
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
        { beds: c.beds.map((b) => ({ id: b.bedId, etag: b.etag, ...bedChange(b.to) })) },
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

/** The look-up of an Idempotency-Key's record (shared/store/idempotency.ts). */
const isRecordLookup = (input: unknown) =>
  (input as { Key?: { pk?: unknown } } | undefined)?.Key?.pk === IDEMPOTENCY_PK;

/** Fails the `n`th store call of `op` with `fault`, checks what it left, then retries (and replays). */
async function failAt(op: Operation<unknown>, fault: Fault, n: number): Promise<void> {
  const c = await op.prepare();
  const headers: Record<string, string> = op.idempotent ? { 'idempotency-key': `fault-${randomUUID()}` } : {};
  const before = await snapshot(app);
  let count = 0;
  let failed: unknown;
  app.store.db.faults = (command, input) => {
    if (isRelayPoll(input) || ++count !== n || !fault.hits(command)) return undefined;
    failed = input;
    return fault.error(input);
  };
  let first: Res;
  try {
    first = await op.act(c, headers);
  } finally {
    app.store.db.faults = undefined;
  }
  const logs = logged.splice(0);
  const where = `${op.name}, ${fault.name} at store call ${n}: ${first.status} ${first.text.slice(0, 200)} ${logs.join(' ')}`;
  const shrugged =
    first.status === op.ok &&
    ((op.bestEffort !== undefined && logs.some((l) => l.includes(op.bestEffort as string))) ||
      // A create does not wait for its key's look-up: the record in its transaction guards it.
      isRecordLookup(failed));
  expectSecurityHeaders(Object.fromEntries(first.headers.entries()));
  const afterFault = await snapshot(app);
  await expectStoreAgrees(afterFault);

  let done = first;
  if (fault.outcome === 'unavailable' && !shrugged) {
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
