import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync } from 'node:fs';
import type { Store } from '../../shared/store/index.js';
import { prng } from '../synthetic-register.js';

export { median, percentile } from '../stats.js';

/** The bench's one source of randomness: seeded, so two runs ask for the same things. */
export const random = prng(7);

export const log = (line: string) => process.stderr.write(`${line}\n`);
export const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

/** Runs `work` over `items` with `n` concurrent workers; returns the wall time in ms. */
export async function pool<T>(
  items: readonly T[],
  n: number,
  work: (item: T) => Promise<void>,
): Promise<number> {
  const queue = [...items];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
  return performance.now() - started;
}

export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** CPU ms per operation: this process, and DynamoDB Local's JVM when it could be found. */
export type CpuPerOp = { node: number; dynamodb_local: number | undefined };

/** Adds one turn's CPU to a running total; DynamoDB Local's stays unknown once any turn's was. */
export function addCpu(total: CpuPerOp, used: CpuPerOp): void {
  total.node += used.node;
  total.dynamodb_local =
    total.dynamodb_local === undefined || used.dynamodb_local === undefined
      ? undefined
      : total.dynamodb_local + used.dynamodb_local;
}
export type CpuStart = () => (ops: number) => CpuPerOp;

/**
 * CPU time spent by this process and by DynamoDB Local (its JVM, found in /proc by its port) over
 * a phase, per operation. Wall-clock figures move with whatever else the machine runs; CPU per
 * operation mostly does not, so it says where the time goes. Undefined off Linux.
 */
export function cpuMeter(port: number): CpuStart {
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
      const n = process.cpuUsage(node0);
      const j = jvm();
      return {
        node: round((n.user + n.system) / 1000 / ops, 2),
        dynamodb_local: j === undefined || jvm0 === undefined ? undefined : round((j - jvm0) / ops, 2),
      };
    };
  };
}

/** What one operation (a hold, a match, a capacity read) cost in DynamoDB calls. */
export interface Trace {
  /** Calls through the store's `Db.send` (counted by its `faults` hook). */
  store: Record<string, number>;
  /** Every call on the client, including Powertools idempotency's own reads and writes. */
  all: Record<string, number>;
  /** Sequential round trips: calls that started while none of this operation's were in flight. */
  roundTrips: number;
  inFlight: number;
}
export const newTrace = (): Trace => ({ store: {}, all: {}, roundTrips: 0, inFlight: 0 });
export const traces = new AsyncLocalStorage<Trace>();
export const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
export const bump = (r: Record<string, number>, k: string) => {
  r[k] = (r[k] ?? 0) + 1;
};

/** Counts every call of the traced operation: by the store's hook, and by a client middleware. */
export function instrument(store: Store) {
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

let meter: CpuStart = () => () => ({ node: Number.NaN, dynamodb_local: undefined });
/** Points `startCpu` at DynamoDB Local's JVM once it runs. */
export const useCpuMeter = (m: CpuStart) => {
  meter = m;
};
/** Starts measuring CPU; call the result with the number of operations done since. */
export const startCpu = () => meter();
