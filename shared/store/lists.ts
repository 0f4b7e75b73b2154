import type { Db } from './db.js';
import { queryItems } from './index-reads.js';
import { GSI1, GSI2, GSI3 } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './paging.js';

/** Whose records a list may show: an LA's, a provider's, or (coordinator) everyone's. */
export type Scope = { kind: 'la'; org: string } | { kind: 'provider'; org: string } | { kind: 'all' };

interface ScopedIndexes {
  la: (org: string) => string;
  provider: (org: string) => string;
  all: string;
}

/**
 * One Query on the index that holds exactly this scope's records, newest first, with an
 * optional equality filter (e.g. status, which every list index carries), then the page's records
 * read by key (the indexes carry no whole records: decision 0014). Never a Scan.
 */
export async function listScoped<T>(
  db: Db,
  partitions: ScopedIndexes,
  scope: Scope,
  options: {
    limit: number;
    cursor?: string;
    /** Each field equal to the value, or to any of the values listed. */
    filter?: Record<string, string | readonly string[]>;
    /** Read only records whose sort key (it starts with their time) is at or after this. */
    skFrom?: string;
  },
): Promise<Page<T>> {
  const [indexName, attr, value] =
    scope.kind === 'la'
      ? [GSI1, 'gsi1pk', partitions.la(scope.org)]
      : scope.kind === 'provider'
        ? [GSI2, 'gsi2pk', partitions.provider(scope.org)]
        : [GSI3, 'gsi3pk', partitions.all];
  const names: Record<string, string> = { '#pk': attr };
  const values: Record<string, unknown> = { ':pk': value };
  let keyCondition = '#pk = :pk';
  if (options.skFrom) {
    names['#sk'] = attr.replace(/pk$/, 'sk');
    values[':from'] = options.skFrom;
    keyCondition += ' AND #sk >= :from';
  }
  const filters: string[] = [];
  for (const [i, [field, v]] of Object.entries(options.filter ?? {}).entries()) {
    names[`#f${i}`] = field;
    const any = typeof v === 'string' ? [v] : v;
    const refs = any.map((one, j) => {
      values[`:f${i}_${j}`] = one;
      return `:f${i}_${j}`;
    });
    filters.push(refs.length === 1 ? `#f${i} = ${refs[0]}` : `#f${i} IN (${refs.join(', ')})`);
  }
  const items: T[] = [];
  let start = decodeCursor(options.cursor, { [attr]: value });
  // A filter can thin a page out; read on until the page is full or the partition ends.
  // A record changed since its index entry was written is checked against the filter again.
  const keep = (item: T) =>
    Object.entries(options.filter ?? {}).every(([field, v]) => {
      const got = (item as Record<string, unknown>)[field];
      return typeof v === 'string' ? got === v : v.some((one) => one === got);
    });
  do {
    const out = await queryItems<T>(
      db,
      {
        IndexName: indexName,
        KeyConditionExpression: keyCondition,
        ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: options.limit - items.length,
        ExclusiveStartKey: start,
      },
      keep,
    );
    items.push(...out.items);
    start = out.lastKey;
  } while (start && items.length < options.limit);
  return { items, nextCursor: encodeCursor(start) };
}
