import { ValidationFailed } from '../domain/errors.js';

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
