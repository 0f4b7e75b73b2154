import { expect } from 'vitest';
import type { App } from '../../scripts/app.js';
import { IDEMPOTENCY_PK } from '../../shared/store/keys.js';
import { expectConsistent } from './hardening.js';
import { readCounters, recountBeds } from './recount.js';

// The ways DynamoDB fails in production, as the fault tests inject them.

/** An error as the SDK raises it: only the name matters to the store. */
export const sdkError = (name: string, message: string) => Object.assign(new Error(message), { name });

/** A cancelled TransactWriteItems, with `code` on the first item and None on the rest, as DynamoDB reports it. */
function cancelled(input: unknown, code: string): Error {
  const items = (input as { TransactItems?: unknown[] }).TransactItems ?? [];
  return Object.assign(
    new Error(`Transaction cancelled, please refer cancellation reasons for specific reasons [${code}]`),
    {
      name: 'TransactionCanceledException',
      CancellationReasons: items.map((_, i) => ({ Code: i === 0 ? code : 'None' })),
    },
  );
}

export interface Fault {
  name: string;
  /** Which store calls this fault can happen to. */
  hits: (command: string) => boolean;
  error: (input: unknown) => Error;
  /** `unavailable`: the API must answer 503; `retried`: the store retries it and the call succeeds. */
  outcome: 'unavailable' | 'retried';
}

export const FAULTS: Fault[] = [
  {
    name: 'throttling (ProvisionedThroughputExceededException)',
    hits: () => true,
    error: () =>
      sdkError(
        'ProvisionedThroughputExceededException',
        'The level of configured provisioned throughput was exceeded',
      ),
    outcome: 'unavailable',
  },
  {
    name: 'a timeout (TimeoutError)',
    hits: () => true,
    error: () => sdkError('TimeoutError', 'Connection timed out after 1000 ms'),
    outcome: 'unavailable',
  },
  {
    name: 'a transaction cancelled by ThrottlingError',
    hits: (command) => command === 'TransactWrite',
    error: (input) => cancelled(input, 'ThrottlingError'),
    outcome: 'unavailable',
  },
  {
    name: 'a transaction cancelled by TransactionConflict',
    hits: (command) => command === 'TransactWrite',
    error: (input) => cancelled(input, 'TransactionConflict'),
    outcome: 'retried',
  },
];

/**
 * The local server's outbox relay polls the day's audit events every second from a timer: its
 * calls are not the operation's, so they are neither counted nor failed.
 */
export const isRelayPoll = (input: unknown) => {
  const i = input as {
    ExpressionAttributeValues?: Record<string, unknown>;
    RequestItems?: Record<string, { Keys?: { pk?: unknown }[] }>;
    Key?: { pk?: unknown };
  };
  if (String(i?.ExpressionAttributeValues?.[':pk'] ?? '').startsWith('AUDITDAY#')) return true;
  // After the day's index, the relay reads the events by key (decision 0014), then who to tell:
  // no operation under test reads audit events by key or a contact list.
  const keys = Object.values(i?.RequestItems ?? {}).flatMap((r) => r.Keys ?? []);
  if (keys.length > 0 && keys.every((k) => String(k.pk).startsWith('AUDIT#'))) return true;
  return String(i?.Key?.pk ?? '').startsWith('CONTACTS#');
};

/**
 * Counters equal a recount, and holds, beds, requests, placements and audit events agree (which
 * already rules out a bed promised twice; the slower per-bed double-booking count runs once per
 * test).
 */
export async function expectStoreAgrees(
  app: App,
  units: string[],
  table?: Record<string, unknown>[],
): Promise<void> {
  const now = new Date();
  expect(await readCounters(app.store, units, now)).toEqual(await recountBeds(app.store, units, now));
  await expectConsistent(app, now, table);
}

type Handler = (args: { input: Record<string, unknown> }) => Promise<unknown>;

/** A key attribute as the middleware sees it: marshalled (`{ S }`) or plain. */
const plain = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { S?: unknown }).S : v);

/** Whether a DynamoDB call touches an Idempotency-Key's record: its look-up, or a transaction carrying it. */
function touchesRecord(input: Record<string, unknown>): boolean {
  const direct = (input.Item ?? input.Key) as { pk?: unknown } | undefined;
  if (plain(direct?.pk) === IDEMPOTENCY_PK) return true;
  const items = (input.TransactItems ?? []) as Record<string, { Item?: { pk?: unknown } }>[];
  return items.some((i) => plain(Object.values(i)[0]?.Item?.pk) === IDEMPOTENCY_PK);
}

