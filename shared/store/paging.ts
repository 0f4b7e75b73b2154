import { ValidationFailed } from '../domain/errors.js';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** An opaque cursor: the last evaluated key, base64url JSON. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  return lastKey ? Buffer.from(JSON.stringify(lastKey)).toString('base64url') : undefined;
}

/**
 * Decodes a cursor and checks it belongs to the partition being read, so a crafted cursor
 * can neither fail inside DynamoDB nor page into another org's partition. A start key must
 * name exactly the keys DynamoDB gave out: the table's `pk`/`sk`, plus the index's own pair
 * when the partition is an index's (`gsi1pk` → `gsi1pk`, `gsi1sk`); anything else DynamoDB
 * refuses with a ValidationException, which would surface as a 503 for what is bad input.
 */
export function decodeCursor(
  cursor: string | undefined,
  mustMatch: Record<string, string>,
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad();
  const record = parsed as Record<string, unknown>;
  for (const [k, v] of Object.entries(mustMatch)) if (record[k] !== v) throw bad();
  const names = Object.keys(record).sort();
  const expected = startKeyNames(mustMatch);
  if (names.length !== expected.length || names.some((n, i) => n !== expected[i])) throw bad();
  for (const v of Object.values(record)) if (!isKeyValue(v)) throw bad();
  return record;
}

/** The attributes of a start key for a query on the partition named in `mustMatch`, sorted. */
function startKeyNames(mustMatch: Record<string, string>): string[] {
  const names = new Set(['pk', 'sk']);
  for (const attr of Object.keys(mustMatch)) {
    const index = /^(gsi\d+)pk$/.exec(attr)?.[1];
    if (index) names.add(`${index}pk`).add(`${index}sk`);
  }
  return [...names].sort();
}

/** A key attribute DynamoDB accepts: a non-empty, well-formed string of at most 1024 UTF-8 bytes. */
const isKeyValue = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && Buffer.byteLength(v, 'utf8') <= 1024 && !/\p{Cs}/u.test(v);

const bad = () => new ValidationFailed([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);
