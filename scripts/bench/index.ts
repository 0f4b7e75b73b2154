/**
 * `npm run bench`: measured speed at national scale, against DynamoDB Local, in one run.
 *
 * Prints ONE JSON object on stdout (the shape in SPEC.md "Benchmarks", plus detail) and a short
 * human summary on stderr. What it does, in order:
 *   1. bundles every Lambda (infra/bundling.ts's entries and options, as the CDK stack does, plus
 *      the token authorizer) into .bench/, and times a cold import of each in a fresh `node`,
 *      before DynamoDB Local starts so that the JVM does not compete for the CPU; the same code
 *      built as CommonJS is timed beside it, to show what the ESM loader costs;
 *   2. starts DynamoDB Local and the app over a fresh table, loads the real register (typical
 *      occupancy) and a synthetic load (scripts/synthetic-register.ts, every bed free);
 *   3. holds: concurrent POST /v1/holds through the real router and store, in process
 *      (`router.handle`, the code a Lambda runs; no HTTP), against a bare conditional UpdateItem
 *      on the same table at the same concurrency; then a recount of beds, holds and counters
 *      (double bookings must be 0), and a hot-unit race (exactly N of 3N may succeed);
 *   4. GET /v1/requests/{id}/matches and GET /v1/capacity, one call at a time;
 *   5. growth: the same two reads over the real register alone, then 1×, 4× and 16× the register
 *      (real + synthetic).
 * DynamoDB calls are counted through the store's `faults` hook and a client middleware; CPU per
 * operation (this process and DynamoDB Local's JVM) is reported beside wall-clock times, because
 * on a shared machine the latter move with everything else that runs.
 *
 * Options (environment): BENCH_CLIENTS (default 32), BENCH_HOLDS (per variant, default 400),
 * BENCH_GROWTH (default "1,4,16"; "1" skips the big loads), BENCH_COLD_RUNS (default 5).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { LAMBDA_FORMAT } from '../../infra/bundling.js';
import { placesOf, REGISTER_UNITS } from '../../shared/data/register.js';
import { key } from '../../shared/store/keys.js';
import { unitItems } from '../../shared/store/seed.js';
import { bedCount, syntheticRegister } from '../synthetic-register.js';
import { bundles, coldStarts, ENTRIES } from './bundles.js';
import { makeCaller } from './caller.js';
import {
  baseline,
  type HoldRun,
  holdJobs,
  interleavedHolds,
  loadSynthetic,
  race,
  recount,
  runHolds,
} from './holds.js';
import { instrument, log, round } from './measure.js';
import { ACCEPTS, CLIENTS, GROWTH, HOLD_ROUNDS, HOLDS } from './options.js';
import { growthRow, matchRequests, rebuildFacts, timeCapacity, timeMatches } from './reads.js';
import { summary } from './report.js';
import { benchApp, benchDynamo } from './start.js';
import {
  buildHoldTransactions,
  keyCost,
  recordLookups,
  referralAccepts,
  timeTransactionSets,
} from './transactions.js';

async function main() {
  const began = performance.now();
  const elapsed = () => `${round((performance.now() - began) / 1000)} s`;
  const loadAtStart = loadavg().map((n) => round(n, 2));
  log(`bench: ${cpus().length} cores, node ${process.version}, load ${loadAtStart.join(' ')}`);

  const { sizes, biggest, layer } = await bundles();
  const cold = coldStarts();
  log(`bundles and cold starts done (${elapsed()})`);

  const dynamo = await benchDynamo();
  const app = await benchApp(dynamo.endpoint, 'bench');
  // The real register alone, in a table of its own: the first row of the growth table.
  const realOnly = await benchApp(dynamo.endpoint, 'bench-real-only');
  try {
    const store = app.store;
    instrument(store);
    instrument(realOnly.store);
    const caller = makeCaller(app);
    // POST /v1/holds with its Idempotency-Key handling switched off: what a hold costs without it.
    const bare = makeCaller(app, { idempotency: false });
    const synthetic = syntheticRegister();
    const seedSeconds = await loadSynthetic(store, synthetic);
    const registerUnits = REGISTER_UNITS.length + synthetic.length;
    const beds = bedCount(REGISTER_UNITS) + bedCount(synthetic);
    log(
      `register: ${REGISTER_UNITS.length} real + ${synthetic.length} synthetic units, ${beds} beds ` +
        `(synthetic loaded in ${round(seedSeconds)} s)`,
    );

    // ---- holds, against the floor of a bare conditional update
    const hot = synthetic.find((u) => u.kind === 'young_offender_institution' && placesOf(u) >= 20);
    const baselineUnits = synthetic.slice(-60);
    // Only open units may be held or referred (a closed or paused unit's free beds are not offered).
    const notOpen = [...REGISTER_UNITS, ...synthetic]
      .filter((u) => (u.status ?? 'open') !== 'open')
      .map((u) => u.id);
    const exclude = new Set([...(hot ? [hot.id] : []), ...baselineUnits.map((u) => u.id), ...notOpen]);
    // Slots: warm-up, holds with a key, holds without, their own transactions, referral accepts,
    // and the transactions again with a key's record (what a key adds, measured apart).
    const RECORDED = Math.round(HOLDS / 2);
    const { part, variant, las } = await holdJobs(
      caller,
      store,
      exclude,
      64 + 3 * HOLDS + ACCEPTS + RECORDED,
      [...REGISTER_UNITS, ...synthetic],
    );
    const baselineBeds = baselineUnits.flatMap((u) =>
      unitItems(u, new Date(), 'free').beds.map((b) => key.bed(u.id, b.bedId)),
    );
    // Warm both paths (JIT, sockets) before timing either.
    await baseline(store, baselineBeds, 200);
    await runHolds(caller, ...part(0, 64), true);

    const baseBefore = await baseline(store, baselineBeds, 3000);
    // With and without a key in alternating turns (ABBA), so that neither meets a fuller table or
    // a busier machine than the other.
    const [keyed, plain] = (await interleavedHolds(
      [variant(caller, [64, 64 + HOLDS], true), variant(bare, [64 + HOLDS, 64 + 2 * HOLDS], false)],
      HOLD_ROUNDS,
    )) as [HoldRun, HoldRun];
    // The hold's own transaction, and the same with a key's record as one more item (what the
    // record itself costs), in alternating turns like the holds, never aiming at the same bed.
    const [txSlots, txRequests] = part(64 + 2 * HOLDS, 64 + 3 * HOLDS);
    const [recSlots, recRequests] = part(64 + 3 * HOLDS + ACCEPTS, 64 + 3 * HOLDS + ACCEPTS + RECORDED);
    const aimed = new Set<string>();
    const [holdTx, holdTxRecorded] = await timeTransactionSets(
      store,
      [
        await buildHoldTransactions(store, [...txSlots], [...txRequests], {}, aimed),
        await buildHoldTransactions(store, [...recSlots], [...recRequests], { withRecord: true }, aimed),
      ],
      HOLD_ROUNDS,
    );
    if (!holdTx || !holdTxRecorded) throw new Error('the hold transactions were not timed');
    // The same keyed calls again, same keys: every one a retry, answered from its record.
    const replays = await runHolds(caller, ...part(64, 64 + HOLDS), true);
    const accepts = await referralAccepts(caller, ...part(64 + 3 * HOLDS, 64 + 3 * HOLDS + ACCEPTS));
    // And the record's look-up alone (a GetItem of an absent key, as for every fresh key).
    const lookups = await recordLookups(store, HOLDS);
    const baseAfter = await baseline(store, baselineBeds, 3000);
    const base = round((baseBefore.ops_per_s + baseAfter.ops_per_s) / 2);
    const contention = hot ? await race(caller, store, hot.id, 'justice', las) : undefined;
    const check = await recount(store);
    log(`holds done (${elapsed()})`);
    // The write path's figures at once, on stderr: a later stage failing on a loaded machine
    // must not lose them (the report on stdout repeats them with the rest).
    log(
      `write path: ${JSON.stringify({
        holds: {
          ops_per_s: plain.ops_per_s,
          p50_ms: plain.p50_ms,
          p95_ms: plain.p95_ms,
          round_trips: plain.round_trips,
        },
        holds_with_key: {
          ops_per_s: keyed.ops_per_s,
          round_trips: keyed.round_trips,
          calls: keyed.all_calls_per_hold,
        },
        retries: {
          ops_per_s: replays.ops_per_s,
          answered_201: replays.succeeded,
          round_trips: replays.round_trips,
        },
        baseline_hold_transaction: {
          ops_per_s: holdTx.ops_per_s,
          succeeded: holdTx.succeeded,
          of: holdTx.transactions,
        },
        referral_accepts: {
          ops_per_s: accepts.ops_per_s,
          succeeded: accepts.succeeded,
          of: accepts.accepts,
          refused: accepts.refused,
        },
        double_bookings: check.double_bookings,
        cold_start_ms: { esm: cold.esm.ms, cjs: cold.cjs.ms },
        bundle_kb: sizes,
      })}`,
    );

    // ---- matching and capacity over the whole register
    const matchReqs = await matchRequests(caller, 60);
    const matches = await timeMatches(caller, matchReqs, 180);
    const capacity = await timeCapacity(caller, 100);
    log(`matching and capacity done (${elapsed()})`);

    // ---- growth: the real register alone, then 1×, 4× and 16× the register (real + synthetic)
    const realCaller = makeCaller(realOnly);
    const growth = [
      await growthRow(
        'real only',
        REGISTER_UNITS.length,
        realCaller,
        await matchRequests(realCaller, 30),
        await rebuildFacts(realOnly.store),
      ),
    ];
    let unitsNow = registerUnits;
    for (const times of GROWTH) {
      const target = times * registerUnits;
      let loaded = 0;
      if (target > unitsNow) {
        loaded = await loadSynthetic(
          store,
          syntheticRegister({ units: target - unitsNow, tag: `x${times}`, seed: times }),
        );
        unitsNow = target;
      }
      // Every row alike: the facts copy rebuilt (timed on its own), then the same warm-up and calls.
      const rebuilt = await rebuildFacts(store);
      growth.push(await growthRow(`${times}x`, unitsNow, caller, matchReqs.slice(0, 30), rebuilt));
      log(`growth ${times}x: ${unitsNow} units (loaded in ${round(loaded)} s) (${elapsed()})`);
    }

    const cpuOf = (c: { node: number; dynamodb_local?: number }) => c.node + (c.dynamodb_local ?? 0);
    const baseCpu = (cpuOf(baseBefore.cpu_ms_per_update) + cpuOf(baseAfter.cpu_ms_per_update)) / 2;
    const report = {
      // SPEC "Benchmarks": `holds` is POST /v1/holds without its Idempotency-Key handling (only
      // the bench can call it so: the API answers 428 without a key); `holds_with_key` is the
      // real call, a fresh key each time (docs/performance.md).
      holds: {
        ops_per_s: plain.ops_per_s,
        p50_ms: plain.p50_ms,
        p95_ms: plain.p95_ms,
        double_bookings: check.double_bookings,
        round_trips: plain.round_trips,
        ratio_to_baseline: round(plain.ops_per_s / base, 2),
        ratio_to_hold_transaction: round(plain.ops_per_s / holdTx.ops_per_s, 2),
        // Holds per CPU-second against updates per CPU-second (this process + DynamoDB Local): the
        // same ratio with the machine's other load taken out.
        ratio_to_baseline_by_cpu: round(baseCpu / cpuOf(plain.cpu_ms_per_hold), 2),
        path: 'in process: router.handle (the route table and handler code the Lambdas run; no HTTP)',
        request:
          'POST /v1/holds with the route’s Idempotency-Key handling switched off, one open request per hold, each on a free bed',
        clients: CLIENTS,
        holds: plain.holds,
        succeeded: plain.succeeded,
        no_bed_available: plain.no_bed_available,
        other_status: plain.other_status,
        units: plain.units,
        round_trips_max: plain.round_trips_max,
        dynamodb_calls_per_hold: plain.dynamodb_calls_per_hold,
        dynamodb_calls_by_command: plain.dynamodb_calls_by_command,
        cpu_ms_per_hold: plain.cpu_ms_per_hold,
        recount: check,
        contention,
      },
      holds_with_key: {
        ops_per_s: keyed.ops_per_s,
        round_trips: keyed.round_trips,
        p50_ms: keyed.p50_ms,
        p95_ms: keyed.p95_ms,
        ratio_to_without_key: round(keyed.ops_per_s / plain.ops_per_s, 2),
        ratio_to_hold_transaction: round(keyed.ops_per_s / holdTx.ops_per_s, 2),
        request: 'POST /v1/holds with a fresh Idempotency-Key each (what every client sends)',
        ratio_to_baseline_by_cpu: round(baseCpu / cpuOf(keyed.cpu_ms_per_hold), 2),
        succeeded: keyed.succeeded,
        round_trips_max: keyed.round_trips_max,
        dynamodb_calls_per_hold: keyed.dynamodb_calls_per_hold,
        dynamodb_calls_per_hold_with_idempotency: keyed.all_calls_per_hold,
        cpu_ms_per_hold: keyed.cpu_ms_per_hold,
        key_cost: keyCost(plain, keyed, holdTx, holdTxRecorded, lookups),
        retries: {
          what: 'the same calls again with the same keys: each answered from its record, nothing written',
          ops_per_s: replays.ops_per_s,
          answered_201: replays.succeeded,
          round_trips: replays.round_trips,
          dynamodb_calls: replays.all_calls_per_hold,
          p95_ms: replays.p95_ms,
        },
      },
      baseline_hold_transaction: {
        ...holdTx,
        operation:
          'the TransactWriteItems a hold commits (bed, counter, hold, request pointer, audit, unit-open check), built beforehand: no reads, no router, no HTTP',
        clients: CLIENTS,
      },
      referral_accepts: {
        ...accepts,
        double_bookings: check.double_bookings,
        request: 'POST /v1/referrals/{id}/accept by the LA with a fresh Idempotency-Key, one live offer each',
        clients: CLIENTS,
      },
      baseline_conditional_update: {
        ops_per_s: base,
        operation:
          'UpdateItem SET benchN = benchN + 1 IF attribute_exists(pk), on bed items of the same table',
        clients: CLIENTS,
        before_holds: baseBefore,
        after_holds: baseAfter,
      },
      matches: { units: registerUnits, ...matches },
      capacity: { units: registerUnits, ...capacity },
      bundle_kb: sizes,
      // Our Powertools layer (decision 0016), beside the bundles on every Lambda: its files' KB.
      powertools_layer_kb: layer,
      // The deployed format's (LAMBDA_FORMAT); both formats are in the detail, timed in turn.
      cold_start_ms: Object.fromEntries(
        Object.keys(ENTRIES).map((n) => [n, (LAMBDA_FORMAT === 'cjs' ? cold.cjs : cold.esm).ms[n]]),
      ),
      cold_start_detail: {
        deployed_format: LAMBDA_FORMAT,
        measured: `the bundle loaded in a fresh node (import() for ESM, from the project with Powertools as published; require for CommonJS, from outside the project with our Powertools layer and the SDK on NODE_PATH, as on Lambda), median of ${cold.runs} runs, round-robin over both formats; best: the fastest run; cpu: CPU time of the load`,
        esm: cold.esm,
        // The same code as CommonJS, loaded by require: what the ESM loader's CommonJS interop costs.
        commonjs: cold.cjs,
      },
      growth,
      register: {
        definition: 'real + synthetic (growth multiplies this)',
        real_units: REGISTER_UNITS.length,
        synthetic_units: synthetic.length,
        beds,
        occupancy: 'real register: typical (60 % occupied, 10 % closed); synthetic: every bed free',
      },
      machine: {
        cores: cpus().length,
        memory_gb: round(totalmem() / 2 ** 30),
        node: process.version,
        load_average_at_start: loadAtStart,
        load_average_at_end: loadavg().map((n) => round(n, 2)),
      },
      seconds: round((performance.now() - began) / 1000),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    summary(report, biggest);
  } finally {
    await realOnly.stop();
    await app.stop();
    await dynamo.stop();
  }
}

main().catch((error) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
