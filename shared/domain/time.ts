export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** A unit not confirmed or updated for this long is stale (DOMAIN.md: stale after 24 h). */
export const STALE_AFTER_MS = 24 * HOUR_MS;

export function isStale(lastConfirmedAt: string | null | undefined, now: Date): boolean {
  if (!lastConfirmedAt) return true;
  return now.getTime() - Date.parse(lastConfirmedAt) > STALE_AFTER_MS;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