/**
 * Makes the next `times` calls `command` that touch an Idempotency-Key's record fail: its look-up
 * (GetItemCommand) or the transaction that carries it (TransactWriteItemsCommand). With `lost`
 * the call goes through and only its answer is lost (a timeout once it has committed). A client
 * middleware, so it sees exactly what is sent and the store's own error mapping still applies.
 */
export function failIdempotencyRecord(
  app: App,
  command: 'GetItemCommand' | 'TransactWriteItemsCommand',
  options: { times?: number; lost?: boolean } = {},
) {
  let left = options.times ?? 1;
  const name = 'failIdempotencyRecord';
  const middleware =
    (next: Handler, context: { commandName?: string }) =>
    async (args: { input: Record<string, unknown> }) => {
      if (context.commandName !== command || !touchesRecord(args.input) || left <= 0) return next(args);
      left--;
      if (options.lost) {
        await next(args);
        throw sdkError('TimeoutError', 'Socket timed out without establishing a connection');
      }
      throw sdkError(
        'ProvisionedThroughputExceededException',
        'The level of configured provisioned throughput was exceeded',
      );
    };
  const stack = app.store.db.client.middlewareStack as unknown as {
    add(m: typeof middleware, o: { step: 'initialize'; name: string; override: boolean }): void;
    remove(name: string): boolean;
  };
  stack.add(middleware, { step: 'initialize', name, override: true });
  return () => stack.remove(name);
}

/** Keeps what the router logs about a 5xx (error name and message), to say why in a failure message. */
export function keepErrorLogs(app: App): string[] {
  const logged: string[] = [];
  // The app logs nothing in tests (SILENT), so the wrapper only keeps what it is given.
  const keep = (...args: unknown[]) => {
    logged.push(JSON.stringify(args).slice(0, 500));
  };
  app.deps.logger.error = keep;
  app.deps.logger.warn = keep;
  return logged;
}

/** Where in a transaction a keyed call's record sits (-1: the transaction carries none). */
function recordIndex(input: Record<string, unknown>): number {
  const items = (input.TransactItems ?? []) as Record<string, { Item?: { pk?: unknown } }>[];
  return items.findIndex((i) => plain(Object.values(i)[0]?.Item?.pk) === IDEMPOTENCY_PK);
}

/**
 * The first call with a key still running, as DynamoDB shows it to a same-key twin: the first
 * transaction that carries an Idempotency-Key's record is held just before it is sent, and while
 * it is held every other such transaction is cancelled with TransactionConflict on the record's
 * item (DynamoDB's answer while another transaction holds that item), None on the rest. A client
 * middleware, so the store's own handling of the cancellation is what is tested.
 * `arrived` resolves once the first transaction is held; `release()` lets it go; `conflicts`
 * counts the twins' transactions turned away; `remove()` takes the middleware off.
 */
export function holdFirstKeyedTransaction(app: App) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let holding = false;
  let open = false;
  const state = { conflicts: 0 };
  const name = 'holdFirstKeyedTransaction';
  const middleware =
    (next: Handler, context: { commandName?: string }) =>
    async (args: { input: Record<string, unknown> }) => {
      const at = context.commandName === 'TransactWriteItemsCommand' ? recordIndex(args.input) : -1;
      if (at < 0 || open) return next(args);
      if (!holding) {
        holding = true;
        arrive();
        await gate;
        return next(args);
      }
      state.conflicts++;
      const items = (args.input.TransactItems ?? []) as unknown[];
      throw Object.assign(new Error('Transaction cancelled [TransactionConflict]'), {
        name: 'TransactionCanceledException',
        CancellationReasons: items.map((_, i) => ({ Code: i === at ? 'TransactionConflict' : 'None' })),
      });
    };
  const stack = app.store.db.client.middlewareStack as unknown as {
    add(m: typeof middleware, o: { step: 'initialize'; name: string; override: boolean }): void;
    remove(name: string): boolean;
  };
  stack.add(middleware, { step: 'initialize', name, override: true });
  return {
    arrived,
    state,
    release: () => {
      open = true;
      release();
    },
    remove: () => stack.remove(name),
  };
}
