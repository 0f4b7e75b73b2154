import { placeHold } from '../../shared/domain/holds.js';
import type { ClaimableBed } from '../../shared/store/bed-claim.js';
import { newHold, newHoldItems } from '../../shared/store/hold-items.js';
import type { Store } from '../../shared/store/index.js';
import type { RequestItem } from '../../shared/store/records.js';
import { type Caller, call } from './caller.js';
import type { Slot } from './holds.js';
import { median, percentile, pool, round, startCpu } from './measure.js';
import { CLIENTS } from './options.js';

// The hold's own transaction alone (baseline_hold_transaction), and referral acceptances.

const HOLD_MINUTES = 120;

/**
 * The floor under a hold: the very TransactWriteItems a hold commits (bed, counter, hold, the
 * request's pointer, the audit event, the unit-is-open check), built beforehand from reads that
 * are not timed, then sent at the same concurrency: no reads, no router, no HTTP.
 */
export async function holdTransactions(store: Store, slots: Slot[], requestIds: string[]) {
  const now = new Date();
  const at = now.toISOString();
  const { rules } = await store.poolRules.get();
  const units = new Map<string, Awaited<ReturnType<typeof store.holds.unitForHold>>>();
  const taken = new Set<string>();
  const jobs: Parameters<typeof store.db.transact>[0][] = [];
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
    jobs.push(newHoldItems(hold, request, choice.bed, { role: 'la', org: request.laCode, sub: 'bench' }, at));
  }
  let ok = 0;
  const failed: Record<string, number> = {};
  const latencies: number[] = [];
  const cpu = startCpu();
  const wall = await pool(jobs, CLIENTS, async (items) => {
    const started = performance.now();
    try {
      await store.db.transact(items);
      ok++;
      latencies.push(performance.now() - started);
    } catch (error) {
      const name = error instanceof Error ? error.message.slice(0, 60) : String(error);
      failed[name] = (failed[name] ?? 0) + 1;
    }
  });
  return {
    ops_per_s: round(ok / (wall / 1000)),
    p50_ms: round(median(latencies)),
    p95_ms: round(percentile(latencies, 95)),
    transactions: jobs.length,
    succeeded: ok,
    failed,
    items_per_transaction: jobs[0]?.length ?? 0,
    cpu_ms_per_transaction: cpu(Math.max(ok, 1)),
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
