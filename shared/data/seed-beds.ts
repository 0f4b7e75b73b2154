import type { Stream } from '../contract/enums.js';

/**
 * What seeding reads of a unit's bed groups. Apart from register.ts so that a Lambda that can
 * create units (shared/store/seed.ts) does not carry the whole seed register (16 KB) with it.
 */
interface BedGroups {
  beds: readonly { count: number; eligibleStreams: readonly Stream[] }[];
}

/** Total beds of a seed unit. */
export const placesOf = (u: BedGroups) => u.beds.reduce((n, g) => n + g.count, 0);

/** The streams a seed unit may serve: the union of its beds' eligible streams, in a stable order. */
export function streamsOf(u: BedGroups): Stream[] {
  const order: Stream[] = ['welfare', 'justice', 'mental_health'];
  return order.filter((s) => u.beds.some((g) => g.count > 0 && g.eligibleStreams.includes(s)));
}
