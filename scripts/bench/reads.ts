import { PerformanceObserver } from 'node:perf_hooks';
import type { Stream } from '../../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { CAPACITY_CHANGE_MARGIN_MS } from '../../shared/store/capacity-cache.js';
import { sleep } from '../../shared/store/db.js';
import type { Store } from '../../shared/store/index.js';
import { bumpRegisterEpoch } from '../../shared/store/match-facts.js';
import { type Answer, type Caller, call } from './caller.js';
import { newRequests, STREAMS } from './holds.js';
import { median, percentile, random, round, startCpu, sum } from './measure.js';

// 4. Matching and capacity, and the rows of the growth table.

/** This process's garbage-collection pauses, as they happen: one cause a slow call can have. */
const pauses: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
  if (pauses.length > 10_000) pauses.splice(0, pauses.length - 1000);
}).observe({ entryTypes: ['gc'] });
/** Milliseconds of garbage collection inside [from, to]. */
const pausedWithin = (from: number, to: number) =>
  pauses.reduce((n, p) => n + Math.max(0, Math.min(to, p.end) - Math.max(from, p.start)), 0);

/**
 * The calls slower than twice the median, slowest first (at most 5), each with what it did: its
 * DynamoDB calls by command (a Query is the facts copy being rebuilt; a match reads by key only
 * otherwise) and this process's GC pauses during it. What a p95 is made of, not only its value.
 */
function slowCalls(answers: (Answer & { gcMs: number })[]) {
  const mid = median(answers.map((a) => a.ms));
  return answers
    .filter((a) => a.ms > 2 * mid)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((a) => ({ ms: round(a.ms), gc_ms: round(a.gcMs), dynamodb_calls: a.trace.all }));
}

export async function matchRequests(caller: Caller, n: number) {
  const specs = Array.from({ length: n }, (_, i) => ({
    stream: STREAMS[i % STREAMS.length] as Stream,
    la: (LOCAL_AUTHORITIES[Math.floor(random() * LOCAL_AUTHORITIES.length)] as { code: string }).code,
  }));
  const ids = await newRequests(caller, specs);
  return ids.map((id, i) => ({ id, la: (specs[i] as { la: string }).la }));
}

export async function timeMatches(
  caller: Caller,
  requests: { id: string; la: string }[],
  calls: number,
  warm = 10,
) {
  const answers: (Answer & { gcMs: number })[] = [];
  let cpu = startCpu();
  for (let i = 0; i < warm + calls; i++) {
    if (i === warm) cpu = startCpu();
    const r = requests[i % requests.length] as { id: string; la: string };
    const token = await caller.token('la', r.la);
    const from = performance.now();
    const a = await call(caller, 'GET', `/v1/requests/${r.id}/matches`, token);
    if (a.status !== 200) throw new Error(`matches answered ${a.status}: ${JSON.stringify(a.body)}`);
    if (i >= warm) answers.push({ ...a, gcMs: pausedWithin(from, performance.now()) });
  }
  const cpuPerCall = cpu(answers.length);
  const ms = answers.map((a) => a.ms);
  return {
    p50_ms: round(median(ms)),
    p95_ms: round(percentile(ms, 95)),
    max_ms: round(Math.max(...ms)),
    cpu_ms_per_call: cpuPerCall,
    calls: answers.length,
    slow_calls: slowCalls(answers),
    gc_ms_per_call: round(answers.reduce((n, a) => n + a.gcMs, 0) / answers.length, 2),
    matches_per_answer: round(answers.reduce((n, a) => n + a.body.items.length, 0) / answers.length),
    answer_kb: round(answers.reduce((n, a) => n + a.bytes, 0) / answers.length / 1024),
    queries_per_call: round(answers.reduce((n, a) => n + (a.trace.store.Query ?? 0), 0) / answers.length, 2),
    dynamodb_calls_per_call: round(answers.reduce((n, a) => n + sum(a.trace.store), 0) / answers.length, 2),
  };
}

