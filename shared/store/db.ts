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
import { Unavailable } from '../domain/errors.js';
import { inboxPuts } from './notifications.js';

/**
 * A hook tests use to make the store fail on purpose (throttling, timeouts, cancelled
 * transactions) before a command reaches DynamoDB Local. Never set in production code.
 */
export type FaultInjector = (commandName: string, input: unknown) => Error | undefined;

export interface DbOptions {
  tableName: string;
  endpoint?: string;
  region?: string;
  client?: DynamoDBClient;
  faults?: FaultInjector;
}

export function makeClient(
  endpoint?: string,
  region = process.env.AWS_REGION ?? 'eu-west-2',
): DynamoDBClient {
  const config: DynamoDBClientConfig = { region, maxAttempts: 3 };
  if (endpoint) {
    config.endpoint = endpoint;
    // DynamoDB Local accepts any credentials; never real ones.
    config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  return new DynamoDBClient(config);
}

export interface CancellationReason {
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
}

const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'AbortError',
  'TransactionInProgressException',
  'ECONNREFUSED',
  'ECONNRESET',
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

  constructor(options: DbOptions) {
    this.client = options.client ?? makeClient(options.endpoint, options.region);
    this.doc = DynamoDBDocumentClient.from(this.client, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    this.tableName = options.tableName;
    this.faults = options.faults;
  }

  private async send<T>(name: string, input: unknown, run: () => Promise<T>): Promise<T> {
    const injected = this.faults?.(name, input);
    if (injected) throw mapError(injected);
    try {
      return await run();
    } catch (error) {
      throw mapError(error);
    }
  }

  get(input: Omit<GetCommandInput, 'TableName'>) {
    return this.send('Get', input, () =>
      this.doc.send(new GetCommand({ TableName: this.tableName, ...input })),
    );
  }
  put(input: Omit<PutCommandInput, 'TableName'>) {
    return this.send('Put', input, () =>
      this.doc.send(new PutCommand({ TableName: this.tableName, ...input })),
    );
  }
  update(input: Omit<UpdateCommandInput, 'TableName'>) {
    return this.send('Update', input, () =>
      this.doc.send(new UpdateCommand({ TableName: this.tableName, ...input })),
    );
  }
  query(input: Omit<QueryCommandInput, 'TableName'>) {
    return this.send('Query', input, () =>
      this.doc.send(new QueryCommand({ TableName: this.tableName, ...input })),
    );
  }
  batchGet(keys: Record<string, unknown>[], projection?: string, names?: Record<string, string>) {
    const input: BatchGetCommandInput = {
      RequestItems: {
        [this.tableName]: {
          Keys: keys,
          ...(projection ? { ProjectionExpression: projection, ExpressionAttributeNames: names } : {}),
        },
      },
    };
    return this.send('BatchGet', input, () => this.doc.send(new BatchGetCommand(input)));
  }
  /**
   * TransactWriteItems; every Put/Update/ConditionCheck/Delete gets this table's name. Audit
   * events that notify someone bring their inbox items into the same transaction, appended
   * after the caller's items so that cancellation reasons keep the caller's positions.
   */
  transact(items: TransactItem[]) {
    const input: TransactWriteCommandInput = {
      TransactItems: [...items, ...inboxPuts(items)].map((item) => {
        const [kind, body] = Object.entries(item)[0] as [string, Record<string, unknown>];
        return { [kind]: { TableName: this.tableName, ...body } };
      }) as TransactWriteCommandInput['TransactItems'],
    };
    return this.send('TransactWrite', input, () => this.doc.send(new TransactWriteCommand(input)));
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
            throw new Unavailable('The store was busy; nothing was changed, retry is safe');
          }
          throw error;
        }
        await sleep(Math.random() * 10 * attempt);
      }
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: mirrors the SDK's own loosely typed transaction items
type Loose = Record<string, any>;
export type TransactItem = { Put: Loose } | { Update: Loose } | { ConditionCheck: Loose } | { Delete: Loose };

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
      return new Unavailable('The store was busy; nothing was changed, retry is safe');
    }
    return new TransactionCancelled(reasons);
  }
  if (e?.name === 'ConditionalCheckFailedException') return new ConditionFailed(e.Item);
  if (e instanceof Unavailable) return e;
  if (e?.name && (TRANSIENT.has(e.name) || (e.code && TRANSIENT.has(e.code)))) {
    return new Unavailable('The store did not answer in time; nothing was changed, retry is safe');
  }
  if (e?.code && TRANSIENT.has(e.code)) return new Unavailable('The store is unreachable; retry is safe');
  if (error instanceof Error) {
    // Any other store failure: the request did not complete; surface as 503, never as a stack trace.
    return Object.assign(new Unavailable('The store failed; nothing was changed, retry is safe'), {
      cause: error,
    });
  }
  return new Unavailable('The store failed; retry is safe');
}

const TRANSIENT_CANCEL = new Set([
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'TransactionConflictTimeout',
]);
