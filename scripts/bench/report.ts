import type { ColdFigures } from './bundles.js';
import { log, round } from './measure.js';

// The human summary on stderr: each target with ok or MISS.

// biome-ignore lint/suspicious/noExplicitAny: the report is printed, not typed further
export function summary(r: any, biggest: Record<string, string>) {
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const h = r.holds;
  const k = r.holds_with_key;
  const counts = (c: { node: number; dynamodb_local?: number }) =>
    `node ${c.node} + DynamoDB Local ${c.dynamodb_local ?? '?'} ms CPU`;
  log('');
  log(
    `machine: ${r.machine.cores} cores, load average ${r.machine.load_average_at_start.join(' ')} at start, ${r.machine.load_average_at_end.join(' ')} at end`,
  );
  const hot = r.baseline_hold_transaction?.ops_per_s;
  const vsTx = hot ? ` = ${(h.ops_per_s / hot).toFixed(2)}x its own transaction (${hot}/s; target 0.6x)` : '';
  log(
    `${mark(!hot || h.ops_per_s / hot >= 0.6)} holds ${h.ops_per_s}/s${vsTx}; ${h.ratio_to_baseline}x a bare conditional update (${r.baseline_conditional_update.ops_per_s}/s); by CPU ${h.ratio_to_baseline_by_cpu}x`,
  );
  log(
    `${mark(h.round_trips <= 2)}    p50 ${h.p50_ms} ms, p95 ${h.p95_ms} ms; ${h.round_trips} round trips, ${h.dynamodb_calls_per_hold} store calls; ${counts(h.cpu_ms_per_hold)} per hold`,
  );
  log(
    `${mark(k.ratio_to_without_key >= 0.9 && k.round_trips <= 2)} holds with Idempotency-Key ${k.ops_per_s}/s = ${k.ratio_to_without_key}x without (target 0.9x), p95 ${k.p95_ms} ms, ${k.round_trips} round trips, ${k.dynamodb_calls_per_hold_with_idempotency} calls with idempotency`,
  );
  const kc = k.key_cost;
  if (kc)
    log(
      `       the key's cost in DynamoDB Local CPU per hold: ${kc.dynamodb_local_cpu_ms_per_hold.without_key} → ${kc.dynamodb_local_cpu_ms_per_hold.with_key} ms (${kc.ratio_by_dynamodb_local_cpu}x); its record's GetItem ${kc.record_lookup_get_ms} ms + its transaction item ${kc.record_item_in_transaction_ms} ms; record ${kc.record_bytes} bytes`,
    );
  log(`       a bare update: ${counts(r.baseline_conditional_update.before_holds.cpu_ms_per_update)}`);
  if (k.retries)
    log(
      `       retries with the same key: ${k.retries.answered_201} answered 201 from their record, ${k.retries.ops_per_s}/s, ${k.retries.round_trips} round trip(s)`,
    );
  const ra = r.referral_accepts;
  if (ra)
    log(
      `${mark(ra.double_bookings === 0 && ra.succeeded === ra.accepts)} referral accepts ${ra.ops_per_s}/s (${ra.succeeded} of ${ra.accepts}), p95 ${ra.p95_ms} ms, ${ra.round_trips} round trips, ${ra.double_bookings} double bookings`,
    );
  log(
    `${mark(h.double_bookings === 0 && h.recount.counters_differing_from_recount === 0 && h.recount.holds_without_their_bed === 0)} recount of ${h.recount.units_recounted} units: ${h.double_bookings} double bookings, ${h.recount.holds_without_their_bed} holds without their bed, ${h.recount.counters_differing_from_recount} counters off`,
  );
  if (h.contention)
    log(
      `${mark(h.contention.exactly_n)} race: ${h.contention.succeeded} of ${h.contention.attempts} concurrent holds on ${h.contention.free_beds} free beds succeeded`,
    );
  log(
    `${mark(r.matches.p95_ms < 50)} matches p95 ${r.matches.p95_ms} ms (p50 ${r.matches.p50_ms}) over ${r.matches.units} units, ${r.matches.matches_per_answer} per answer; ${counts(r.matches.cpu_ms_per_call)} (target < 50 ms)`,
  );
  log(
    `${mark(r.capacity.p95_ms < 50 && r.capacity.scans === 0)} capacity p95 ${r.capacity.p95_ms} ms (p50 ${r.capacity.p50_ms}), ${r.capacity.queries} Query, ${r.capacity.scans} Scan; ${counts(r.capacity.cpu_ms_per_call)} (target < 50 ms, no Scan)`,
  );
  const { esm, commonjs } = r.cold_start_detail as { esm: ColdFigures; commonjs: ColdFigures };
  const cold = (c: ColdFigures, fn: string) =>
    `${String(c.ms[fn]).padStart(6)} ${String(c.best[fn]).padStart(6)} ${String(c.cpu[fn]).padStart(6)}`;
  log(
    '     bundle          KB | ESM cold ms: median   best    cpu | CommonJS: median   best    cpu | biggest (KB)',
  );
  for (const [fn, kb] of Object.entries(r.bundle_kb as Record<string, number>)) {
    log(
      `${mark(kb < 250 && r.cold_start_ms[fn] < 100)} ${fn.padEnd(13)} ${String(kb).padStart(6)} |          ${cold(esm, fn)} |              ${cold(commonjs, fn)} | ${biggest[fn]}`,
    );
  }
  log(
    `     the AWS SDK alone    |          ${cold(esm, 'sdk-only')} |              ${cold(commonjs, 'sdk-only')} |`,
  );
  log(
    `     our Powertools layer (on every Lambda beside its bundle): ${JSON.stringify(r.powertools_layer_kb)} KB`,
  );
  log(
    'growth          units  matches p50/p95 ms  capacity p50/p95 ms  queries  (matches timed: calls, facts rebuild ms)',
  );
  for (const g of r.growth) {
    log(
      `${String(g.register).padEnd(10)} ${String(g.units).padStart(8)} ${String(g.matches_p50_ms).padStart(9)} /${String(g.matches_p95_ms).padStart(7)} ${String(g.capacity_p50_ms).padStart(10)} /${String(g.capacity_p95_ms).padStart(7)} ${String(g.capacity_queries).padStart(8)}  ${g.matches_calls}, ${g.matches_facts_rebuild_ms ?? '-'}`,
    );
  }
  // Issue 21's growth targets: p95 at the largest register ≤ 2× p95 at 1×, for matches and capacity.
  const first = r.growth.find((g: { register: string }) => g.register === '1x');
  const last = r.growth.at(-1);
  if (first && last && last !== first)
    for (const [what, p95, p50] of [
      ['matches', 'matches_p95_ms', 'matches_p50_ms'],
      ['capacity', 'capacity_p95_ms', 'capacity_p50_ms'],
    ] as const) {
      const ratio = round(last[p95] / first[p95], 2);
      log(
        `${mark(ratio <= 2)} ${what} at ${last.register}: p95 ${last[p95]} ms = ${ratio}x the 1x figure (${first[p95]} ms; target ≤ 2x); p50 ${round(last[p50] / first[p50], 2)}x`,
      );
    }
  log(`whole bench: ${r.seconds} s`);
}
