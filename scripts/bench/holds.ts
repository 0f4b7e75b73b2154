import { isDeepStrictEqual } from 'node:util';
import { LEGAL_BASES_BY_STREAM, type Stream } from '../../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { capacityRowsOf } from '../../shared/domain/capacity.js';
import { candidateOf } from '../../shared/domain/matching.js';
import { DEFAULT_POOL_RULES } from '../../shared/domain/pool.js';
import type { Store } from '../../shared/store/index.js';
import { queryAllItems } from '../../shared/store/index-reads.js';
import { GSI3, index } from '../../shared/store/keys.js';
import type { BedItem, HoldItem, PlacementItem } from '../../shared/store/records.js';
import { seedUnits } from '../../shared/store/seed.js';
import { doubleBookings, readCounters, recountBeds } from '../recount.js';
import type { SyntheticUnit } from '../synthetic-register.js';
import { type Answer, type Caller, call } from './caller.js';
import {
  addCpu,
  bump,
  type CpuStart,
  median,
  percentile,
  pool,
  random,
  round,
  shuffle,
  startCpu,
  sum,
} from './measure.js';
import { CLIENTS } from './options.js';

// 2. Requests and the synthetic register; 3. holds against the floor of a bare conditional update.

const SEED_CONCURRENCY = 12;

const NEEDED_BY = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
export const STREAMS: Stream[] = ['welfare', 'justice', 'mental_health'];
export const NEEDS = [
  'self_harm',
  'absconding',
  'violence',
  'mental_health',
  'criminal_exploitation',
  'autism',
];

let children = 0;

/** What a unit takes, for a child it would: its age range and sexes. */
export interface Takes {
  ageRange: { min: number; max: number };
  sexes: readonly ('female' | 'male')[];
}

export function requestBody(stream: Stream, homeLaCode: string, takenBy?: Takes) {
  // 13–17: a welfare placement under 13 needs the Secretary of State's approval reference.
  const min = Math.max(13, takenBy?.ageRange.min ?? 13);
  const max = Math.max(min, Math.min(17, takenBy?.ageRange.max ?? 17));
  const sexes = takenBy?.sexes.length ? takenBy.sexes : (['female', 'male'] as const);
  return {
    // Always with digits and never ten in a row: the childRef rules refuse names and NHS numbers.
    childRef: `bench-${++children}`,
    ageYears: min + Math.floor(random() * (max - min + 1)),
    sex: sexes[Math.floor(random() * sexes.length)] as 'female' | 'male',
    stream,
    legalBasis: LEGAL_BASES_BY_STREAM[stream][0],
    needs: shuffle([...NEEDS]).slice(0, Math.floor(random() * 4)),
    homeLaCode,
    neededBy: NEEDED_BY,
  };
}

export async function newRequests(caller: Caller, specs: { stream: Stream; la: string; takenBy?: Takes }[]) {
  const ids: string[] = new Array(specs.length);
  await pool(
    specs.map((s, i) => ({ ...s, i })),
    16,
    async (s) => {
      const r = await call(
        caller,
        'POST',
        '/v1/requests',
        await caller.token('la', s.la),
        requestBody(s.stream, s.la, s.takenBy),
      );
      if (r.status !== 201)
        throw new Error(`POST /v1/requests answered ${r.status}: ${JSON.stringify(r.body)}`);
      ids[s.i] = r.body.id as string;
    },
  );
  return ids;
}

export async function loadSynthetic(store: Store, units: SyntheticUnit[]) {
  const started = performance.now();
  await seedUnits(store.db, units, {
    now: new Date(),
    profile: 'free',
    synthetic: true,
    concurrency: SEED_CONCURRENCY,
  });
  return (performance.now() - started) / 1000;
}

export interface Slot {
  unitId: string;
  stream: Stream;
}

/** Unit-streams with free beds, one slot per hold, spread over as many units as there are holds. */
export async function freeSlots(store: Store, exclude: Set<string>, count: number): Promise<Slot[]> {
  const now = new Date();
  const pairs = (await store.units.capacityItems())
    .filter((i) => !exclude.has(i.unitId))
    .flatMap((i) => capacityRowsOf(i, now, false))
    .map((r) => ({ unitId: r.unitId, stream: r.stream, free: r.beds.available }))
    .filter((p) => p.free > 0);
  shuffle(pairs);
  const slots: Slot[] = [];
  for (let pass = 0; slots.length < count && pass < 4; pass++) {
    for (const p of pairs) if (p.free > pass) slots.push({ unitId: p.unitId, stream: p.stream });
  }
  return slots;
}

/**
 * `count` hold jobs ready to run: free slots (outside `exclude`), a random LA for each, and a
 * request for a child each slot's unit takes (age and sex, so a referral or hold may go there).
 * `part(from, to)` slices them; `variant` makes one for `interleavedHolds`.
 */
