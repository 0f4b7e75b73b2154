import type { Stream, UnitStatus } from '../contract/enums.js';
import type { UnitFact } from '../contract/unit-facts.js';
import { UnitFact as UnitFactEnum } from '../contract/unit-facts.js';
import type { UnitCounterItem, UnitItem } from './records.js';

/** The register fields a unit item carries beyond its original facts (status, provenance, contact). */
export const REGISTER_FIELDS = [
  'wardType',
  'status',
  'statusReason',
  'statusSince',
  'provenance',
  'dutyContact',
  'version',
] as const;

/**
 * Fills what a unit item written before these fields existed lacks: open, version 1, and a
 * provenance that says nobody recorded where its facts came from.
 */
export function withRegisterDefaults(
  item: Omit<UnitItem, (typeof REGISTER_FIELDS)[number]> & Partial<UnitItem>,
) {
  return {
    ...item,
    wardType: item.wardType ?? null,
    status: item.status ?? 'open',
    statusReason: item.statusReason ?? null,
    statusSince: item.statusSince ?? null,
    provenance: item.provenance ?? {
      source: 'Not recorded',
      asOf: (item.lastConfirmedAt ?? '1970-01-01').slice(0, 10),
      verified: false,
      unverified: [],
    },
    dutyContact: item.dutyContact ?? null,
    version: item.version ?? 1,
  } satisfies UnitItem;
}

/** Facts not confirmed by the unit's source: all of them when the source is not verified. */
function unverifiedFacts(p: UnitItem['provenance']): UnitFact[] {
  return p.verified ? [...(p.unverified ?? [])] : [...UnitFactEnum.options];
}

/** The facts a unit's counter copies from its unit, for matching to read without the unit. */
export type CounterFacts = Pick<
  UnitCounterItem,
  'name' | 'laCode' | 'regionCode' | 'location' | 'ageRange' | 'sexes' | 'specialisms'
> &
  Required<Pick<UnitCounterItem, 'status' | 'unverified'>>;

export function counterFacts(u: UnitItem): CounterFacts {
  return {
    name: u.name,
    laCode: u.laCode,
    regionCode: u.regionCode,
    location: u.location,
    ageRange: u.ageRange,
    sexes: u.sexes,
    specialisms: u.specialisms,
    status: u.status,
    unverified: unverifiedFacts(u.provenance),
  };
}

export interface UnitListFilter {
  stream?: Stream;
  region?: string;
  available?: boolean;
  status?: UnitStatus;
}

/** The register list's filter on stream and status, adding its values to `values`. */
export function unitListFilter(filter: UnitListFilter, values: Record<string, unknown>) {
  const parts: string[] = [];
  if (filter.stream) {
    values[':stream'] = filter.stream;
    parts.push('contains(streams, :stream)');
  }
  // "Available" means a bed could be offered: a paused or closed unit offers none.
  const status = filter.status ?? (filter.available ? 'open' : undefined);
  if (status) {
    values[':status'] = status;
    // Items written before status existed read as open.
    parts.push(
      status === 'open' ? '(attribute_not_exists(#status) OR #status = :status)' : '#status = :status',
    );
  }
  return {
    ...(parts.length ? { FilterExpression: parts.join(' AND ') } : {}),
    ...(status ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
  };
}
