import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ValidationFailed } from '../domain/errors.js';
import type { Reply } from './types.js';

export interface IdempotencyRunner {
  /** Runs `work` once per (caller, route, key); a retry gets the stored reply, a different body a 422. */
  run(
    scope: { caller: string; route: string; key: string; body: unknown },
    work: () => Promise<Reply>,
  ): Promise<Reply>;
}

/** Makes the layer for one table; passed in by the entries that have idempotent routes. */
export type IdempotencyFactory = (client: DynamoDBClient, tableName: string) => IdempotencyRunner;

const KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/** Checks the header's shape; the key itself is the client's to choose. */
export function idempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!KEY.test(raw)) {
    throw new ValidationFailed([
      { field: 'Idempotency-Key', message: 'must be 1–128 letters, digits, ".", "_", ":" or "-"' },
    ]);
  }
  return raw;
}
