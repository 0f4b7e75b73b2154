import { randomBytes } from 'node:crypto';
import type { BedState } from '../contract/enums.js';
import { countingStream } from '../domain/pool.js';
import type { TransactItem } from './db.js';
import { capacityChangeKey, key } from './keys.js';
import type { CounterBed } from './records.js';

/**
 * The counter's change stamp (its gsi1 sort key in the `CAPACITY` partition), set by every write of
 * a counter. Wall-clock time when the write is built, not the request's `now`: it orders writes for
 * capacity's cache (decision 0013), whatever business time a caller or a test passes. The nonce
 * tells two changes of one counter in the same millisecond apart.
 */
export function capacityStamp(unitId: string): string {
  return capacityChangeKey(new Date().toISOString(), unitId, randomBytes(4).toString('hex'));
}

/**
 * One bed changing state, as its unit's counter must record it. `since` is when a bed moving to
 * `available` came free; `until` is when a bed moving to `held` is held until.
 */
export interface BedMove {
  bedId: string;
  bed: CounterBed;
  from: BedState;
  to: BedState;
  since?: string;
  until?: string;
}

/**
 * The unit counter's change for the same transaction as the bed changes that cause it, so the
 * counter can never drift from the beds: counts move between states in each bed's counting
 * stream (one bed, one stream: nothing is counted twice), the free-bed and live-hold maps gain
 * or lose the bed. Returns undefined when nothing changes.
 */
export function counterUpdate(
  unitId: string,
  moves: readonly BedMove[],
  confirmedAt?: string,
): TransactItem | undefined {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const set: string[] = [];
  const remove: string[] = [];
  const deltas = new Map<string, number>();
  moves.forEach((m, i) => {
    if (m.from !== m.to) {
      const stream = countingStream(m.bed);
      for (const [state, d] of [
        [m.from, -1],
        [m.to, 1],
      ] as const)
        deltas.set(`${stream}:${state}`, (deltas.get(`${stream}:${state}`) ?? 0) + d);
    }
    names[`#b${i}`] = m.bedId;
    const facts = { eligibleStreams: m.bed.eligibleStreams, contractedTo: m.bed.contractedTo };
    // A lapsed hold taken over stays in `holds` with the new expiry: one SET, no overlapping REMOVE.
    if (m.from === 'available' && m.to !== 'available') remove.push(`#free.#b${i}`);
    if (m.from === 'held' && m.to !== 'held') remove.push(`#holds.#b${i}`);
    if (m.to === 'available' && m.from !== 'available') {
      values[`:b${i}`] = { ...facts, freeSince: m.since };
      set.push(`#free.#b${i} = :b${i}`);
    }
    if (m.to === 'held') {
      values[`:b${i}`] = { ...facts, heldUntil: m.until };
      set.push(`#holds.#b${i} = :b${i}`);
    }
  });
  if (remove.some((r) => r.startsWith('#free')) || set.some((s) => s.startsWith('#free')))
    names['#free'] = 'free';
  if (remove.some((r) => r.startsWith('#holds')) || set.some((s) => s.startsWith('#holds')))
    names['#holds'] = 'holds';
  let k = 0;
  for (const [countKey, d] of deltas) {
    if (d === 0) continue;
    names['#counts'] = 'counts';
    names[`#c${k}`] = countKey;
    values[`:c${k}`] = d;
    values[':zero'] = 0;
    set.push(`#counts.#c${k} = if_not_exists(#counts.#c${k}, :zero) + :c${k}`);
    k++;
  }
  if (confirmedAt) {
    names['#lc'] = 'lastConfirmedAt';
    values[':lc'] = confirmedAt;
    set.push('#lc = :lc');
  }
  // Bed names that no SET or REMOVE used (a no-op move) must not be sent.
  for (const n of Object.keys(names))
    if (n.startsWith('#b') && !set.some((s) => s.includes(`${n} `)) && !remove.some((r) => r.endsWith(n)))
      delete names[n];
  const parts = [
    set.length ? `SET ${set.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  names['#chg'] = 'gsi1sk';
  values[':chg'] = capacityStamp(unitId);
  parts[0] = parts[0]?.startsWith('SET ') ? `${parts[0]}, #chg = :chg` : `SET #chg = :chg ${parts[0]}`;
  return {
    Update: {
      Key: key.unitCounter(unitId),
      UpdateExpression: parts.join(' '),
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
