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
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { type BuildOptions, build } from 'esbuild';
import { ESBUILD_TARGET, ESM_REQUIRE_BANNER, EXTERNAL_MODULES, LAMBDA_ENTRIES } from '../infra/bundling.js';
import { LEGAL_BASES_BY_STREAM, type Stream } from '../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../shared/data/local-authorities.js';
import { placesOf, REGISTER_UNITS } from '../shared/data/register.js';
import { createRouter, type Router } from '../shared/http/router.js';
import { ROUTES } from '../shared/http/routes.js';
import type { Store } from '../shared/store/index.js';
import { GSI3, index, key } from '../shared/store/keys.js';
import type { BedItem, HoldItem } from '../shared/store/records.js';
import { seedUnits, unitItems } from '../shared/store/seed.js';
import { effectiveCounts } from '../shared/store/units.js';
import { type App, startApp } from './app.js';
import { startDynamoLocal } from './dynamo-local.js';
import { bedCount, prng, type SyntheticUnit, syntheticRegister } from './synthetic-register.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const HOLDS = Number(process.env.BENCH_HOLDS ?? 400);
const GROWTH = (process.env.BENCH_GROWTH ?? '1,4,16').split(',').map(Number);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const SEED_CONCURRENCY = 12;
const random = prng(7);

// ---------------------------------------------------------------- small helpers

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** Nearest-rank percentile of a sample (ms). */
function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
const median = (sample: number[]) => percentile(sample, 50);

/** Runs `work` over `items` with `n` concurrent workers; returns the wall time in ms. */
async function pool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>): Promise<number> {
  const queue = [...items];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
  return performance.now() - started;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

// ---------------------------------------------------------------- CPU per operation

/**
 * CPU time spent by this process and by DynamoDB Local (its JVM, found in /proc by its port) over
 * a phase, per operation. Wall-clock figures move with whatever else the machine runs; CPU per
 * operation mostly does not, so it says where the time goes. Undefined off Linux.
 */
function cpuMeter(port: number) {
  const ticks = 100; // USER_HZ: 100 on every Linux this runs on
  let pid: string | undefined;
  try {
    pid = readdirSync('/proc').find((p) => {
      if (!/^\d+$/.test(p)) return false;
      try {
        const args = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
        return args.some((a) => a.endsWith('DynamoDBLocal.jar')) && args.includes(String(port));
      } catch {
        return false;
      }
    });
  } catch {
    pid = undefined;
  }
  const jvm = (): number | undefined => {
    if (!pid) return undefined;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  };
  return () => {
    const node0 = process.cpuUsage();
    const jvm0 = jvm();
    return (ops: number) => {
      const node = process.cpuUsage(node0);
      const jvm1 = jvm();
      return {
        node: round((node.user + node.system) / 1000 / ops, 2),
        dynamodb_local: jvm0 === undefined || jvm1 === undefined ? undefined : round((jvm1 - jvm0) / ops, 2),
      };
    };
  };
}
type CpuStart = ReturnType<typeof cpuMeter>;
let startCpu: CpuStart = () => () => ({ node: Number.NaN, dynamodb_local: undefined });

// ---------------------------------------------------------------- counting DynamoDB calls

/** What one operation (a hold, a match, a capacity read) cost in DynamoDB calls. */
interface Trace {
  /** Calls through the store's `Db.send` (counted by its `faults` hook). */
  store: Record<string, number>;
  /** Every call on the client, including Powertools idempotency's own reads and writes. */
  all: Record<string, number>;
  /** Sequential round trips: calls that started while none of this operation's were in flight. */
  roundTrips: number;
  inFlight: number;
}
const newTrace = (): Trace => ({ store: {}, all: {}, roundTrips: 0, inFlight: 0 });
const traces = new AsyncLocalStorage<Trace>();
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const bump = (r: Record<string, number>, k: string) => {
  r[k] = (r[k] ?? 0) + 1;
};

/** Counts every call of the traced operation: by the store's hook, and by a client middleware. */
function instrument(store: Store) {
  store.db.faults = (name) => {
    const t = traces.getStore();
    if (t) bump(t.store, name);
    return undefined; // never injects a fault: counting only
  };
  store.db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const t = traces.getStore();
      if (!t) return next(args);
      if (t.inFlight === 0) t.roundTrips++;
      t.inFlight++;
      bump(t.all, (context.commandName ?? 'unknown').replace(/Command$/, ''));
      try {
        return await next(args);
      } finally {
        t.inFlight--;
      }
    },
    { step: 'initialize', name: 'benchRoundTrips' },
  );
}

