import { IdempotencyKeyReused, Unavailable } from '../domain/errors.js';
import type { Db } from '../store/db.js';
import {
  AlreadyAnswered,
  hashOf,
  type IdempotencyRecord,
  idempotencyRecordPut,
  readIdempotencyRecord,
} from '../store/idempotency.js';
import type { Once, Reply } from './types.js';

/**
 * Runs a route whose handler writes its own idempotency record (decision 0010). The look-up of
 * an earlier answer starts here and the handler awaits it beside its own first reads, so a first
 * call costs no extra round trip; the record goes into the handler's transaction, whose condition
 * lets only one call per key commit. A call that finds, or loses to, an earlier one answers as
 * that one did (same body) or 422 (another body). Nothing is written for a call that fails, so a
 * retry after an error does the work, once.
 */
export async function runInTransaction(
  db: Db,
  scope: { caller: string; route: string; key: string; body: unknown },
  now: Date,
  work: (once: Once) => Promise<Reply>,
): Promise<Reply> {
  const scopeHash = hashOf(`${scope.caller}|${scope.route}|${scope.key}`);
  const bodyHash = hashOf(JSON.stringify(scope.body ?? null));
  const lookup = readIdempotencyRecord(db, scopeHash, now);
  const ready = lookup.then((found) => {
    if (found) throw new AlreadyAnswered(found);
  });
  // The handler awaits `ready`; if it fails before doing so, the outcome is settled below.
  ready.catch(() => undefined);
  const once: Once = {
    ready,
    record: (reply) =>
      idempotencyRecordPut(
        scopeHash,
        bodyHash,
        { status: reply.status, body: reply.body ?? null, headers: reply.headers ?? {} },
        now,
      ),
  };
  try {
    return await work(once);
  } catch (error) {
    let record: IdempotencyRecord | undefined = await lookup.catch(() => undefined);
    // The first call with this key may have committed after our look-up, and this one failed
    // because of it (its record refused, or the state it changed: a bed taken, a hold already
    // declined, a unit id now in use): its record says so. A store failing (503) is only itself.
    if (!record && !(error instanceof Unavailable)) {
      record = await readIdempotencyRecord(db, scopeHash, now).catch(() => undefined);
    }
    if (!record) {
      if (error instanceof AlreadyAnswered) {
        throw new Error('an idempotency record refused the transaction but cannot be read');
      }
      throw error;
    }
    if (record.bodyHash !== bodyHash)
      throw new IdempotencyKeyReused('This Idempotency-Key was used with a different request body');
    return record.reply;
  }
}
