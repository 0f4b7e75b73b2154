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
 * can neither fail inside DynamoDB nor page into another org's partition.
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
  for (const v of Object.values(record)) if (typeof v !== 'string' || v.length > 1024) throw bad();
  if (Object.keys(record).length > 6) throw bad();
  return record;
}

const bad = () => new ValidationFailed([{ field: 'cursor', message: 'is not a cursor this list gave out' }]);
