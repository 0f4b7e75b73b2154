/**
 * Who may see and touch which record, beyond the route's role policy. A `false` here is
 * answered 404, never 403, so that ids do not leak what exists (SPEC, "Identity and roles").
 */
export interface Caller {
  role: 'la' | 'provider' | 'coordinator' | 'commissioner';
  org: string;
}

interface RequestLike {
  /** Null for an external placement: no LA placed the child through this service. */
  laCode: string | null;
  providerIds?: Iterable<string>;
}
interface HoldLike {
  laCode: string | null;
  providerId: string;
}

const isCoordinator = (c: Caller) => c.role === 'coordinator';

/** The LA that made it; the provider whose bed it has (had) a hold on, pseudonymously; a coordinator. */
export function mayReadRequest(c: Caller, r: RequestLike): boolean {
  if (isCoordinator(c)) return true;
  if (c.role === 'la') return r.laCode === c.org;
  if (c.role === 'provider') return [...(r.providerIds ?? [])].includes(c.org);
  return false;
}

/** Withdraw, search matches, hold: the LA that made the request, or a coordinator on its behalf. */
export function mayActForRequest(c: Caller, r: RequestLike): boolean {
  return isCoordinator(c) || (c.role === 'la' && r.laCode === c.org);
}

/** A hold or placement: the placing LA, the unit's provider, a coordinator. */
export function mayReadHold(c: Caller, h: HoldLike): boolean {
  return (
    isCoordinator(c) ||
    (c.role === 'la' && h.laCode === c.org) ||
    (c.role === 'provider' && h.providerId === c.org)
  );
}

/** Accept or decline: the provider of the unit, or a coordinator. */
export function mayDecideHold(c: Caller, h: HoldLike): boolean {
  return isCoordinator(c) || (c.role === 'provider' && h.providerId === c.org);
}

/** Release: the LA that made it, or a coordinator. */
export function mayReleaseHold(c: Caller, h: HoldLike): boolean {
  return isCoordinator(c) || (c.role === 'la' && h.laCode === c.org);
}

/** Change a unit's beds or confirm it: its provider, or a coordinator. */
export function mayManageUnit(c: Caller, unit: { providerId: string }): boolean {
  return isCoordinator(c) || (c.role === 'provider' && unit.providerId === c.org);
}
