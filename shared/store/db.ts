import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  type GetCommandInput,
  PutCommand,
  type PutCommandInput,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { IdempotencyInProgress, Unavailable } from '../domain/errors.js';
import { AlreadyAnswered, isIdempotencyRecord } from './idempotency.js';
import { inboxPuts } from './inbox-items.js';
import { checkIndexRead } from './index-check.js';
import type { TransactItem } from './transact-item.js';

export type { TransactItem };

/**
 * A hook tests use to make the store fail on purpose (throttling, timeouts, cancelled
 * transactions) before a command reaches DynamoDB Local. Never set in production code.
 */
type FaultInjector = (commandName: string, input: unknown) => Error | undefined;

/**
 * How long the store may take. Each attempt is bounded (connecting, then the whole request), the
 * SDK retries a timed-out or throttled attempt with jittered backoff, and the whole call, retries
 * included, is cut off at `budgetMs`. The default budget is well inside the Lambda's 15 s and API
 * Gateway's 29 s, so a stalled store answers 503 rather than a gateway timeout.
 */
export interface StoreTimeouts {
  connectMs: number;
  attemptMs: number;
  attempts: number;
  budgetMs: number;
  /** GET /health's own budget: SPEC wants its 503 within 3 s. */
  healthMs: number;
  /**
   * How long a keyed call keeps retrying while a same-key twin's transaction holds its record
   * (DynamoDB: TransactionConflict) before answering 409 idempotency_in_progress.
   */
  twinMs: number;
}

export const DEFAULT_TIMEOUTS: StoreTimeouts = {
  connectMs: 1000,
  attemptMs: 2000,
  attempts: 3,
  budgetMs: 5000,
  healthMs: 2000,
  twinMs: 1000,
};

/** Environment overrides (STORE_TIMEOUT_MS etc.), for a deployment or a test that wants them shorter. */
function timeoutsFromEnv(env: Record<string, string | undefined> = process.env): StoreTimeouts {
  const n = (v: string | undefined, d: number) => (v && Number(v) > 0 ? Number(v) : d);
  return {
    connectMs: n(env.STORE_CONNECT_TIMEOUT_MS, DEFAULT_TIMEOUTS.connectMs),
    attemptMs: n(env.STORE_ATTEMPT_TIMEOUT_MS, DEFAULT_TIMEOUTS.attemptMs),
    attempts: n(env.STORE_ATTEMPTS, DEFAULT_TIMEOUTS.attempts),
    budgetMs: n(env.STORE_TIMEOUT_MS, DEFAULT_TIMEOUTS.budgetMs),
    healthMs: n(env.STORE_HEALTH_TIMEOUT_MS, DEFAULT_TIMEOUTS.healthMs),
    twinMs: n(env.STORE_TWIN_WAIT_MS, DEFAULT_TIMEOUTS.twinMs),
  };
}

export interface DbOptions {
  tableName: string;
  endpoint?: string;
  region?: string;
  client?: DynamoDBClient;
  faults?: FaultInjector;
  timeouts?: Partial<StoreTimeouts>;
}

