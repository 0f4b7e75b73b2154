/**
 * A list asked for one status, where some statuses are read off the clock rather than stored
 * (an active hold past its expiry reads `expired`, an open request past its refresh reads
 * `lapsed`). The store can filter only on what is stored; the clock decides the rest after the
 * read. Holds, referrals and requests each say once, here, which stored statuses can read as what.
 */
export interface StatusFilter<S extends string, T> {
  /** The stored statuses to filter the query on (any of them); undefined: every status. */
  stored: readonly S[] | undefined;
  /** Does an item have the asked status at `now`? (Also true to use on items read unfiltered.) */
  matches: (item: T) => boolean;
}

/** How an entity's statuses are kept: which stored statuses a clock-bound one may be read from. */
export interface ClockBound<S extends string, T> {
  /** For each status the clock decides, every stored status an item showing it may have. */
  storedFor: Partial<Record<S, readonly S[]>>;
  /** The status an item reads as at `now`. */
  effective: (item: T) => S;
}

/** The filter for `asked` (undefined: every status), given how an entity keeps its statuses. */
export function statusFilter<S extends string, T>(
  asked: S | undefined,
  clock: ClockBound<S, T>,
): StatusFilter<S, T> {
  if (asked === undefined) return { stored: undefined, matches: () => true };
  return {
    stored: clock.storedFor[asked] ?? [asked],
    matches: (item) => clock.effective(item) === asked,
  };
}
