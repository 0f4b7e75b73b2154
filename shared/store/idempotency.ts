import { createHash } from 'node:crypto';
import type { GetCommandInput, GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { IDEMPOTENCY_PK, key, TTL_ATTRIBUTE } from './keys.js';
import type { TransactItem } from './transact-item.js';

/**
 * Idempotency records written inside the transaction of the change they answer for (decision
 * 0010). The record holds the answer the caller was given and a hash of the body it sent; its
 * condition (no unexpired record under this key) is what makes the change happen at most once,
 * so no "in progress" record is needed: a change and its record commit together or not at all.
 */

/**
 * How a store write takes a keyed call's record: given what the write makes (the item as the call
 * will answer it), the record's Put for the same transaction. Undefined for a call without a key.
 */
export type Recorder<T> = ((made: T) => TransactItem) | undefined;

/** The record's Put for the transaction, or nothing without a key. */
export const recordOf = <T>(record: Recorder<T>, made: T): TransactItem[] => (record ? [record(made)] : []);

/** How long a key is remembered, as before (Powertools' records: 24 hours). */
const IDEMPOTENCY_SECONDS = 24 * 3600;

interface StoredReply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

export interface IdempotencyRecord {
  bodyHash: string;
  reply: StoredReply;
}

/** A call with this key has already finished: answer from its record (or 422 for another body). */
export class AlreadyAnswered extends Error {
  override readonly name = 'AlreadyAnswered';
  constructor(readonly record?: IdempotencyRecord) {
    super('A call with this Idempotency-Key has already been answered');
  }
}

export const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

const epochSeconds = (now: Date) => Math.floor(now.getTime() / 1000);

/** The record, to put in the same TransactWriteItems as the change; refused if the key has a live record. */
export function idempotencyRecordPut(
  scopeHash: string,
  bodyHash: string,
  reply: StoredReply,
  now: Date,
): TransactItem {
  return {
    Put: {
      Item: {
        ...key.idempotency(scopeHash),
        type: 'idempotency',
        bodyHash,
        // As text: the answer is opaque here, and a string keeps empty values and key order as sent.
        reply: JSON.stringify(reply),
        createdAt: now.toISOString(),
        [TTL_ATTRIBUTE]: epochSeconds(now) + IDEMPOTENCY_SECONDS,
      },
      // TTL deletes lazily: an expired record is as good as none.
      ConditionExpression: 'attribute_not_exists(pk) OR #expiration <= :now',
      ExpressionAttributeNames: { '#expiration': TTL_ATTRIBUTE },
      ExpressionAttributeValues: { ':now': epochSeconds(now) },
    },
  };
}

/** The live record under this key, if any (a strongly consistent read: a finished call is always seen). */
export async function readIdempotencyRecord(
  // The store's Db, by shape: db.ts imports this module, and a reader needs only `get`.
  db: { get(input: Omit<GetCommandInput, 'TableName'>): Promise<Pick<GetCommandOutput, 'Item'>> },
  scopeHash: string,
  now: Date,
): Promise<IdempotencyRecord | undefined> {
  const out = await db.get({ Key: key.idempotency(scopeHash), ConsistentRead: true });
  const item = out.Item as { bodyHash: string; reply: string; expiration: number } | undefined;
  if (!item || item.expiration <= epochSeconds(now)) return undefined;
  return { bodyHash: item.bodyHash, reply: JSON.parse(item.reply) as StoredReply };
}

/**
 * Whether a transaction item is a call's idempotency record: `Db.transact` answers its refusal as
 * AlreadyAnswered (a call with the same key committed first; its answer is the caller's), so no
 * store module need know where in its transaction the record sits.
 */
export function isIdempotencyRecord(item: TransactItem): boolean {
  return 'Put' in item && (item.Put.Item as { pk?: unknown } | undefined)?.pk === IDEMPOTENCY_PK;
}
