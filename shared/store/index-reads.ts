import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { Unavailable } from '../domain/errors.js';
import { type Db, sleep } from './db.js';

type QueryInput = Omit<QueryCommandInput, 'TableName'>;
type Key = Record<string, unknown>;

/**
 * The records behind index entries, in the entries' order: BatchGetItem in chunks of 100 (run
 * side by side), keys DynamoDB left unprocessed asked again with backoff. Duplicate keys are asked
 * once; a key whose record is gone is left out.
 */
export async function batchGetInOrder<T>(db: Db, keys: readonly Key[], consistent = false): Promise<T[]> {
  const id = (k: Key) => `${String(k.pk)}\u0000${String(k.sk)}`;
  const unique = [...new Map(keys.map((k) => [id(k), { pk: k.pk, sk: k.sk }])).values()];
  const found = new Map<string, T>();
  const chunks: Key[][] = [];
  for (let i = 0; i < unique.length; i += 100) chunks.push(unique.slice(i, i + 100));
  await Promise.all(
    chunks.map(async (chunk) => {
      let pending = chunk;
      for (let attempt = 0; pending.length; attempt++) {
        if (attempt >= 8) throw new Unavailable('The store was busy; nothing was changed, retry is safe', 2);
        if (attempt) await sleep(Math.random() * 25 * 2 ** attempt);
        const out = await db.batchGet(pending, undefined, undefined, consistent);
        for (const item of (out.Responses?.[db.tableName] ?? []) as Key[]) found.set(id(item), item as T);
        pending = (out.UnprocessedKeys?.[db.tableName]?.Keys ?? []) as Key[];
      }
    }),
  );
  return keys.flatMap((k) => {
    const item = found.get(id(k));
    return item === undefined ? [] : [item];
  });
}

/**
 * One page of an index Query, as whole records: the index gives the keys (filtering on what it
 * carries), then the records are read by key. `LastEvaluatedKey` is the index's, so cursors work
 * as before. The records may be newer than the index entry that found them (an index is
 * eventually consistent): `keep` drops one that no longer matches the caller's filter.
 */
export async function queryItems<T>(
  db: Db,
  input: Omit<QueryInput, 'ProjectionExpression'>,
  keep: (item: T) => boolean = () => true,
): Promise<{ items: T[]; count: number; lastKey?: Key }> {
  const out = await db.query({ ...input, ProjectionExpression: 'pk, sk' });
  const keys = (out.Items ?? []) as Key[];
  const items = (await batchGetInOrder<T>(db, keys)).filter(keep);
  return { items, count: keys.length, lastKey: out.LastEvaluatedKey };
}

/** Every record an index Query finds, page after page (the sweeper's whole partitions). */
export async function queryAllItems<T>(
  db: Db,
  input: Omit<QueryInput, 'ProjectionExpression' | 'ExclusiveStartKey'>,
  keep?: (item: T) => boolean,
): Promise<T[]> {
  const items: T[] = [];
  let start: Key | undefined;
  do {
    const page = await queryItems<T>(db, { ...input, ExclusiveStartKey: start }, keep);
    items.push(...page.items);
    start = page.lastKey;
  } while (start);
  return items;
}

/** A ProjectionExpression of `fields`, each behind an alias (so reserved words like `status` need no care). */
export function project(fields: readonly string[]) {
  return {
    ProjectionExpression: fields.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#p${i}`, f])),
  };
}
