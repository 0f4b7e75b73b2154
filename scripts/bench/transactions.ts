import { placeHold } from '../../shared/domain/holds.js';
import { toHold } from '../../shared/http/mappers/holds.js';
import type { ClaimableBed } from '../../shared/store/bed-claim.js';
import type { TransactItem } from '../../shared/store/db.js';
import { newHold, newHoldItems } from '../../shared/store/hold-items.js';
import { hashOf, idempotencyRecordPut, readIdempotencyRecord } from '../../shared/store/idempotency.js';
import type { Store } from '../../shared/store/index.js';
import type { HoldItem, RequestItem } from '../../shared/store/records.js';
import { type Caller, call } from './caller.js';
import type { Slot } from './holds.js';
import { addCpu, median, percentile, pool, round, startCpu } from './measure.js';
import { CLIENTS } from './options.js';

// The hold's own transaction alone (baseline_hold_transaction), and referral acceptances.

const HOLD_MINUTES = 120;

type Items = Parameters<Store['db']['transact']>[0];
interface TransactionSet {
  jobs: Items[];
  withRecord: boolean;
}

/**
 * The floor under a hold: the very TransactWriteItems a hold commits (bed, counter, hold, the
 * request's pointer, the audit event, the unit-is-open check), built beforehand from reads that
 * are not timed, then sent at the same concurrency (`timeTransactionSets`): no reads, no router,
 * no HTTP. `withRecord` adds a keyed hold's idempotency record as the route does. `taken` is
 * shared between sets built for the same run, so that two sets never aim at the same bed.
 */
export async function buildHoldTransactions(
  store: Store,
  slots: Slot[],
  requestIds: string[],
  options: { withRecord?: boolean } = {},
  taken = new Set<string>(),
): Promise<TransactionSet> {
  const now = new Date();
  const at = now.toISOString();
  const { rules } = await store.poolRules.get();
  const units = new Map<string, Awaited<ReturnType<typeof store.holds.unitForHold>>>();
  const jobs: Items[] = [];
  for (const [i, slot] of slots.entries()) {
    let unit = units.get(slot.unitId);
    if (!unit) {
      unit = await store.holds.unitForHold(slot.unitId, now);
      units.set(slot.unitId, unit);
    }
    const request = (await store.requests.get(requestIds[i] as string)) as RequestItem;
    if (!unit.unit || !request) continue;
    let decision: ReturnType<typeof placeHold<ClaimableBed>>;
    try {
      decision = placeHold({
        request,
        unit: unit.unit,
        beds: unit.beds,
        rules,
        now,
        holdMinutes: HOLD_MINUTES,
      });
    } catch {
      continue;
    }
    // The bed the hold would take: its first choice that no other job here has.
    const choice = decision.choices.find((c) => !taken.has(`${slot.unitId}|${c.bed.bedId}`));
    if (!choice) continue;
    taken.add(`${slot.unitId}|${choice.bed.bedId}`);
    const hold = newHold(request, unit.unit, choice, decision.expiresAt, now);
    jobs.push([
      ...newHoldItems(hold, request, choice.bed, { role: 'la', org: request.laCode, sub: 'bench' }, at),
      // With a key, the same item the route adds: the record of the answer it gives.
      ...(options.withRecord ? [holdRecord(hold, now)] : []),
    ]);
  }
  return { jobs, withRecord: options.withRecord === true };
}

/**
 * Sets of transactions sent in `rounds` alternating turns (ABBA, as the holds with and without a
 * key: scripts/bench/holds.ts), each set's figures summed over its own turns.
 */
