export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** A unit not confirmed or updated for this long is stale (DOMAIN.md: stale after 24 h). */
export const STALE_AFTER_MS = 24 * HOUR_MS;

export function isStale(lastConfirmedAt: string | null | undefined, now: Date): boolean {
  if (!lastConfirmedAt) return true;
  return now.getTime() - Date.parse(lastConfirmedAt) > STALE_AFTER_MS;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Whole days between two instants (floor), never negative. */
export function daysBetween(fromIso: string, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - Date.parse(fromIso)) / DAY_MS));
}

export function addMinutes(now: Date, minutes: number): Date {
  return new Date(now.getTime() + minutes * 60_000);
}
