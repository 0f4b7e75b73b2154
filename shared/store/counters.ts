import type { BedState, Stream } from '../contract/enums.js';
import type { TransactItem } from './db.js';
import { key } from './keys.js';

export type CounterDelta = Partial<Record<BedState, number>>;

/** Adds the deltas of one bed moving from `from` to `to` into `into`. */
export function addMove(into: CounterDelta, from: BedState, to: BedState): CounterDelta {
  if (from === to) return into;
  into[from] = (into[from] ?? 0) - 1;
  into[to] = (into[to] ?? 0) + 1;
  return into;
}

export interface CounterUpdate {
  stream: Stream;
  unitId: string;
  delta: CounterDelta;
  /** Live holds to record (bedId → expiresAt) or forget (bedId → null). */
  holds?: Record<string, string | null>;
  confirmedAt?: string;
}

/**
 * The unit-stream counter change for the same transaction as the bed change that causes it,
 * so counters can never drift from the beds.
 */
export function counterUpdate(u: CounterUpdate): TransactItem | undefined {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const add: string[] = [];
  const set: string[] = [];
  const remove: string[] = [];
  for (const [state, n] of Object.entries(u.delta)) {
    if (!n) continue;
    names[`#${state}`] = state;
    values[`:${state}`] = n;
    add.push(`#${state} :${state}`);
  }
  let i = 0;
  for (const [bedId, expiresAt] of Object.entries(u.holds ?? {})) {
    names['#holds'] = 'holds';
    names[`#b${i}`] = bedId;
    if (expiresAt === null) remove.push(`#holds.#b${i}`);
    else {
      values[`:b${i}`] = expiresAt;
      set.push(`#holds.#b${i} = :b${i}`);
    }
    i++;
  }
  if (u.confirmedAt) {
    names['#lc'] = 'lastConfirmedAt';
    values[':lc'] = u.confirmedAt;
    set.push('#lc = :lc');
  }
  const parts = [
    set.length ? `SET ${set.join(', ')}` : '',
    add.length ? `ADD ${add.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  return {
    Update: {
      Key: key.unitStream(u.stream, u.unitId),
      UpdateExpression: parts.join(' '),
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    },
  };
}
