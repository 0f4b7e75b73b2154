import { REGISTER_UNITS } from '../../shared/data/register.js';
import { makeCaller } from './caller.js';
import { type HoldRun, holdJobs, interleavedHolds, runHolds } from './holds.js';
import { round } from './measure.js';
import { CLIENTS, HOLD_ROUNDS } from './options.js';
import { benchRegister, narrowRun } from './start.js';
import { buildHoldTransactions, keyCost, recordLookups, timeTransactionSets } from './transactions.js';

const N = Number(process.env.BENCH_HOLDS ?? 100);

narrowRun('bench-key-cost', async (app) => {
  const { caller, synthetic } = await benchRegister(app);
  const bare = makeCaller(app, { idempotency: false });
  const notOpen = [...REGISTER_UNITS, ...synthetic].filter((u) => (u.status ?? 'open') !== 'open');
  const { part, variant } = await holdJobs(caller, app.store, new Set(notOpen.map((u) => u.id)), 32 + 4 * N, [
    ...REGISTER_UNITS,
    ...synthetic,
  ]);
  await runHolds(caller, ...part(0, 32), true); // warm both paths
  // Each pair in alternating turns (ABBA), as the full bench runs them.
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
  return {
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
  };
});
