/**
 * `npm run load`: a bounded, mixed load against the local server, as the service would see a
 * busy night. It starts the server (`scripts/server.ts`, its own DynamoDB Local on a free port,
 * the seeded register) unless LOAD_URL points at one already running, then runs simulated users
 * for LOAD_SECONDS (default 180):
 *   - LA duty workers (most users): a new request, its matches, a hold on the best match (or a
 *     referral to a few when the service offers them), then release and withdraw;
 *   - every provider's own system: each minute, reads its units' beds and writes them back in one
 *     bulk update (If-Match on every bed), then confirms the unit;
 *   - coordinators: the board's lists every few seconds;
 *   - the three departments: capacity, usage and demand.
 * It prints one JSON object: p95 per route, counts by status, the 5xx count (must be 0) and the
 * server's resident memory before and after (growth must stay within 10 %). Exits 1 otherwise.
 * Only ever sends to loopback; every loop stops at the deadline.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import { LEGAL_BASES_BY_STREAM, type Stream } from '../shared/contract/enums.js';
import { LOCAL_AUTHORITIES } from '../shared/data/local-authorities.js';
import { percentile } from './stats.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 180);
const USERS = Number(process.env.LOAD_USERS ?? 500);
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
const ROOT = resolve(import.meta.dirname, '..');
const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * A person's pause between steps, scaled by LOAD_THINK (default 4: a duty worker reads a page for
 * several seconds, as 153 LAs' teams would; 1 is the old, machine-gun pace that saturates DynamoDB
 * Local's two cores long before the service's own limits).
 */
const THINK = Number(process.env.LOAD_THINK ?? 4);
const jitter = (ms: number) => ms * THINK * (0.5 + Math.random());

type Json = Record<string, unknown>;
interface Sample {
  route: string;
  status: number;
  ms: number;
}
const samples: Sample[] = [];
let measuring = false;

/** `/v1/units/u1/beds` → `/v1/units/{id}/beds`, so figures group by route, not by record. */
const routeOf = (method: string, path: string) =>
  `${method} ${path
    .split('?')[0]
    ?.split('/')
    .map((seg, i) =>
      i > 2 && !/^(beds|matches|confirm|withdraw|accept|offer|decline|refresh)$/.test(seg) ? '{id}' : seg,
    )
    .join('/')}`;

async function call(base: string, token: string | undefined, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (method === 'POST' && body !== undefined) headers['idempotency-key'] = randomUUID();
  const started = performance.now();
  let status = 0;
  let json: Json = {};
  let etag: string | null = null;
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    etag = res.headers.get('etag');
    const text = await res.text();
    json = text.startsWith('{') ? (JSON.parse(text) as Json) : {};
  } catch {
    status = 599; // no answer within 30 s, or the connection failed: counted with the 5xx
  }
  if (measuring) samples.push({ route: routeOf(method, path), status, ms: performance.now() - started });
  return { status, body: json, etag };
}

async function token(base: string, role: string, org: string): Promise<string> {
  const r = await call(base, undefined, 'POST', '/local/token', { role, org });
  if (r.status !== 200) throw new Error(`/local/token answered ${r.status}`);
  return r.body.token as string;
}

const STREAMS: Stream[] = ['welfare', 'justice', 'mental_health'];

/** One LA duty worker: asks, looks, holds (or refers), then lets it go so beds keep turning over. */
async function laWorker(base: string, la: string, until: number) {
  const t = await token(base, 'la', la);
  while (Date.now() < until) {
    const stream = STREAMS[Math.floor(Math.random() * STREAMS.length)] as Stream;
    const created = await call(base, t, 'POST', '/v1/requests', {
      childRef: `ld-${Math.floor(Math.random() * 1e6)}q${Math.floor(Math.random() * 1e6)}`,
      ageYears: 13 + Math.floor(Math.random() * 5),
      sex: Math.random() < 0.5 ? 'female' : 'male',
      stream,
      legalBasis: LEGAL_BASES_BY_STREAM[stream][0],
      needs: [],
      homeLaCode: la,
      neededBy: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
    });
    const requestId = created.body.id as string | undefined;
    if (!requestId) {
      await sleep(jitter(3000));
      continue;
    }
    await sleep(jitter(1500));
    const matches = await call(base, t, 'GET', `/v1/requests/${requestId}/matches?limit=10`);
    const items = (matches.body.items ?? []) as { unitId: string }[];
    await sleep(jitter(1500));
    if (items.length > 1 && Math.random() < 0.5) {
      const referred = await call(base, t, 'POST', '/v1/referrals', {
        requestId,
        unitIds: items.slice(0, 3).map((m) => m.unitId),
      });
      if (referred.status === 404) await holdAndRelease(base, t, requestId, items[0]?.unitId);
    } else await holdAndRelease(base, t, requestId, items[0]?.unitId);
    await sleep(jitter(1500));
    await call(base, t, 'POST', `/v1/requests/${requestId}/withdraw`, { outcome: 'no_longer_needed' });
    await sleep(jitter(3000));
  }
}

async function holdAndRelease(base: string, t: string, requestId: string, unitId: string | undefined) {
  if (!unitId) return;
  const hold = await call(base, t, 'POST', '/v1/holds', { requestId, unitId });
  const holdId = hold.body.id as string | undefined;
  if (!holdId) return;
  await sleep(jitter(2000));
  await call(base, t, 'GET', `/v1/holds/${holdId}`);
  await call(base, t, 'DELETE', `/v1/holds/${holdId}`);
}

