/**
 * `npx tsx scripts/bench/key-cost-only.ts`: only what an Idempotency-Key costs a hold, as the full
 * bench measures it (scripts/bench/index.ts: holds with and without a key, the hold's own
 * transaction with and without the key's record, the record's look-up alone), over the bench
 * register, without bundles, cold starts, matching or growth: a narrow run for a shared machine.
 * BENCH_HOLDS (default here 100) per variant, BENCH_CLIENTS as the bench. Prints one JSON object.
 */
import { loadavg } from 'node:os';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { syntheticRegister } from '../synthetic-register.js';
import { makeCaller } from './caller.js';
import { freeSlots, type HoldRun, interleavedHolds, loadSynthetic, newRequests, runHolds } from './holds.js';
import { instrument, random, round } from './measure.js';
import { CLIENTS, HOLD_ROUNDS } from './options.js';
import { benchApp, benchDynamo } from './start.js';
import { buildHoldTransactions, keyCost, recordLookups, timeTransactionSets } from './transactions.js';

const N = Number(process.env.BENCH_HOLDS ?? 100);

async function main() {
  const load = loadavg().map((n) => round(n, 2));
  const dynamo = await benchDynamo();
  const app = await benchApp(dynamo.endpoint, 'bench-key-cost');
  try {
    instrument(app.store);
    const caller = makeCaller(app);
    const bare = makeCaller(app, { idempotency: false });
    const synthetic = syntheticRegister();
    await loadSynthetic(app.store, synthetic);
    const notOpen = [...REGISTER_UNITS, ...synthetic].filter((u) => (u.status ?? 'open') !== 'open');
    const slots = await freeSlots(app.store, new Set(notOpen.map((u) => u.id)), 32 + 4 * N);
    const las = slots.map(
      () => (LOCAL_AUTHORITIES[Math.floor(random() * LOCAL_AUTHORITIES.length)] as { code: string }).code,
    );
    const byId = new Map([...REGISTER_UNITS, ...synthetic].map((u) => [u.id, u]));
    const ids = await newRequests(
      caller,
      slots.map((s, i) => ({ stream: s.stream, la: las[i] as string, takenBy: byId.get(s.unitId) })),
    );
    const part = (from: number, to: number) =>
      [slots.slice(from, to), ids.slice(from, to), las.slice(from, to)] as const;
    await runHolds(caller, ...part(0, 32), true); // warm both paths
    const variant = (c: typeof caller, [from, to]: [number, number], withKey: boolean) => {
      const [slots_, ids_, las_] = part(from, to);
      return { caller: c, slots: slots_, requestIds: ids_, las: las_, withKey };
    };
    const [keyed, plain] = (await interleavedHolds(
      [variant(caller, [32, 32 + N], true), variant(bare, [32 + N, 32 + 2 * N], false)],
      HOLD_ROUNDS,
    )) as [HoldRun, HoldRun];
    const [txSlots, txIds] = part(32 + 2 * N, 32 + 3 * N);
    const [recSlots, recIds] = part(32 + 3 * N, 32 + 4 * N);
    const aimed = new Set<string>();
    const [tx, txRecorded] = await timeTransactionSets(
      app.store,
      [
        await buildHoldTransactions(app.store, [...txSlots], [...txIds], {}, aimed),
        await buildHoldTransactions(app.store, [...recSlots], [...recIds], { withRecord: true }, aimed),
      ],
      HOLD_ROUNDS,
    );
    if (!tx || !txRecorded) throw new Error('the hold transactions were not timed');
    const lookups = await recordLookups(app.store, N);
    console.log(
      JSON.stringify({
        load_average_at_start: load,
        load_average_at_end: loadavg().map((n) => round(n, 2)),
        clients: CLIENTS,
        holds_per_variant: N,
        holds: {
          ops_per_s: plain.ops_per_s,
          round_trips: plain.round_trips,
          cpu_ms_per_hold: plain.cpu_ms_per_hold,
        },
        holds_with_key: {
          ops_per_s: keyed.ops_per_s,
          round_trips: keyed.round_trips,
          cpu_ms_per_hold: keyed.cpu_ms_per_hold,
          ratio_to_without_key: round(keyed.ops_per_s / plain.ops_per_s, 2),
        },
        transaction: {
          ops_per_s: tx.ops_per_s,
          items: tx.items_per_transaction,
          cpu: tx.cpu_ms_per_transaction,
        },
        transaction_with_record: {
          ops_per_s: txRecorded.ops_per_s,
          items: txRecorded.items_per_transaction,
          cpu: txRecorded.cpu_ms_per_transaction,
          record_bytes: txRecorded.record_bytes,
        },
        record_lookup: lookups,
        key_cost: keyCost(plain, keyed, tx, txRecorded, lookups),
      }),
    );
  } finally {
    await app.stop();
    await dynamo.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
