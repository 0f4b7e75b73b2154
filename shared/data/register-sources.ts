/**
 * Where each unit's facts come from, and its status: the register's answer to "how do you know?".
 *
 * `provenance.asOf` is the date the source gives for its facts (the first day of the month or year
 * when that is all it gives; the day this register recorded it when the source is undated).
 * `verified: true` means the source confirms the unit's facts except those in `unverified`;
 * every home's `specialisms` were assigned by this project, not published, so they are listed as
 * unverified everywhere and matching says so in its reasons.
 *
 * Corrections recorded on 2026-12-01 from DOMAIN.md ("Corrections found since"); each names its
 * source and date below. Anything we could not confirm says so rather than guessing.
 */
import type { UnitStatus, WardType } from '../contract/enums.js';
import type { Provenance } from '../contract/unit-facts.js';
import type { SeedUnit } from './register.js';

const SCH_REGISTER =
  "Secure Children's Home register, July 2024 (DfE); YCS split from the YJB SCH contract notice (2016)";
const RECORDED = '2026-12-01';

interface Sourced {
  provenance: Provenance;
  status?: UnitStatus;
  statusReason?: string;
  statusSince?: string;
}

/** Each unit's own sources where they differ from its kind's default (below). */
const SOURCES: Record<string, Sourced> = {
  'sch-clare-lodge': {
    provenance: {
      source:
        "Peterborough City Council (2024): 'up to 16 girls aged 10 to 17', the only all-female secure welfare home; places from the SCH register (July 2024)",
      asOf: '2024-01-01',
      verified: true,
      unverified: ['specialisms'],
    },
  },
  'sch-kyloe-house': {
    provenance: {
      source: `Northumberland County Council's Kyloe House page: 12 placements (undated; recorded ${RECORDED}). The SCH register (July 2024) said 15`,
      asOf: RECORDED,
      verified: true,
      unverified: ['specialisms'],
    },
  },
  'sch-aycliffe': {
    provenance: {
      source:
        'Durham County Council (2022): up to 38 places, plus a 4-bed step-down/transition unit (not secure, not counted as places here); YCS split from the 2016 contracts',
      asOf: '2022-01-01',
      verified: true,
      unverified: ['specialisms'],
    },
  },
  'sch-lansdowne': {
    status: 'paused',
    statusReason:
      'Closed for staffing in 2023; whether it has reopened is unknown (no source found): confirm with East Sussex County Council before relying on it',
    provenance: {
      source: `${SCH_REGISTER}; 7 places used (12 after the 2021 extension); closed for staffing in 2023, current status unknown`,
      asOf: '2023-01-01',
      verified: true,
      unverified: ['status', 'specialisms'],
    },
  },
  'stc-oakhill': {
    provenance: {
      source:
        'Ofsted inspection of Oakhill secure training centre, October 2024: up to 80 places, about 70 children, rated inadequate',
      asOf: '2024-10-01',
      verified: true,
      unverified: ['location', 'specialisms'],
    },
  },
  'yoi-cookham-wood': {
    status: 'closed',
    statusReason:
      'Ministry of Justice announced on 21 March 2024 that HMYOI Cookham Wood would become an adult prison: not open to children',
    statusSince: '2024-03-21T00:00:00.000Z',
    provenance: {
      source: 'Ministry of Justice announcement, 21 March 2024; place count illustrative',
      asOf: '2024-03-21',
      verified: true,
      unverified: ['capacity', 'location', 'specialisms'],
    },
  },
  'ss-oasis-restore': {
    status: 'paused',
    statusReason:
      'Paused in 2025 (the exact date is not in our sources): takes no new children until it reopens',
    provenance: {
      source: 'Oasis Restore secure school: 49 places, ages 12-18, dual-registered as a SCH; paused in 2025',
      asOf: '2025-01-01',
      verified: true,
      unverified: ['location', 'specialisms'],
    },
  },
  'sch-hillside': {
    provenance: {
      source:
        "DOMAIN.md: Hillside, Neath Port Talbot, Wales' only SCH: 18 places, 6 YCS beds in the 2016 contracts; English LAs may place there",
      asOf: '2024-07-01',
      verified: true,
      unverified: ['location', 'specialisms'],
    },
  },
};

