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
}
interface HoldLike {
  laCode: string | null;
  providerId: string;
}

const isCoordinator = (c: Caller) => c.role === 'coordinator';

/**
 * What ties a provider to a child's request: a hold on one of its beds, a referral to one of its
 * units, or the placement either became. `endsAt` is when a live link lapses by itself (a hold's
 * `expiresAt`, an offer's expiry), whether or not anything has tidied it yet.
 */
export interface ProviderLink {
  kind: 'hold' | 'referral' | 'placement';
  providerId: string;
  status: string;
  endsAt?: string | null;
}

/** The statuses in which a link still gives its provider the request's profile. */
const LIVE_STATUSES: Record<ProviderLink['kind'], readonly string[]> = {
  hold: ['active'],
  referral: ['pending', 'offered', 'accepted'],
  placement: ['active'],
};

/** A referral as a provider's link: an offer runs out by itself at its expiry; other states don't. */
export const referralLink = (r: {
  providerId: string;
  status: string;
  offerExpiresAt?: string | null;
}): ProviderLink => ({
  kind: 'referral',
  providerId: r.providerId,
  status: r.status,
  endsAt: r.status === 'offered' ? (r.offerExpiresAt ?? null) : null,
});

/** A link is live while its status says so and its own time has not run out. */
export function linkIsLive(link: ProviderLink, now: Date): boolean {
  if (!LIVE_STATUSES[link.kind].includes(link.status)) return false;
  return !link.endsAt || Date.parse(link.endsAt) > now.getTime();
}

/**
 * A provider sees a child's request (pseudonymously) only while one of its links to it is live:
 * a provider that declined a hold, let it lapse or saw it released, or whose referral was
 * declined, withdrawn or expired, no longer needs the child's profile and no longer gets it.
 */
export function providerMayReadRequest(
  providerId: string,
  links: readonly ProviderLink[],
  now: Date,
): boolean {
  return links.some((link) => link.providerId === providerId && linkIsLive(link, now));
}

/** The LA that made it; a provider with a live link to it (see providerMayReadRequest); a coordinator. */
export function mayReadRequest(
  c: Caller,
  r: RequestLike,
  links: readonly ProviderLink[],
  now: Date,
): boolean {
  if (isCoordinator(c)) return true;
  if (c.role === 'la') return r.laCode === c.org;
  if (c.role === 'provider') return providerMayReadRequest(c.org, links, now);
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