// ---------------------------------------------------------------- calling the API in process

interface Caller {
  router: Router;
  token(role: string, org: string): Promise<string>;
}

function makeCaller(app: App): Caller {
  const router = createRouter(ROUTES, app.deps);
  const tokens = new Map<string, Promise<string>>();
  const mint = app.deps.localTokens?.mint;
  if (!mint) throw new Error('the app has no local token signer');
  return {
    router,
    token(role, org) {
      const k = `${role}:${org}`;
      let t = tokens.get(k);
      if (!t) {
        t = mint({ role: role as 'la', org });
        tokens.set(k, t);
      }
      return t;
    },
  };
}

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: the bench reads loosely shaped JSON
  body: any;
  bytes: number;
  ms: number;
  trace: Trace;
}

/** One API call through the same router the Lambdas and the local server run. */
async function call(
  caller: Caller,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const text = body === undefined ? null : JSON.stringify(body);
  const event = {
    httpMethod: method,
    path,
    resource: path,
    headers: {
      authorization: `Bearer ${token}`,
      ...(text ? { 'content-type': 'application/json' } : {}),
      // A creating POST must carry an Idempotency-Key (SPEC, 428): one per call unless the
      // caller chose one, so "holds" measures a fresh key and "holds_with_key" a chosen one.
      ...(method === 'POST' ? { 'idempotency-key': `bench-${randomUUID()}` } : {}),
      ...headers,
    },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body: text,
    isBase64Encoded: false,
    requestContext: { requestId: randomUUID() },
  } as unknown as APIGatewayProxyEvent;
  const trace = newTrace();
  const started = performance.now();
  const result = await traces.run(trace, () => caller.router.handle(event));
  const ms = performance.now() - started;
  return {
    status: result.statusCode,
    body: result.body ? JSON.parse(result.body) : undefined,
    bytes: result.body.length,
    ms,
    trace,
  };
}

// ---------------------------------------------------------------- 1. bundles and cold starts

/** Every Lambda the stack deploys: the route groups and the sweeper, and the API's token authorizer. */
const ENTRIES: Record<string, string> = { ...LAMBDA_ENTRIES, authorizer: 'infra/authorizer/handler.ts' };

async function bundles() {
  mkdirSync(OUT, { recursive: true });
  const sizes: Record<string, number> = {};
  const biggest: Record<string, string> = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const outfile = join(OUT, `${name}.mjs`);
    // The options of the CDK stack's NodejsFunction (infra/functions.ts): ESM, minified, SDK
    // external, the same banner, target and main fields.
    const options: BuildOptions = {
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      platform: 'node',
      target: ESBUILD_TARGET,
      minify: true,
      external: EXTERNAL_MODULES,
      mainFields: ['module', 'main'],
      logLevel: 'error',
    };
    const result = await build({
      ...options,
      format: 'esm',
      banner: { js: ESM_REQUIRE_BANNER },
      outfile,
      metafile: true,
    });
    // The same code as CommonJS, only to measure what the ESM loader costs at a cold start.
    await build({ ...options, format: 'cjs', outfile: join(OUT, `${name}.cjs`) });
    writeFileSync(join(OUT, `${name}.meta.json`), JSON.stringify(result.metafile));
    const output = Object.values(result.metafile?.outputs ?? {})[0];
    sizes[name] = round((output?.bytes ?? 0) / 1024);
    const byPackage = new Map<string, number>();
    for (const [path, input] of Object.entries(output?.inputs ?? {})) {
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + input.bytesInOutput);
    }
    biggest[name] = [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([p, b]) => `${p} ${round(b / 1024)}`)
      .join(', ');
  }
  // The floor under every cold start: loading the two SDK packages the bundles import, nothing else.
  writeFileSync(
    join(OUT, 'sdk-only.mjs'),
    "import '@aws-sdk/client-dynamodb';\nimport '@aws-sdk/lib-dynamodb';\n",
  );
  writeFileSync(
    join(OUT, 'sdk-only.cjs'),
    "require('@aws-sdk/client-dynamodb');\nrequire('@aws-sdk/lib-dynamodb');\n",
  );
  return { sizes, biggest };
}