/** Where a unit's facts come from when it has no sources of its own: by what kind of unit it is. */
function defaultSourced(u: SeedUnit): Sourced {
  if (u.kind === 'cypmhs_inpatient')
    return {
      provenance: {
        source:
          'Illustrative: no national list of tier 4 units was found; no real name, ODS code or bed count',
        asOf: RECORDED,
        verified: false,
        unverified: [],
      },
    };
  if (u.kind === 'secure_childrens_home')
    return {
      provenance: { source: SCH_REGISTER, asOf: '2024-07-01', verified: true, unverified: ['specialisms'] },
    };
  return {
    provenance: {
      source: 'DOMAIN.md, justice estate: a real setting; place count, location and specialisms illustrative',
      asOf: RECORDED,
      verified: true,
      unverified: ['capacity', 'location', 'specialisms'],
    },
  };
}

/**
 * Illustrative ward types for the illustrative tier 4 units, one of each kind somewhere, so that
 * the field is exercised end to end. Not real: replace with the real unit's when it is verified.
 */
const WARD_TYPES: Record<string, WardType> = {
  'cypmhs-ne-1': 'general_adolescent',
  'cypmhs-nw-1': 'picu',
  'cypmhs-nw-2': 'eating_disorder',
  'cypmhs-yh-1': 'general_adolescent',
  'cypmhs-em-1': 'learning_disability',
  'cypmhs-wm-1': 'low_secure',
  'cypmhs-ee-1': 'general_adolescent',
  'cypmhs-lon-1': 'general_adolescent',
  'cypmhs-lon-2': 'medium_secure',
  'cypmhs-se-1': 'picu',
  'cypmhs-se-2': 'eating_disorder',
  'cypmhs-sw-1': 'general_adolescent',
};

/** A seed unit with its status, provenance and (tier 4) ward type. */
export function withSources(u: SeedUnit): SeedUnit {
  const sourced = SOURCES[u.id] ?? defaultSourced(u);
  const wardType = WARD_TYPES[u.id];
  return {
    ...u,
    provenance: sourced.provenance,
    ...(sourced.status ? { status: sourced.status } : {}),
    ...(sourced.statusReason ? { statusReason: sourced.statusReason } : {}),
    ...(sourced.statusSince ? { statusSince: sourced.statusSince } : {}),
    ...(wardType ? { wardType } : {}),
  };
}

/**
 * Secure units outside England that English LAs may place in. Hillside is in Wales: it carries
 * the real Welsh codes, Neath Port Talbot's GSS code (W06000012) as `laCode` and, Wales having
 * no regions, the country code W92000004 as `regionCode` (see contract/unit-facts.ts). Its
 * specialisms are left empty rather than invented.
 */
export const CROSS_BORDER_UNITS: SeedUnit[] = [
  {
    id: 'sch-hillside',
    name: 'Hillside',
    providerId: 'neath-port-talbot-council',
    providerName: 'Neath Port Talbot County Borough Council',
    kind: 'secure_childrens_home',
    laCode: 'W06000012',
    regionCode: 'W92000004',
    location: { lat: 51.66, lon: -3.8 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: { min: 10, max: 17 },
    sexes: ['female', 'male'],
    specialisms: [],
    // As schBeds({ places: 18, ycs: 6 }) would give; spelt out so this file needs only register.ts's types.
    beds: [
      { count: 12, eligibleStreams: ['welfare', 'justice'], contractedTo: 'DfE' },
      { count: 6, eligibleStreams: ['welfare', 'justice'], contractedTo: 'MoJ' },
    ],
    illustrative: false,
    note: "Wales' only secure children's home: outside England, English LAs may place there (inspected by Care Inspectorate Wales, not Ofsted)",
  },
];
