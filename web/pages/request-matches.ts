/**
 * The request page's list of units that fit, as a night-duty worker needs it: who to phone
 * beside each unit, and which units have already said no to this child and why, so a tired
 * reader does not hold a bed at a home that has just declined.
 */
import type { Hold, Match, Unit } from '../../shared/contract/schemas.js';
import { dutyContactView } from '../duty-contact.js';
import {
  countOf,
  DECLINE_REASON_LABELS,
  formatDate,
  formatDistance,
  labelOf,
  regionName,
  UNIT_KIND_LABELS,
} from '../format.js';
import { type TypedClient, unlessRefused } from '../services/client.js';
import { type Referral, referrals } from '../services/referrals.js';
import { formKey, unitName } from './common.js';

/** One "no" from a unit for this request: a declined hold or a declined referral. */
export interface Decline {
  unitId: string;
  unit: string;
  reason: string;
  note?: string;
  on: string;
  at: string;
  href?: string;
}

/**
 * The request's referrals, if this user may read them (a referral answers the same way as a
 * hold, so its "no" marks the unit too). An empty list when the API cannot say.
 */
export async function referralsOf(client: TypedClient, requestId: string): Promise<Referral[]> {
  return (await unlessRefused(referrals(client, { requestId }))) ?? [];
}

/** Every unit's latest decline of this request, newest first. */
export function declinesOf(holds: Hold[], referrals: Referral[], units: Map<string, Unit>): Decline[] {
  const all: Decline[] = [
    ...holds
      .filter((h) => h.status === 'declined')
      .map((h) => ({
        unitId: h.unitId,
        reason: h.declineReason,
        note: h.declineNote,
        at: h.decidedAt ?? h.createdAt,
        href: `/holds/${h.id}`,
      })),
    ...referrals
      .filter((r) => r.status === 'declined')
      .map((r) => ({
        unitId: r.unitId,
        reason: r.declineReason,
        note: r.declineNote,
        at: r.decidedAt ?? r.updatedAt,
        href: undefined,
      })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((d) => ({
      unitId: d.unitId,
      unit: unitName(units, d.unitId),
      reason: labelOf(DECLINE_REASON_LABELS, d.reason),
      note: d.note ?? undefined,
      on: formatDate(d.at),
      at: d.at,
      href: d.href,
    }));
  const seen = new Set<string>();
  return all.filter((d) => !seen.has(d.unitId) && seen.add(d.unitId));
}

/** The cards of the match list: facts, duty contact, and the unit's decline if it has said no. */
export function matchCards(matches: Match[], units: Map<string, Unit>, declines: Decline[]) {
  const declined = new Map(declines.map((d) => [d.unitId, d]));
  return matches.map((m) => {
    const no = declined.get(m.unitId);
    return {
      rank: m.rank,
      unitId: m.unitId,
      name: m.name,
      kind: labelOf(UNIT_KIND_LABELS, m.kind),
      region: regionName(m.regionCode),
      distance: formatDistance(m.distanceKm),
      available: countOf(m.available, 'free bed'),
      stale: m.stale,
      reasons: m.reasons,
      duty: dutyContactView(units.get(m.unitId)?.dutyContact),
      declined: no,
      declinedText: no
        ? `${no.reason}, on ${no.on}.${no.note ? ` Note from the home: ${no.note}` : ''}`
        : undefined,
      idempotencyKey: formKey('hold'),
    };
  });
}