export async function holdJobs(
  caller: Caller,
  store: Store,
  exclude: Set<string>,
  count: number,
  units: readonly (Takes & { id: string })[],
) {
  const slots = await freeSlots(store, exclude, count);
  const las = slots.map(
    () => (LOCAL_AUTHORITIES[Math.floor(random() * LOCAL_AUTHORITIES.length)] as { code: string }).code,
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const requestIds = await newRequests(
    caller,
    slots.map((s, i) => ({ stream: s.stream, la: las[i] as string, takenBy: byId.get(s.unitId) })),
  );
  const part = (from: number, to: number) =>
    [slots.slice(from, to), requestIds.slice(from, to), las.slice(from, to)] as const;
  const variant = (c: Caller, [from, to]: [number, number], withKey: boolean): HoldVariant => {
    const [slots_, requestIds_, las_] = part(from, to);
    return { caller: c, slots: slots_, requestIds: requestIds_, las: las_, withKey };
  };
  return { part, variant, las };
}

export interface HoldRun {
  ops_per_s: number;
  p50_ms: number;
  p95_ms: number;
  holds: number;
  succeeded: number;
  no_bed_available: number;
  other_status: Record<string, number>;
  units: number;
  round_trips: number;
  round_trips_max: number;
  cpu_ms_per_hold: ReturnType<ReturnType<CpuStart>>;
  dynamodb_calls_per_hold: number;
  dynamodb_calls_by_command: Record<string, number>;
  all_calls_per_hold: number;
}

export async function runHolds(
  caller: Caller,
  slots: Slot[],
  requestIds: string[],
  las: string[],
  withKey: boolean,
) {
  const [run] = await interleavedHolds([{ caller, slots, requestIds, las, withKey }], 1);
  return run as HoldRun;
}

/** One variant of POST /v1/holds for `interleavedHolds`: its caller, its jobs, with a key or not. */
export interface HoldVariant {
  caller: Caller;
  slots: Slot[];
  requestIds: string[];
  las: string[];
  withKey: boolean;
}

/**
 * Two variants (or one) timed in `rounds` alternating turns, ABBA (A B, then B A, ...), each turn
 * a share of the variant's holds at full concurrency. Run one after the other, the later variant
 * meets a fuller table and whatever else the machine (and DynamoDB Local's JVM) is doing by then:
 * alternating puts any drift on both alike, as the cold starts' round-robin does. Each variant's
 * figures sum its own turns (holds over its own wall time, CPU over its own turns).
 */
export async function interleavedHolds(variants: HoldVariant[], rounds: number): Promise<HoldRun[]> {
  const state = variants.map((v) => ({
    v,
    jobs: v.slots.map((s, i) => ({ ...s, requestId: v.requestIds[i] as string, la: v.las[i] as string })),
    answers: [] as Answer[],
    wall: 0,
    cpu: { node: 0, dynamodb_local: 0 as number | undefined },
  }));
  for (let r = 0; r < rounds; r++) {
    for (const st of r % 2 === 0 ? state : [...state].reverse()) {
      const per = Math.ceil(st.jobs.length / rounds);
      const turn = st.jobs.slice(r * per, (r + 1) * per);
      const { caller, withKey } = st.v;
      const cpu = startCpu();
      st.wall += await pool(turn, CLIENTS, async (j) => {
        const headers: Record<string, string> = withKey ? { 'idempotency-key': `bench-${j.requestId}` } : {};
        const token = await caller.token('la', j.la);
        st.answers.push(
          await call(
            caller,
            'POST',
            '/v1/holds',
            token,
            { requestId: j.requestId, unitId: j.unitId },
            headers,
          ),
        );
      });
      const used = cpu(1); // the turn's whole CPU
      addCpu(st.cpu, used);
    }
  }
  return state.map(({ jobs, answers, wall, cpu }) => summariseHolds(jobs, answers, wall, cpu));
}

function summariseHolds(
  jobs: Slot[],
  answers: Answer[],
  wall: number,
  cpu: { node: number; dynamodb_local: number | undefined },
): HoldRun {
  const n = Math.max(answers.length, 1);
  const cpuPerHold = {
    node: round(cpu.node / n, 2),
    dynamodb_local: cpu.dynamodb_local === undefined ? undefined : round(cpu.dynamodb_local / n, 2),
  };
  const ok = answers.filter((a) => a.status === 201);
  const other: Record<string, number> = {};
  for (const a of answers) if (a.status !== 201 && a.status !== 409) bump(other, String(a.status));
  const byCommand: Record<string, number> = {};
  for (const a of ok)
    for (const [k, v] of Object.entries(a.trace.store)) byCommand[k] = (byCommand[k] ?? 0) + v;
  for (const k of Object.keys(byCommand)) byCommand[k] = round((byCommand[k] ?? 0) / ok.length, 2);
  const run: HoldRun = {
    ops_per_s: round(ok.length / (wall / 1000)),
    p50_ms: round(
      percentile(
        ok.map((a) => a.ms),
        50,
      ),
    ),
    p95_ms: round(
      percentile(
        ok.map((a) => a.ms),
        95,
      ),
    ),
    holds: answers.length,
    succeeded: ok.length,
    no_bed_available: answers.filter((a) => a.status === 409 && a.body?.code === 'no_bed_available').length,
    other_status: other,
    units: new Set(jobs.map((j) => j.unitId)).size,
    round_trips: median(ok.map((a) => a.trace.roundTrips)),
    round_trips_max: Math.max(...ok.map((a) => a.trace.roundTrips)),
    cpu_ms_per_hold: cpuPerHold,
    dynamodb_calls_per_hold: round(ok.reduce((n, a) => n + sum(a.trace.store), 0) / ok.length, 2),
    dynamodb_calls_by_command: byCommand,
    all_calls_per_hold: round(ok.reduce((n, a) => n + sum(a.trace.all), 0) / ok.length, 2),
  };
  return run;
}

/** The floor: a bare conditional UpdateItem (`SET n = n + 1` if the bed exists), same table and concurrency. */
export async function baseline(store: Store, beds: { pk: string; sk: string }[], ops: number) {
  const jobs = Array.from({ length: ops }, (_, i) => beds[i % beds.length] as { pk: string; sk: string });
  const latencies: number[] = [];
  const cpu = startCpu();
  const wall = await pool(jobs, CLIENTS, async (k) => {
    const started = performance.now();
    await store.db.update({
      Key: k,
      UpdateExpression: 'SET benchN = if_not_exists(benchN, :zero) + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
    });
    latencies.push(performance.now() - started);
  });
  return {
    ops_per_s: round(ops / (wall / 1000)),
    p50_ms: round(median(latencies)),
    p95_ms: round(percentile(latencies, 95)),
    cpu_ms_per_update: cpu(ops),
  };
}

/** A hot unit: 3N concurrent holds on N free beds; exactly N must succeed. */
export async function race(caller: Caller, store: Store, unitId: string, stream: Stream, las: string[]) {
  const [item, unit] = await Promise.all([store.units.getCounter(unitId), store.units.getUnit(unitId)]);
  const free = item ? candidateOf(item, stream, DEFAULT_POOL_RULES, new Date()).available : 0;
  // Children the unit takes (its ages and sexes): one it could never take is refused whatever
  // its beds, and would make the race's "exactly N" a count of fits rather than of beds.
  const ids = await newRequests(
    caller,
    Array.from({ length: free * 3 }, (_, i) => ({
      stream,
      la: las[i % las.length] as string,
      takenBy: unit,
    })),
  );
  const answers = await Promise.all(
    ids.map(async (requestId, i) =>
      call(caller, 'POST', '/v1/holds', await caller.token('la', las[i % las.length] as string), {
        requestId,
        unitId,
      }),
    ),
  );
  return {
    unit: unitId,
    free_beds: free,
    attempts: answers.length,
    succeeded: answers.filter((a) => a.status === 201).length,
    no_bed_available: answers.filter((a) => a.body?.code === 'no_bed_available').length,
    exactly_n: answers.filter((a) => a.status === 201).length === free,
  };
}

/**
 * After the run, from the table itself: beds that more than one live hold or placement points at
 * (double bookings), live holds whose bed does not point back, and counters that differ from a
 * recount of their beds.
 */
export async function recount(store: Store) {
  const now = new Date();
  // The national index finds every hold and placement; each is read by key (decision 0014).
  const holds = await queryAllItems<HoldItem>(store.db, {
    IndexName: GSI3,
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': index.allHolds },
  });
  const live = holds.filter(
    (h) => h.status === 'accepted' || (h.status === 'active' && Date.parse(h.expiresAt) > now.getTime()),
  );
  // Placements made by accepting a referral take a bed with no hold: their units are recounted too.
  const placements = await queryAllItems<PlacementItem>(store.db, {
    IndexName: GSI3,
    KeyConditionExpression: 'gsi3pk = :pk',
    ExpressionAttributeValues: { ':pk': index.allPlacements },
  });
  const referralPlacements = placements.filter((p) => p.status === 'active' && p.referralId && p.bedId);
  const unitIds = [...new Set([...holds, ...referralPlacements].map((h) => h.unitId))];
  const beds = new Map<string, BedItem>();
  await pool(unitIds, 8, async (u) => {
    for (const b of await store.units.listBeds(u)) beds.set(`${u}|${b.bedId}`, b);
  });
  const holdsWithoutBed = live.filter((h) => {
    const b = beds.get(`${h.unitId}|${h.bedId}`);
    return h.status === 'active' ? b?.state !== 'held' || b.holdId !== h.id : b?.state !== 'occupied';
  }).length;

  // The tests' own recount: each unit's counters against its beds, and beds claimed twice.
  const counted = await recountBeds(store, unitIds, now);
  const counters = await readCounters(store, unitIds, now);
  const counterMismatches = [...new Set([...counted.keys(), ...counters.keys()])].filter(
    (k) => !isDeepStrictEqual(counted.get(k), counters.get(k)),
  ).length;
  const doubles = await doubleBookings(store, unitIds, now);
  return {
    double_bookings: doubles,
    holds_without_their_bed: holdsWithoutBed,
    counters_differing_from_recount: counterMismatches,
    holds_checked: holds.length,
    referral_placements_checked: referralPlacements.length,
    units_recounted: unitIds.length,
  };
}