export async function timeTransactionSets(store: Store, sets: TransactionSet[], rounds: number) {
  const state = sets.map((set) => ({
    set,
    ok: 0,
    failed: {} as Record<string, number>,
    latencies: [] as number[],
    wall: 0,
    cpu: { node: 0, dynamodb_local: 0 as number | undefined },
  }));
  for (let r = 0; r < rounds; r++) {
    for (const st of r % 2 === 0 ? state : [...state].reverse()) {
      const per = Math.ceil(st.set.jobs.length / rounds);
      const cpu = startCpu();
      st.wall += await pool(st.set.jobs.slice(r * per, (r + 1) * per), CLIENTS, async (items) => {
        const started = performance.now();
        try {
          await store.db.transact(items);
          st.ok++;
          st.latencies.push(performance.now() - started);
        } catch (error) {
          const name = error instanceof Error ? error.message.slice(0, 60) : String(error);
          st.failed[name] = (st.failed[name] ?? 0) + 1;
        }
      });
      const used = cpu(1); // the turn's whole CPU
      addCpu(st.cpu, used);
    }
  }
  return state.map((st) => summariseTransactions(st));
}

function summariseTransactions(st: {
  set: TransactionSet;
  ok: number;
  failed: Record<string, number>;
  latencies: number[];
  wall: number;
  cpu: { node: number; dynamodb_local: number | undefined };
}) {
  const { jobs, withRecord } = st.set;
  const { ok, failed, latencies, wall } = st;
  const per = Math.max(ok, 1);
  return {
    ops_per_s: round(ok / (wall / 1000)),
    p50_ms: round(median(latencies)),
    p95_ms: round(percentile(latencies, 95)),
    transactions: jobs.length,
    succeeded: ok,
    failed,
    items_per_transaction: jobs[0]?.length ?? 0,
    ...(withRecord ? { record_bytes: recordBytes(jobs[0]?.at(-1)) } : {}),
    cpu_ms_per_transaction: {
      node: round(st.cpu.node / per, 2),
      dynamodb_local: st.cpu.dynamodb_local === undefined ? undefined : round(st.cpu.dynamodb_local / per, 2),
    },
  };
}

/** A keyed hold's idempotency record, as POST /v1/holds builds it (its 201, body and Location). */
function holdRecord(hold: HoldItem, now: Date): TransactItem {
  const reply = { status: 201, body: toHold(hold, now), headers: { location: `/v1/holds/${hold.id}` } };
  return idempotencyRecordPut(hashOf(`bench|${hold.id}`), hashOf(JSON.stringify(reply.body)), reply, now);
}

/** An item's size as DynamoDB bills it, nearly: names and values as UTF-8 (1 KB or less is one write unit). */
const recordBytes = (item: TransactItem | undefined) =>
  item && 'Put' in item
    ? Object.entries(item.Put.Item ?? {}).reduce(
        (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)),
        0,
      )
    : 0;

/**
 * What a keyed call adds before its transaction: the strongly consistent GetItem of its record
 * (absent, as for every fresh key), at the same concurrency, alone. Its DynamoDB Local CPU per
 * call is one part of what a key costs; the record's item in the transaction is the other
 * (`holdTransactions` with `withRecord`).
 */
export async function recordLookups(store: Store, n: number) {
  const now = new Date();
  const keys = Array.from({ length: n }, (_, i) => hashOf(`bench-lookup|${now.getTime()}|${i}`));
  const cpu = startCpu();
  const wall = await pool(keys, CLIENTS, async (k) => {
    await readIdempotencyRecord(store.db, k, now);
  });
  return { ops_per_s: round(n / (wall / 1000)), gets: n, cpu_ms_per_get: cpu(n) };
}

type Cpu = { node: number; dynamodb_local?: number | undefined };

/**
 * What an Idempotency-Key costs a hold, where it is spent: DynamoDB Local's CPU per hold with and
 * without a key, against the two things a key adds (its record's strongly consistent GetItem,
 * timed alone, and its record as one more transaction item, timed as the transaction with and
 * without it). On two shared cores that CPU is the limit, so its ratio is the throughput's.
 */
