import type { Stream } from '../../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { CAPACITY_CHANGE_MARGIN_MS } from '../../shared/store/capacity-cache.js';
import { sleep } from '../../shared/store/db.js';
import { type Answer, type Caller, call } from './caller.js';
import { newRequests, STREAMS } from './holds.js';
import { median, percentile, random, round, startCpu, sum } from './measure.js';

// 4. Matching and capacity, and the rows of the growth table.

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
  const answers: Answer[] = [];
  let cpu = startCpu();
  for (let i = 0; i < warm + calls; i++) {
    if (i === warm) cpu = startCpu();
    const r = requests[i % requests.length] as { id: string; la: string };
    const a = await call(caller, 'GET', `/v1/requests/${r.id}/matches`, await caller.token('la', r.la));
    if (a.status !== 200) throw new Error(`matches answered ${a.status}: ${JSON.stringify(a.body)}`);
    if (i >= warm) answers.push(a);
  }
  const cpuPerCall = cpu(answers.length);
  const ms = answers.map((a) => a.ms);
  return {
    p50_ms: round(median(ms)),
    p95_ms: round(percentile(ms, 95)),
    cpu_ms_per_call: cpuPerCall,
    calls: answers.length,
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

/**
 * Matching and capacity once more, for one row of the growth table: fewer calls as the register
 * grows (60 and 30 at 1×, 15 and 8 at 16×), so that 16× fits in the time budget.
 */
export async function growthRow(
  label: string,
  units: number,
  times: number,
  caller: Caller,
  requests: { id: string; la: string }[],
) {
  const fewer = (n: number) => Math.max(8, Math.round(n / Math.sqrt(times)));
  const m = await timeMatches(caller, requests, fewer(60), times > 1 ? 2 : 5);
  const c = await timeCapacity(caller, fewer(30), times > 1 ? 2 : 5);
  return {
    register: label,
    units,
    matches_p50_ms: m.p50_ms,
    matches_p95_ms: m.p95_ms,
    matches_per_answer: m.matches_per_answer,
    matches_cpu_ms: m.cpu_ms_per_call,
    matches_calls: m.calls,
    capacity_p50_ms: c.p50_ms,
    capacity_p95_ms: c.p95_ms,
    capacity_queries: c.queries,
    capacity_cpu_ms: c.cpu_ms_per_call,
    capacity_calls: c.calls,
  };
}