export function makeClient(
  endpoint?: string,
  region = process.env.AWS_REGION ?? 'eu-west-2',
  timeouts: StoreTimeouts = timeoutsFromEnv(),
): DynamoDBClient {
  const config: DynamoDBClientConfig = {
    region,
    // The standard strategy backs off exponentially with full jitter between attempts.
    maxAttempts: timeouts.attempts,
    requestHandler: {
      connectionTimeout: timeouts.connectMs,
      requestTimeout: timeouts.attemptMs,
      // Without this the SDK only warns when an attempt overruns, and waits on.
      throwOnRequestTimeout: true,
    },
  };
  if (endpoint) {
    config.endpoint = endpoint;
    // DynamoDB Local accepts any credentials; never real ones.
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new DynamoDBClient(config);
}

interface CancellationReason {
  Code?: string;
  Item?: Record<string, unknown>;
}

/** A transaction DynamoDB cancelled, with one reason per item in the order they were sent. */
export class TransactionCancelled extends Error {
  constructor(readonly reasons: CancellationReason[]) {
    super(`transaction cancelled: ${reasons.map((r) => r.Code ?? 'None').join(',')}`);
  }
  /** The reason for the item at `index` (its position in TransactItems). */
  codeAt(index: number): string {
    return this.reasons[index]?.Code ?? 'None';
  }
  get conflicted(): boolean {
    return this.reasons.some((r) => r.Code === 'TransactionConflict');
  }
  get conditionFailed(): boolean {
    return this.reasons.some((r) => r.Code === 'ConditionalCheckFailed');
  }
  /** The item at `index` as it was, when that item's condition failed and it asked for `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`. */
  oldItemAt(index: number): Record<string, unknown> | undefined {
    const item = this.reasons[index]?.Item;
    return item ? unmarshall(item as Parameters<typeof unmarshall>[0]) : undefined;
  }
}

/** SDK error names that mean the store was busy or out of reach: the call did not complete. */
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
]);
/** Names and codes that mean no answer came in time (an attempt, or the whole budget, ran out). */
const NO_ANSWER = new Set([
  'TimeoutError',
  'RequestTimeout',
  'AbortError',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

export class ConditionFailed extends Error {
  constructor(readonly item?: Record<string, unknown>) {
    super('condition failed');
  }
}

/** The thin layer every store module talks through: one place for errors, faults and the table name. */
export class Db {
  readonly doc: DynamoDBDocumentClient;
  readonly client: DynamoDBClient;
  readonly tableName: string;
  faults: FaultInjector | undefined;

  readonly timeouts: StoreTimeouts;

  constructor(options: DbOptions) {
    this.timeouts = { ...timeoutsFromEnv(), ...options.timeouts };
    this.client = options.client ?? makeClient(options.endpoint, options.region, this.timeouts);
    this.doc = DynamoDBDocumentClient.from(this.client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    this.tableName = options.tableName;
    this.faults = options.faults;
  }

  /**
   * Every call goes through here: the fault hook, the total time budget (an abort that ends the
   * SDK's retries too), and one mapping of the SDK's errors to ours.
   */
  private async send<T>(
    name: string,
    input: unknown,
    run: (options: { abortSignal: AbortSignal }) => Promise<T>,
    budgetMs = this.timeouts.budgetMs,
  ): Promise<T> {
    const injected = this.faults?.(name, input);
    if (injected) throw mapError(injected);
    try {
      return await run({ abortSignal: AbortSignal.timeout(budgetMs) });
    } catch (error) {
      throw mapError(error);
    }
  }

  /** A cheap read with a short budget of its own: can the store answer at all (GET /health)? */
  async ping(budgetMs = this.timeouts.healthMs): Promise<void> {
    const input = { TableName: this.tableName, Key: { pk: 'HEALTH', sk: 'HEALTH' } };
    await this.send('Get', input, (o) => this.doc.send(new GetCommand(input), o), budgetMs);
  }

  get(input: Omit<GetCommandInput, 'TableName'>) {
    return this.send('Get', input, (o) =>
      this.doc.send(new GetCommand({ TableName: this.tableName, ...input }), o),
    );
  }
  put(input: Omit<PutCommandInput, 'TableName'>) {
    return this.send('Put', input, (o) =>
      this.doc.send(new PutCommand({ TableName: this.tableName, ...input }), o),
    );
  }
  update(input: Omit<UpdateCommandInput, 'TableName'>) {
    return this.send('Update', input, (o) =>
      this.doc.send(new UpdateCommand({ TableName: this.tableName, ...input }), o),
    );
  }
  query(input: Omit<QueryCommandInput, 'TableName'>) {
    checkIndexRead(input);
    return this.send('Query', input, (o) =>
      this.doc.send(new QueryCommand({ TableName: this.tableName, ...input }), o),
    );
  }
  batchGet(
    keys: Record<string, unknown>[],
    projection?: string,
    names?: Record<string, string>,
    consistent = false,
  ) {
    const input: BatchGetCommandInput = {
      RequestItems: {
        [this.tableName]: {
          Keys: keys,
          ...(consistent ? { ConsistentRead: true } : {}),
          ...(projection ? { ProjectionExpression: projection, ExpressionAttributeNames: names } : {}),
        },
      },
    };
    return this.send('BatchGet', input, (o) => this.doc.send(new BatchGetCommand(input), o));
  }
  /**
   * TransactWriteItems; every Put/Update/ConditionCheck/Delete gets this table's name. Audit
   * events that notify someone bring their inbox items into the same transaction, appended
   * after the caller's items so that cancellation reasons keep the caller's positions.
   */
  async transact(items: TransactItem[]): Promise<void> {
    const input: TransactWriteCommandInput = {
      TransactItems: [...items, ...inboxPuts(items)].map((item) => {
        const [kind, body] = Object.entries(item)[0] as [string, Record<string, unknown>];
        return { [kind]: { TableName: this.tableName, ...body } };
      }) as TransactWriteCommandInput['TransactItems'],
    };
    // A keyed call's idempotency record (shared/store/idempotency.ts), wherever the caller put it.
    const record = items.findIndex(isIdempotencyRecord);
    const twinDeadline = Date.now() + this.timeouts.twinMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.send('TransactWrite', input, (o) => this.doc.send(new TransactWriteCommand(input), o));
        return;
      } catch (error) {
        if (record < 0 || !(error instanceof TransactionCancelled)) throw error;
        // A call with the same key committed first: its answer is this caller's, whatever else failed.
        if (error.codeAt(record) === 'ConditionalCheckFailed') throw new AlreadyAnswered();
        if (error.codeAt(record) !== 'TransactionConflict') throw error;
        // A same-key twin is committing now: once it has, the record refuses this one (or, if it
        // failed, takes it). One that holds the record longer than we wait is still running: the
        // caller is told so (SPEC: 409 idempotency_in_progress) and retries with the same key.
        if (Date.now() >= twinDeadline) {
          throw new IdempotencyInProgress(
            'The first call with this Idempotency-Key is still running: retry it with the same key',
            IN_PROGRESS_RETRY_AFTER_SECONDS,
          );
        }
        await sleep(Math.random() * Math.min(100, 10 * attempt));
      }
    }
  }

  /**
   * Runs a transaction, retrying only when DynamoDB reports a conflict with another
   * in-flight transaction (nothing was written; the same write may now succeed).
   */
  async transactWithRetry(build: () => TransactItem[], attempts = 8): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.transact(build());
        return;
      } catch (error) {
        if (
          !(error instanceof TransactionCancelled) ||
          !error.conflicted ||
          error.conditionFailed ||
          attempt >= attempts
        ) {
          if (error instanceof TransactionCancelled && error.conflicted && !error.conditionFailed) {
            throw new Unavailable(
              'The store was busy; nothing was changed, retry is safe',
              RETRY_AFTER_SECONDS,
            );
          }
          throw error;
        }
        await sleep(Math.random() * 10 * attempt);
      }
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function mapError(error: unknown): Error {
  const e = error as {
    name?: string;
    code?: string;
    CancellationReasons?: CancellationReason[];
    Item?: Record<string, unknown>;
  };
  if (e?.name === 'TransactionCanceledException') {
    const reasons = e.CancellationReasons ?? [];
    if (reasons.some((r) => r.Code && TRANSIENT_CANCEL.has(r.Code))) {
      return new Unavailable('The store was busy; nothing was changed, retry is safe', RETRY_AFTER_SECONDS);
    }
    return new TransactionCancelled(reasons);
  }
  if (e?.name === 'ConditionalCheckFailedException') return new ConditionFailed(e.Item);
  if (e instanceof Unavailable) return e;
  if (e?.name && TRANSIENT.has(e.name)) {
    return new Unavailable('The store was busy; nothing was changed, retry is safe', RETRY_AFTER_SECONDS);
  }
  if ((e?.name && NO_ANSWER.has(e.name)) || (e?.code && NO_ANSWER.has(e.code))) {
    // A write that timed out may still land when the store wakes; every write is conditional and
    // every creating POST takes an Idempotency-Key, so the retry is safe either way.
    return new Unavailable(
      'The store did not answer in time; retry with the same Idempotency-Key is safe',
      RETRY_AFTER_SECONDS,
    );
  }
  // Anything else (a malformed expression, a missing table, a bug): not the client's to retry.
  // It reaches the router as itself, which answers 500 `internal` and logs it with the request id.
  return error instanceof Error ? error : new Error(String(error));
}

/** What a 409 idempotency_in_progress tells the client to wait, in seconds: a twin is nearly done. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/** What a 503 tells the client to wait, in seconds: about one store budget. */
const RETRY_AFTER_SECONDS = 2;

const TRANSIENT_CANCEL = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'TransactionConflictTimeout',
]);