/**
 * Milliseconds to load (and so initialise) a bundle in a fresh node, as a Lambda cold start does:
 * `import()` for ESM, `require` for CommonJS. Wall time, with the CPU time beside it.
 */
function coldImport(file: string): { wall: number; cpu: number } {
  const load = file.endsWith('.cjs')
    ? `(await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(file)})`
    : `await import(${JSON.stringify(pathToFileURL(file).href)})`;
  const code = `const c = process.cpuUsage(); const t = performance.now(); ${load}; const u = process.cpuUsage(c); process.stdout.write(JSON.stringify({ wall: performance.now() - t, cpu: (u.user + u.system) / 1000 }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      TABLE_NAME: 'secure-beds',
      AWS_REGION: 'eu-west-2',
      AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING: '1',
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.toString()) as { wall: number; cpu: number };
}

interface ColdFigures {
  ms: Record<string, number>;
  best: Record<string, number>;
  cpu: Record<string, number>;
}

function coldStarts() {
  const files = [
    ...Object.keys(ENTRIES).flatMap((n) => [`${n}.mjs`, `${n}.cjs`]),
    'sdk-only.mjs',
    'sdk-only.cjs',
  ];
  const runs = new Map<string, { wall: number; cpu: number }[]>(files.map((f) => [f, []]));
  coldImport(join(OUT, 'sdk-only.mjs')); // fills the OS file cache, as a warm Lambda host would have it
  // Round-robin, so that a burst of load elsewhere on the machine spreads over every bundle.
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const f of files) runs.get(f)?.push(coldImport(join(OUT, f)));
  }
  const wall = (f: string) => round(median((runs.get(f) ?? []).map((r) => r.wall)));
  // The fastest run: other load on the machine only ever adds to a cold start, never takes away.
  const best = (f: string) => round(Math.min(...(runs.get(f) ?? []).map((r) => r.wall)));
  const cpu = (f: string) => round(median((runs.get(f) ?? []).map((r) => r.cpu)));
  const figures = (ext: 'mjs' | 'cjs') => {
    const out: ColdFigures = { ms: {}, best: {}, cpu: {} };
    for (const n of [...Object.keys(ENTRIES), 'sdk-only']) {
      out.ms[n] = wall(`${n}.${ext}`);
      out.best[n] = best(`${n}.${ext}`);
      out.cpu[n] = cpu(`${n}.${ext}`);
    }
    return out;
  };
  return { esm: figures('mjs'), cjs: figures('cjs'), runs: COLD_RUNS };
}

// ---------------------------------------------------------------- 2. the table and its register

const NEEDED_BY = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const STREAMS: Stream[] = ['welfare', 'justice', 'mental_health'];
const NEEDS = ['self_harm', 'absconding', 'violence', 'mental_health', 'criminal_exploitation', 'autism'];

let children = 0;

function requestBody(stream: Stream, homeLaCode: string) {
  return {
    // Always with digits and never ten in a row: the childRef rules refuse names and NHS numbers.
    childRef: `bench-${++children}`,
    ageYears: 12 + Math.floor(random() * 6),
    sex: random() < 0.5 ? 'female' : 'male',
    stream,
    legalBasis: LEGAL_BASES_BY_STREAM[stream][0],
    needs: shuffle([...NEEDS]).slice(0, Math.floor(random() * 4)),
    homeLaCode,
    neededBy: NEEDED_BY,
  };
}

async function newRequests(caller: Caller, specs: { stream: Stream; la: string }[]) {
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
        requestBody(s.stream, s.la),
      );
      if (r.status !== 201)
        throw new Error(`POST /v1/requests answered ${r.status}: ${JSON.stringify(r.body)}`);
      ids[s.i] = r.body.id as string;
    },
  );
  return ids;
}

async function loadSynthetic(store: Store, units: SyntheticUnit[]) {
  const started = performance.now();
  await seedUnits(store.db, units, {
    now: new Date(),
    profile: 'free',
    synthetic: true,
    concurrency: SEED_CONCURRENCY,
  });
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------- 3. holds

interface Slot {
  unitId: string;
  stream: Stream;
}

/** Unit-streams with free beds, one slot per hold, spread over as many units as there are holds. */
async function freeSlots(store: Store, exclude: Set<string>): Promise<Slot[]> {
  const now = new Date();
  const pairs = (await store.units.capacityItems())
    .filter((i) => !exclude.has(i.unitId))
    .map((i) => ({ unitId: i.unitId, stream: i.stream, free: effectiveCounts(i, now).available }))
    .filter((p) => p.free > 0);
  shuffle(pairs);
  const slots: Slot[] = [];
  for (let pass = 0; slots.length < 2 * HOLDS + 64 && pass < 4; pass++) {
    for (const p of pairs) if (p.free > pass) slots.push({ unitId: p.unitId, stream: p.stream });
  }
  return slots;
}

interface HoldRun {
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

async function runHolds(
  caller: Caller,
  slots: Slot[],
  requestIds: string[],
  las: string[],
  withKey: boolean,
) {
  const jobs = slots.map((s, i) => ({ ...s, requestId: requestIds[i] as string, la: las[i] as string }));
  const answers: Answer[] = [];
  const cpu = startCpu();
  const wall = await pool(jobs, CLIENTS, async (j) => {
    const headers: Record<string, string> = withKey ? { 'idempotency-key': `bench-${j.requestId}` } : {};
    const token = await caller.token('la', j.la);
    answers.push(
      await call(caller, 'POST', '/v1/holds', token, { requestId: j.requestId, unitId: j.unitId }, headers),
    );
  });
  const cpuPerHold = cpu(answers.length);
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
async function baseline(store: Store, beds: { pk: string; sk: string }[], ops: number) {
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
async function race(caller: Caller, store: Store, unitId: string, stream: Stream, las: string[]) {
  const item = await store.units.getCounter(stream, unitId);
  const free = item ? effectiveCounts(item, new Date()).available : 0;
  const ids = await newRequests(
    caller,
    Array.from({ length: free * 3 }, (_, i) => ({ stream, la: las[i % las.length] as string })),
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
async function recount(store: Store) {
  const now = new Date();
  const holds: HoldItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.db.query({
      IndexName: GSI3,
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': index.allHolds },
      ExclusiveStartKey: start,
    });
    holds.push(...((out.Items ?? []) as HoldItem[]));
    start = out.LastEvaluatedKey;
  } while (start);
  const live = holds.filter(
    (h) => h.status === 'accepted' || (h.status === 'active' && Date.parse(h.expiresAt) > now.getTime()),
  );
  const perBed = new Map<string, number>();
  for (const h of live) perBed.set(`${h.unitId}|${h.bedId}`, (perBed.get(`${h.unitId}|${h.bedId}`) ?? 0) + 1);
  const doubleBookings = [...perBed.values()].filter((n) => n > 1).reduce((a, n) => a + n - 1, 0);

  const unitIds = [...new Set(holds.map((h) => h.unitId))];
  const beds = new Map<string, BedItem>();
  await pool(unitIds, 8, async (u) => {
    for (const b of await store.units.listBeds(u)) beds.set(`${u}|${b.bedId}`, b);
  });
  const holdsWithoutBed = live.filter((h) => {
    const b = beds.get(`${h.unitId}|${h.bedId}`);
    return h.status === 'active' ? b?.state !== 'held' || b.holdId !== h.id : b?.state !== 'occupied';
  }).length;

  const recounted = new Map<
    string,
    { available: number; held: number; occupied: number; closed: number; total: number }
  >();
  for (const b of beds.values()) {
    const k = `${b.unitId}|${b.stream}`;
    const c = recounted.get(k) ?? { available: 0, held: 0, occupied: 0, closed: 0, total: 0 };
    const lapsed =
      b.state === 'held' && b.heldUntil !== undefined && Date.parse(b.heldUntil) <= now.getTime();
    c[lapsed ? 'available' : b.state] += 1;
    c.total += 1;
    recounted.set(k, c);
  }
  const touched = new Set(unitIds);
  let counterMismatches = 0;
  for (const item of await store.units.capacityItems()) {
    if (!touched.has(item.unitId)) continue;
    const want = recounted.get(`${item.unitId}|${item.stream}`);
    if (JSON.stringify(effectiveCounts(item, now)) !== JSON.stringify(want)) counterMismatches++;
  }
  return {
    double_bookings: doubleBookings,
    holds_without_their_bed: holdsWithoutBed,
    counters_differing_from_recount: counterMismatches,
    holds_checked: holds.length,
    units_recounted: unitIds.length,
  };
}

// ---------------------------------------------------------------- 4. matching and capacity

async function matchRequests(caller: Caller, n: number) {
  const specs = Array.from({ length: n }, (_, i) => ({
    stream: STREAMS[i % STREAMS.length] as Stream,
    la: (LOCAL_AUTHORITIES[Math.floor(random() * LOCAL_AUTHORITIES.length)] as { code: string }).code,
  }));
  const ids = await newRequests(caller, specs);
  return ids.map((id, i) => ({ id, la: (specs[i] as { la: string }).la }));
}

async function timeMatches(caller: Caller, requests: { id: string; la: string }[], calls: number, warm = 10) {
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

async function timeCapacity(caller: Caller, calls: number, warm = 10) {
  const token = await caller.token('commissioner', 'DfE');
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

// ---------------------------------------------------------------- the run

/**
 * Matching and capacity once more, for one row of the growth table: fewer calls as the register
 * grows (60 and 30 at 1×, 15 and 8 at 16×), so that 16× fits in the time budget.
 */
async function growthRow(
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

async function main() {
  const began = performance.now();
  const elapsed = () => `${round((performance.now() - began) / 1000)} s`;
  const loadAtStart = loadavg().map((n) => round(n, 2));
  log(`bench: ${cpus().length} cores, node ${process.version}, load ${loadAtStart.join(' ')}`);

  const { sizes, biggest } = await bundles();
  const cold = coldStarts();
  log(`bundles and cold starts done (${elapsed()})`);

  const dynamo = await startDynamoLocal();
  startCpu = cpuMeter(dynamo.port);
  const app = await startApp({
    endpoint: dynamo.endpoint,
    tableName: 'bench',
    seed: REGISTER_UNITS,
    seedProfile: 'typical',
    port: 0,
    logLevel: 'SILENT',
    sweepEverySeconds: 3600,
  });
  // The real register alone, in a table of its own: the first row of the growth table.
  const realOnly = await startApp({
    endpoint: dynamo.endpoint,
    tableName: 'bench-real-only',
    seed: REGISTER_UNITS,
    seedProfile: 'typical',
    port: 0,
    logLevel: 'SILENT',
    sweepEverySeconds: 3600,
  });
  try {
    const store = app.store;
    instrument(store);
    instrument(realOnly.store);
    const caller = makeCaller(app);
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
    const exclude = new Set([...(hot ? [hot.id] : []), ...baselineUnits.map((u) => u.id)]);
    const slots = await freeSlots(store, exclude);
    const las = slots.map(
      () => (LOCAL_AUTHORITIES[Math.floor(random() * LOCAL_AUTHORITIES.length)] as { code: string }).code,
    );
    const requestIds = await newRequests(
      caller,
      slots.map((s, i) => ({ stream: s.stream, la: las[i] as string })),
    );
    const part = (from: number, to: number) =>
      [slots.slice(from, to), requestIds.slice(from, to), las.slice(from, to)] as const;
    const baselineBeds = baselineUnits.flatMap((u) =>
      unitItems(u, new Date(), 'free').beds.map((b) => key.bed(u.id, b.bedId)),
    );
    // Warm both paths (JIT, sockets) before timing either.
    await baseline(store, baselineBeds, 200);
    await runHolds(caller, ...part(0, 64), true);

    const baseBefore = await baseline(store, baselineBeds, 3000);
    const keyed = await runHolds(caller, ...part(64, 64 + HOLDS), true);
    const plain = await runHolds(caller, ...part(64 + HOLDS, 64 + 2 * HOLDS), false);
    const baseAfter = await baseline(store, baselineBeds, 3000);
    const base = round((baseBefore.ops_per_s + baseAfter.ops_per_s) / 2);
    const contention = hot ? await race(caller, store, hot.id, 'justice', las) : undefined;
    const check = await recount(store);
    log(`holds done (${elapsed()})`);

    // ---- matching and capacity over the whole register
    const matchReqs = await matchRequests(caller, 60);
    const matches = await timeMatches(caller, matchReqs, 180);
    const capacity = await timeCapacity(caller, 100);
    log(`matching and capacity done (${elapsed()})`);

    // ---- growth: the real register alone, then 1×, 4× and 16× the register (real + synthetic)
    const realCaller = makeCaller(realOnly);
    const growth = [
      await growthRow('real only', REGISTER_UNITS.length, 1, realCaller, await matchRequests(realCaller, 30)),
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
      growth.push(await growthRow(`${times}x`, unitsNow, times, caller, matchReqs.slice(0, 30)));
      log(`growth ${times}x: ${unitsNow} units (loaded in ${round(loaded)} s) (${elapsed()})`);
    }

    const cpuOf = (c: { node: number; dynamodb_local?: number }) => c.node + (c.dynamodb_local ?? 0);
    const baseCpu = (cpuOf(baseBefore.cpu_ms_per_update) + cpuOf(baseAfter.cpu_ms_per_update)) / 2;
    const report = {
      holds: {
        ops_per_s: keyed.ops_per_s,
        p50_ms: keyed.p50_ms,
        p95_ms: keyed.p95_ms,
        double_bookings: check.double_bookings,
        ratio_to_baseline: round(keyed.ops_per_s / base, 2),
        // Holds per CPU-second against updates per CPU-second (this process + DynamoDB Local): the
        // same ratio with the machine's other load taken out.
        ratio_to_baseline_by_cpu: round(baseCpu / cpuOf(keyed.cpu_ms_per_hold), 2),
        path: 'in process: router.handle (the route table and handler code the Lambdas run; no HTTP)',
        request: 'POST /v1/holds with Idempotency-Key, one open request per hold, each on a free bed',
        clients: CLIENTS,
        holds: keyed.holds,
        succeeded: keyed.succeeded,
        no_bed_available: keyed.no_bed_available,
        other_status: keyed.other_status,
        units: keyed.units,
        round_trips: keyed.round_trips,
        round_trips_max: keyed.round_trips_max,
        dynamodb_calls_per_hold: keyed.dynamodb_calls_per_hold,
        dynamodb_calls_by_command: keyed.dynamodb_calls_by_command,
        dynamodb_calls_per_hold_with_idempotency: keyed.all_calls_per_hold,
        cpu_ms_per_hold: keyed.cpu_ms_per_hold,
        without_idempotency_key: {
          ops_per_s: plain.ops_per_s,
          p50_ms: plain.p50_ms,
          p95_ms: plain.p95_ms,
          ratio_to_baseline: round(plain.ops_per_s / base, 2),
          ratio_to_baseline_by_cpu: round(baseCpu / cpuOf(plain.cpu_ms_per_hold), 2),
          succeeded: plain.succeeded,
          round_trips: plain.round_trips,
          round_trips_max: plain.round_trips_max,
          dynamodb_calls_per_hold: plain.dynamodb_calls_per_hold,
          cpu_ms_per_hold: plain.cpu_ms_per_hold,
        },
        recount: check,
        contention,
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
      cold_start_ms: Object.fromEntries(Object.keys(ENTRIES).map((n) => [n, cold.esm.ms[n]])),
      cold_start_detail: {
        measured: `import() of the bundle in a fresh node, median of ${cold.runs} runs; best: the fastest run; cpu: CPU time of the import`,
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

// biome-ignore lint/suspicious/noExplicitAny: the report is printed, not typed further
function summary(r: any, biggest: Record<string, string>) {
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');
  const h = r.holds;
  const p = h.without_idempotency_key;
  const counts = (c: { node: number; dynamodb_local?: number }) =>
    `node ${c.node} + DynamoDB Local ${c.dynamodb_local ?? '?'} ms CPU`;
  log('');
  log(
    `machine: ${r.machine.cores} cores, load average ${r.machine.load_average_at_start.join(' ')} at start, ${r.machine.load_average_at_end.join(' ')} at end`,
  );
  log(
    `${mark(h.ratio_to_baseline >= 0.5)} holds ${h.ops_per_s}/s = ${h.ratio_to_baseline}x a bare conditional update (${r.baseline_conditional_update.ops_per_s}/s; target 0.5x); by CPU ${h.ratio_to_baseline_by_cpu}x`,
  );
  log(
    `       p50 ${h.p50_ms} ms, p95 ${h.p95_ms} ms; ${h.round_trips} round trips, ${h.dynamodb_calls_per_hold} store calls + idempotency = ${h.dynamodb_calls_per_hold_with_idempotency}; ${counts(h.cpu_ms_per_hold)} per hold`,
  );
  log(
    `${mark(p.ratio_to_baseline >= 0.5)} holds without Idempotency-Key ${p.ops_per_s}/s = ${p.ratio_to_baseline}x (by CPU ${p.ratio_to_baseline_by_cpu}x), p95 ${p.p95_ms} ms, ${p.round_trips} round trips, ${p.dynamodb_calls_per_hold} calls`,
  );
  log(`       a bare update: ${counts(r.baseline_conditional_update.before_holds.cpu_ms_per_update)}`);
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
    `${mark(r.capacity.p95_ms < 50 && r.capacity.queries === 1 && r.capacity.scans === 0)} capacity p95 ${r.capacity.p95_ms} ms (p50 ${r.capacity.p50_ms}), ${r.capacity.queries} Query, ${r.capacity.scans} Scan; ${counts(r.capacity.cpu_ms_per_call)} (target < 50 ms, one Query)`,
  );
  const { esm, commonjs } = r.cold_start_detail as { esm: ColdFigures; commonjs: ColdFigures };
  const cold = (c: ColdFigures, fn: string) =>
    `${String(c.ms[fn]).padStart(6)} ${String(c.best[fn]).padStart(6)} ${String(c.cpu[fn]).padStart(6)}`;
  log(
    '     bundle          KB | cold ms: median   best    cpu | as CommonJS: median   best    cpu | biggest (KB)',
  );
  for (const [fn, kb] of Object.entries(r.bundle_kb as Record<string, number>)) {
    log(
      `${mark(kb < 250 && r.cold_start_ms[fn] < 100)} ${fn.padEnd(13)} ${String(kb).padStart(6)} |          ${cold(esm, fn)} |              ${cold(commonjs, fn)} | ${biggest[fn]}`,
    );
  }
  log(
    `     the AWS SDK alone    |          ${cold(esm, 'sdk-only')} |              ${cold(commonjs, 'sdk-only')} |`,
  );
  log('growth          units  matches p50/p95 ms  capacity p50/p95 ms  queries');
  for (const g of r.growth) {
    log(
      `${String(g.register).padEnd(10)} ${String(g.units).padStart(8)} ${String(g.matches_p50_ms).padStart(9)} /${String(g.matches_p95_ms).padStart(7)} ${String(g.capacity_p50_ms).padStart(10)} /${String(g.capacity_p95_ms).padStart(7)} ${String(g.capacity_queries).padStart(8)}`,
    );
  }
  log(`whole bench: ${r.seconds} s`);
}

main().catch((error) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