export function keyCost(
  plain: { cpu_ms_per_hold: Cpu },
  keyed: { cpu_ms_per_hold: Cpu },
  tx: { cpu_ms_per_transaction: Cpu; ops_per_s: number },
  txRecorded: { cpu_ms_per_transaction: Cpu; ops_per_s: number; record_bytes?: number },
  lookups: { cpu_ms_per_get: Cpu; ops_per_s: number },
) {
  const jvm = (c: Cpu) => c.dynamodb_local ?? Number.NaN;
  const lookup = jvm(lookups.cpu_ms_per_get);
  const item = jvm(txRecorded.cpu_ms_per_transaction) - jvm(tx.cpu_ms_per_transaction);
  return {
    what: 'DynamoDB Local CPU ms per hold, and the parts a key adds, each measured alone at the same concurrency',
    dynamodb_local_cpu_ms_per_hold: {
      without_key: jvm(plain.cpu_ms_per_hold),
      with_key: jvm(keyed.cpu_ms_per_hold),
      difference: round(jvm(keyed.cpu_ms_per_hold) - jvm(plain.cpu_ms_per_hold), 2),
    },
    record_lookup_get_ms: lookup,
    record_item_in_transaction_ms: round(item, 2),
    // The hold's own transaction with the record ÷ without, per second, in alternating turns: what
    // the one more item alone does to throughput, to set beside holds_with_key.ratio_to_without_key.
    transaction_ratio_with_record: round(txRecorded.ops_per_s / tx.ops_per_s, 2),
    parts_sum_ms: round(lookup + item, 2),
    record_bytes: txRecorded.record_bytes,
    node_cpu_ms_per_hold: { without_key: plain.cpu_ms_per_hold.node, with_key: keyed.cpu_ms_per_hold.node },
    // Without ÷ with: the throughput ratio two saturated cores allow (target 0.9).
    ratio_by_dynamodb_local_cpu: round(jvm(plain.cpu_ms_per_hold) / jvm(keyed.cpu_ms_per_hold), 2),
    lookups_per_s_alone: lookups.ops_per_s,
  };
}

/**
 * Referral acceptances at the same concurrency: for each slot a new request referred to its unit
 * and offered (not timed), then POST /v1/referrals/{id}/accept by the request's LA, with a key.
 */
export async function referralAccepts(caller: Caller, slots: Slot[], requestIds: string[], las: string[]) {
  const coordinator = await caller.token('coordinator', 'national');
  const offers: { referralId: string; la: string }[] = [];
  await pool(
    slots.map((s, i) => ({ ...s, requestId: requestIds[i] as string, la: las[i] as string })),
    16,
    async (j) => {
      const made = await call(caller, 'POST', '/v1/referrals', coordinator, {
        requestId: j.requestId,
        unitIds: [j.unitId],
      });
      const referralId = made.body?.items?.[0]?.id as string | undefined;
      if (made.status !== 201 || !referralId)
        throw new Error(`POST /v1/referrals answered ${made.status}: ${JSON.stringify(made.body)}`);
      const offered = await call(caller, 'POST', `/v1/referrals/${referralId}/offer`, coordinator, {});
      if (offered.status !== 200)
        throw new Error(`offer answered ${offered.status}: ${JSON.stringify(offered.body)}`);
      offers.push({ referralId, la: j.la });
    },
  );
  const latencies: number[] = [];
  const roundTrips: number[] = [];
  const other: Record<string, number> = {};
  let ok = 0;
  const cpu = startCpu();
  const wall = await pool(offers, CLIENTS, async (o) => {
    const a = await call(
      caller,
      'POST',
      `/v1/referrals/${o.referralId}/accept`,
      await caller.token('la', o.la),
      {},
      { 'idempotency-key': `bench-accept-${o.referralId}` },
    );
    if (a.status === 201) {
      ok++;
      latencies.push(a.ms);
      roundTrips.push(a.trace.roundTrips);
    } else {
      const k = `${a.status} ${a.body?.code ?? ''}`;
      other[k] = (other[k] ?? 0) + 1;
    }
  });
  return {
    ops_per_s: round(ok / (wall / 1000)),
    p50_ms: round(median(latencies)),
    p95_ms: round(percentile(latencies, 95)),
    accepts: offers.length,
    succeeded: ok,
    refused: other,
    round_trips: median(roundTrips),
    cpu_ms_per_accept: cpu(Math.max(ok, 1)),
  };
}
