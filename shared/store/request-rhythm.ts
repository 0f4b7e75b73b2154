import { rhythmStep } from '../domain/requests.js';
import { auditPut } from './audit.js';
import { TransactionCancelled } from './db.js';
import type { Store } from './index.js';
import { queryItems } from './index-reads.js';
import { GSI4, index, key } from './keys.js';
import type { RequestItem } from './records.js';
import { rhythmIndex } from './requests.js';

const SWEEPER = { role: 'system', org: 'sweeper' };

/**
 * Reminds the LA before an open request lapses, and tells the LA and national coordination when
 * it has lapsed. The request's status needs none of this (it reads as lapsed by the clock); each
 * step moves the request's place in the sparse rhythm index on, conditionally, so a second
 * sweeper (or a retry) finds nothing left to send. Returns how many of each were sent.
 */
export async function sweepRequestRhythm(
  store: Store,
  now: Date,
  batch = 100,
): Promise<{ reminded: number; lapsed: number }> {
  const out = { reminded: 0, lapsed: 0 };
  const at = now.toISOString();
  for (let round = 0; round < 20; round++) {
    // The index finds them; the requests themselves are read by key (decision 0014). One moved on
    // since its entry was read (no longer in the rhythm partition) is left alone.
    const page = await queryItems<RequestItem & { gsi4pk?: string; gsi4sk: string }>(
      store.db,
      {
        IndexName: GSI4,
        // Sort keys are `<due>#<id>`: '~' sorts after '#', so what falls due this instant is included.
        KeyConditionExpression: 'gsi4pk = :pk AND gsi4sk < :upto',
        ExpressionAttributeValues: { ':pk': index.requestRhythm, ':upto': `${at}~` },
        Limit: batch,
      },
      (r) => r.gsi4pk === index.requestRhythm && r.gsi4sk <= `${at}~`,
    );
    const due = page.items;
    let progressed = 0;
    for (const r of due) {
      const step = await takeRhythmStep(store, r, now);
      if (step) {
        out[step] += 1;
        progressed += 1;
      }
    }
    if (progressed === 0 || page.count < batch) break;
  }
  return out;
}

async function takeRhythmStep(
  store: Store,
  r: RequestItem & { gsi4sk: string },
  now: Date,
): Promise<'reminded' | 'lapsed' | undefined> {
  const at = now.toISOString();
  const step = rhythmStep(r, now);
  if (step.kind === 'leave') {
    // Placed or withdrawn by a path that left it in the index: take it out.
    await store.db
      .update({
        Key: key.request(r.id),
        UpdateExpression: 'REMOVE gsi4pk, gsi4sk',
        ConditionExpression: 'gsi4sk = :sk',
        ExpressionAttributeValues: { ':sk': r.gsi4sk },
      })
      .catch(() => undefined);
    return undefined;
  }
  const { due } = step;
  const lapsed = step.kind === 'lapse';
  try {
    await store.db.transactWithRetry(() => [
      {
        Update: {
          Key: key.request(r.id),
          UpdateExpression: lapsed
            ? 'SET lapseNotifiedFor = :due REMOVE gsi4pk, gsi4sk'
            : 'SET remindedFor = :due, gsi4sk = :next',
          ConditionExpression: '#status = :open AND refreshDueAt = :due AND gsi4sk = :sk',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':open': 'open',
            ':due': due,
            ':sk': r.gsi4sk,
            ...(step.kind === 'remind' ? { ':next': rhythmIndex(r.id, step.nextAt).gsi4sk } : {}),
          },
        },
      },
      auditPut({
        entity: r.id,
        entityType: 'request',
        action: lapsed ? 'request.lapsed' : 'request.refresh_due',
        actor: SWEEPER,
        at,
        before: { status: 'open', refreshDueAt: due },
        after: { status: lapsed ? 'lapsed' : 'open', refreshDueAt: due },
        notify: { to: step.tell, ids: { requestId: r.id } },
      }),
    ]);
    return lapsed ? 'lapsed' : 'reminded';
  } catch (error) {
    if (error instanceof TransactionCancelled) return undefined; // refreshed or changed meanwhile
    throw error;
  }
}