/** A provider's own system: once a minute, every bed of every unit written back as it is, then confirmed. */
async function providerSystem(base: string, providerId: string, unitIds: string[], until: number) {
  const t = await token(base, 'provider', providerId);
  await sleep(Math.random() * 60_000); // spread the minute's updates across providers
  while (Date.now() < until) {
    for (const unitId of unitIds) {
      const beds = await call(base, t, 'GET', `/v1/units/${unitId}/beds?limit=100`);
      const settable = ((beds.body.items ?? []) as Json[]).filter(
        (b) => b.state === 'available' || b.state === 'closed',
      );
      // A bulk update takes at most 25 beds (one transaction): a big unit writes in chunks.
      for (let i = 0; i < settable.length; i += 25)
        await call(base, t, 'PUT', `/v1/units/${unitId}/beds`, {
          beds: settable.slice(i, i + 25).map((b) => ({
            id: b.id,
            etag: b.etag,
            state: b.state,
            ...(b.state === 'closed' ? { reason: b.reason ?? 'other' } : {}),
          })),
        });
      await call(base, t, 'POST', `/v1/units/${unitId}/confirm`, {});
    }
    await sleep(60_000 * (0.5 + Math.random())); // each minute, as SPEC's provider systems do: not a person's pause
  }
}

async function reader(
  base: string,
  role: string,
  org: string,
  paths: string[],
  everyMs: number,
  until: number,
) {
  const t = await token(base, role, org);
  await sleep(Math.random() * everyMs);
  while (Date.now() < until) {
    for (const p of paths) await call(base, t, 'GET', p);
    await sleep(jitter(everyMs));
  }
}

/** Resident memory of a process, in MiB, from /proc (Linux). */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '')) / 1024);
}

/** A port nobody is listening on now. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });
}

async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DYNAMODB_PORT: '0', POWERTOOLS_LOG_LEVEL: 'WARN' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it answered`);
    const ok = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, child };
    if (Date.now() > deadline) throw new Error('the server did not answer /health within 180 s');
    await sleep(500);
  }
}

async function main() {
  const own = process.env.LOAD_URL ? undefined : await startServer();
  const base = process.env.LOAD_URL ?? (own?.base as string);
  if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base))
    throw new Error('LOAD_URL must be a loopback address');
  try {
    const reg = await call(base, await token(base, 'coordinator', 'national'), 'GET', '/v1/units?limit=100');
    const units = (reg.body.items ?? []) as { id: string; providerId: string }[];
    const byProvider = new Map<string, string[]>();
    for (const u of units) byProvider.set(u.providerId, [...(byProvider.get(u.providerId) ?? []), u.id]);
    const departments = ['DfE', 'MoJ', 'DHSC'];
    const coordinators = Math.max(10, Math.round(USERS * 0.04));
    const commissioners = Math.max(9, Math.round(USERS * 0.04));
    const laUsers = Math.max(1, USERS - byProvider.size - coordinators - commissioners);
    const until = Date.now() + (SECONDS + WARMUP_SECONDS) * 1000;
    log(
      `load: ${laUsers} LA workers, ${byProvider.size} provider systems, ${coordinators} coordinators, ${commissioners} commissioners for ${SECONDS} s`,
    );
    const work: Promise<void>[] = [];
    for (let i = 0; i < laUsers; i++) {
      const la = LOCAL_AUTHORITIES[i % LOCAL_AUTHORITIES.length]?.code as string;
      work.push(sleep(Math.random() * WARMUP_SECONDS * 1000).then(() => laWorker(base, la, until)));
    }
    for (const [providerId, ids] of byProvider) work.push(providerSystem(base, providerId, ids, until));
    for (let i = 0; i < coordinators; i++)
      work.push(
        reader(
          base,
          'coordinator',
          'national',
          ['/v1/requests?status=open', '/v1/holds?status=active', '/v1/units?limit=100'],
          5000,
          until,
        ),
      );
    for (let i = 0; i < commissioners; i++)
      work.push(
        reader(
          base,
          'commissioner',
          departments[i % 3] as string,
          ['/v1/capacity', '/v1/usage', '/v1/demand'],
          10_000,
          until,
        ),
      );

    await sleep(WARMUP_SECONDS * 1000);
    measuring = true;
    const memoryBefore = own ? rssMiB(own.child.pid as number) : null;
    const started = Date.now();
    await Promise.all(work.map((w) => w.catch((e: Error) => log(`a simulated user stopped: ${e.message}`))));
    const seconds = (Date.now() - started) / 1000;
    const memoryAfter = own ? rssMiB(own.child.pid as number) : null;

    const routes: Record<string, { count: number; p95_ms: number; statuses: Record<string, number> }> = {};
    for (const s of samples) {
      const r = routes[s.route] ?? { count: 0, p95_ms: 0, statuses: {} };
      routes[s.route] = r;
      r.count++;
      r.statuses[s.status] = (r.statuses[s.status] ?? 0) + 1;
    }
    for (const [name, r] of Object.entries(routes))
      r.p95_ms = Math.round(
        percentile(
          samples.filter((s) => s.route === name).map((s) => s.ms),
          95,
        ),
      );
    const errors5xx = samples.filter((s) => s.status >= 500).length;
    const growth = memoryBefore && memoryAfter ? (memoryAfter - memoryBefore) / memoryBefore : null;
    const report = {
      users: laUsers + byProvider.size + coordinators + commissioners,
      seconds: Math.round(seconds),
      requests: samples.length,
      requests_per_s: Math.round(samples.length / seconds),
      errors_5xx: errors5xx,
      memory_mib: {
        before: memoryBefore,
        after: memoryAfter,
        growth: growth === null ? null : Math.round(growth * 1000) / 1000,
      },
      routes,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (errors5xx > 0 || (growth !== null && growth > 0.1)) process.exitCode = 1;
  } finally {
    own?.child.kill('SIGTERM');
  }
}

await main();