export async function timeCapacity(caller: Caller, calls: number, warm = 10) {
  const token = await caller.token('commissioner', 'DfE');
  // Steady state, as a commissioner meets it: a call reads the keys of the counters stamped in the
  // last CAPACITY_CHANGE_MARGIN_MS (decision 0013), and the bench has just loaded the whole
  // register in a burst no live register sees. Wait the margin out, so that each call reads what
  // changed since the last, not the load.
  await sleep(CAPACITY_CHANGE_MARGIN_MS + 1000);
  const answers: Answer[] = [];
  let cpu = startCpu();
  for (let i = 0; i < warm + calls; i++) {
    if (i === warm) cpu = startCpu();
    const a = await call(caller, 'GET', '/v1/capacity', token);
    if (a.status !== 200) throw new Error(`capacity answered ${a.status}: ${JSON.stringify(a.body)}`);
    if (i >= warm) answers.push(a);
  }
  const cpuPerCall = cpu(answers.length);
  const ms = answers.map((a) => a.ms);
  const calls_ = (name: string) => answers.reduce((n, a) => n + (a.trace.all[name] ?? 0), 0) / answers.length;
  return {
    p50_ms: round(median(ms)),
    p95_ms: round(percentile(ms, 95)),
    cpu_ms_per_call: cpuPerCall,
    calls: answers.length,
    queries: round(calls_('Query'), 2),
    scans: calls_('Scan'),
    dynamodb_calls_per_call: round(answers.reduce((n, a) => n + sum(a.trace.all), 0) / answers.length, 2),
    units_counted: answers[0]?.body.national.units + answers[0]?.body.national.staleUnits,
  };
}

/** Calls timed in every row of the growth table, whatever the register's size. */
// Capacity answers in a few milliseconds, so 100 calls (as at 1x) cost under a second a row and
// make its p95 the fifth-worst call rather than the second-worst of 30.
export const GROWTH_CALLS = { matches: 60, capacity: 100, warm: 10 } as const;

/**
 * Before each row of the growth table: the matching facts copy rebuilt outside any
 * timing, as the local server does at start and a Lambda does in its first search, and the time
 * that took: the one read that grows with the register (at most once per register change, and
 * every MATCH_FACTS_MAX_AGE_MS, per process).
 */
export async function rebuildFacts(store: Store): Promise<number> {
  // A moved epoch makes the next use rebuild, at every size alike (a load has just moved it; the
  // first rows have not).
  await bumpRegisterEpoch(store.db);
  const started = performance.now();
  await store.units.matchFacts.units();
  return round(performance.now() - started);
}

/**
 * Matching and capacity once more, for one row of the growth table: the same number of calls
 * and the same warm-up at every size (the facts copy already rebuilt: `rebuildFacts`), so that
 * a p95 is the 95th percentile of 60 calls at 16× as at 1×, not the worst of 15.
 */
export async function growthRow(
  label: string,
  units: number,
  caller: Caller,
  requests: { id: string; la: string }[],
  factsRebuildMs?: number,
) {
  const m = await timeMatches(caller, requests, GROWTH_CALLS.matches, GROWTH_CALLS.warm);
  const c = await timeCapacity(caller, GROWTH_CALLS.capacity, GROWTH_CALLS.warm);
  return {
    register: label,
    units,
    matches_p50_ms: m.p50_ms,
    matches_p95_ms: m.p95_ms,
    matches_max_ms: m.max_ms,
    matches_per_answer: m.matches_per_answer,
    matches_cpu_ms: m.cpu_ms_per_call,
    matches_calls: m.calls,
    matches_slow_calls: m.slow_calls,
    matches_gc_ms_per_call: m.gc_ms_per_call,
    ...(factsRebuildMs === undefined ? {} : { matches_facts_rebuild_ms: factsRebuildMs }),
    capacity_p50_ms: c.p50_ms,
    capacity_p95_ms: c.p95_ms,
    capacity_queries: c.queries,
    capacity_cpu_ms: c.cpu_ms_per_call,
    capacity_calls: c.calls,
  };
}
