import type { Db } from './db.js';

/** Every item of one Query, reading page after page (commissioning figures read whole index ranges). */
export async function queryAll<T>(db: Db, input: Parameters<Db['query']>[0]): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.query({ ...input, ExclusiveStartKey: start });
    items.push(...((out.Items ?? []) as T[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The gsi3 sort-key range of records created from the start of `from` to the end of `to` (dates or instants). */
export function timeRange(from: string, to: string) {
  const end = to.length === 10 ? `${to}T23:59:59.999Z` : to;
  // Sort keys are `${iso}#${id}`: '~' sorts after '#', so the last instant's records are included.
  return { ':from': from, ':to': `${end}~` };
}
