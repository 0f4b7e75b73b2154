/**
 * Seed register of secure settings for children in England.
 *
 * Sources (see /work/shared/DOMAIN.md): Secure Children's Home register (July 2024), DfE
 * "Children accommodated in secure children's homes", council pages, and the YJB SCH contract
 * notice (2016) for the split of places between the Youth Custody Service and welfare use.
 *
 * What is public and what is illustrative:
 * - The 13 secure children's homes (SCHs): names, operators, towns, LA and region GSS codes,
 *   coordinates and approved places are this project's reading of public facts. Every SCH bed may
 *   serve welfare and justice (Marydale: welfare only). The beds contracted to the MoJ are the
 *   home's YCS beds in the 2016 contracts (the last published split; current per-home contract
 *   numbers are not public, so the split is illustrative of today) and the rest are the DfE's. Lansdowne uses 7 places. Their
 *   `specialisms` are illustrative (assigned by this project, not published), which each note says;
 *   `illustrative` stays false because places and codes are public.
 * - The justice estate (Oakhill STC, YOIs Wetherby, Werrington, Feltham A and Cookham Wood, Oasis
 *   Restore secure school): real settings, but place counts, coordinates and specialisms are
 *   illustrative (Oasis Restore's 49 places are public; it was paused in 2025).
 * - Tier 4 CYPMHS inpatient units: entirely illustrative, one or more per region, so the mental
 *   health stream works end to end. No real names or ODS codes. Their beds are contracted to DHSC
 *   (NHS England) and serve mental health only. The justice estate's beds are the MoJ's; the secure
 *   school's serve justice and welfare (it is dual-registered as a SCH).
 *
 * - Corrections since the July 2024 register (DOMAIN.md, "Corrections found since"), each with its
 *   source and date in the unit's provenance (register-sources.ts): Clare Lodge girls only, Kyloe
 *   House 12 places, Aycliffe up to 38, Oakhill up to 80, Cookham Wood closed to children, Oasis
 *   Restore paused, Lansdowne's status unknown, and Hillside (Wales) as a cross-border unit.
 *
 * Ofsted URNs were not gathered and ODS codes were not verified: both are null rather than invented.
 * Codes and coordinates are approximate and must be checked against ONS data when loading.
 */

import type { Department, Need, Stream, UnitKind, UnitStatus, WardType } from '../contract/enums.js';
import type { DutyContact, Provenance, UnitSite } from '../contract/unit-facts.js';
import { CROSS_BORDER_UNITS, withSources } from './register-sources.js';

export type { Department, Need, Stream, UnitKind };

/** Some of a unit's beds: how many, which streams their registration lets them serve, whose contract. */
export interface SeedBeds {
  count: number;
  /** A subset of what the unit's registration allows; the unit's `streams` is the union of these. */
  eligibleStreams: Stream[];
  /** The commissioning department, or null for pooled spot beds no department has contracted. */
  contractedTo: Department | null;
}

/**
 * A secure children's home's places: every bed may serve welfare and justice (its registration
 * allows both); the home's YCS places in the 2016 contracts are contracted to the MoJ and the rest
 * to the DfE. Current per-home contract numbers are not public, so the split is the last published
 * one, not today's.
 */
export function schBeds(p: { places: number; ycs: number }): SeedBeds[] {
  const both: Stream[] = ['welfare', 'justice'];
  return [
    { count: p.places - p.ycs, eligibleStreams: both, contractedTo: 'DfE' as const },
    { count: p.ycs, eligibleStreams: both, contractedTo: 'MoJ' as const },
  ].filter((g) => g.count > 0);
}

/**
 * Beds that each serve one stream only, contracted to that stream's department (e.g. a fixture
 * `streamBeds({ welfare: 3, justice: 2 })`): no bed can be lent between departments.
 */
export function streamBeds(perStream: Partial<Record<Stream, number>>): SeedBeds[] {
  const department: Record<Stream, Department> = { welfare: 'DfE', justice: 'MoJ', mental_health: 'DHSC' };
  return (Object.entries(perStream) as [Stream, number][])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => ({ count: n, eligibleStreams: [s], contractedTo: department[s] }));
}

export { placesOf, streamsOf } from './seed-beds.js';

/** A unit of the register as seeded; its laCode must exist in LOCAL_AUTHORITIES (English units only). */
export interface SeedUnit extends UnitSite {
  /** Stable slug, e.g. 'sch-adel-beck', 'yoi-wetherby', 'cypmhs-ne-1'. */
  id: string;
  name: string;
  /** Stable slug of the operator, e.g. 'leeds-city-council', 'hmpps-ycs', 'nhs-illustrative-ne'. */
  providerId: string;
  providerName: string;
  kind: UnitKind;
  sexes: ('female' | 'male')[];
  specialisms: Need[];
  /**
   * The unit's beds in groups alike in what they may serve and who commissions them; the counts
   * add up to the unit's approved places. See `schBeds` for how a home's places are split.
   */
  beds: SeedBeds[];
  /** True when any figure is not from DOMAIN.md's public facts. */
  illustrative: boolean;
  /** Source or caveat in a few words. */
  note?: string;
  /** Default `open`. A unit that is not open is never matched, referred to or held. */
  status?: UnitStatus;
  statusReason?: string;
  /** ISO date-time the status began. */
  statusSince?: string;
  /** Where the facts come from; default: `note` as the source, verified unless illustrative. */
  provenance?: Provenance;
  /** Tier 4 wards only. */
  wardType?: WardType;
  dutyContact?: DutyContact;
}

const NE = 'E12000001';
const NW = 'E12000002';
const YH = 'E12000003';
const EM = 'E12000004';
const WM = 'E12000005';
const EE = 'E12000006';
const LON = 'E12000007';
const SE = 'E12000008';
const SW = 'E12000009';

const SCH_AGES = { min: 10, max: 17 };
const BOTH: ('female' | 'male')[] = ['female', 'male'];
const SCH_NOTE = 'SCH register July 2024; YCS split from 2016 contracts; specialisms illustrative';

const secureChildrensHomes: SeedUnit[] = [
  {
    id: 'sch-adel-beck',
    name: 'Adel Beck',
    providerId: 'leeds-city-council',
    providerName: 'Leeds City Council',
    kind: 'secure_childrens_home',
    laCode: 'E08000035',
    regionCode: YH,
    location: { lat: 53.86, lon: -1.58 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'self_harm', 'substance_misuse', 'absconding'],
    beds: schBeds({ places: 24, ycs: 16 }),
    illustrative: false,
    note: SCH_NOTE,
  },
  {
    id: 'sch-aldine-house',
    name: 'Aldine House',
    providerId: 'sheffield-city-council',
    providerName: 'Sheffield City Council',
    kind: 'secure_childrens_home',
    laCode: 'E08000019',
    regionCode: YH,
    location: { lat: 53.4, lon: -1.47 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'absconding', 'criminal_exploitation', 'mental_health'],
    beds: schBeds({ places: 12, ycs: 4 }),
    illustrative: false,
    note: SCH_NOTE,
  },
  {
    id: 'sch-atkinson-unit',
    name: 'Atkinson Unit',
    providerId: 'devon-county-council',
    providerName: 'Devon County Council',
    kind: 'secure_childrens_home',
    laCode: 'E10000008',
    regionCode: SW,
    location: { lat: 50.72, lon: -3.53 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'sexual_exploitation', 'absconding', 'mental_health'],
    beds: schBeds({ places: 8, ycs: 0 }),
    illustrative: false,
    note: `${SCH_NOTE}; rebuild funded 2024`,
  },
  {
    id: 'sch-aycliffe',
    name: 'Aycliffe Secure Services',
    providerId: 'durham-county-council',
    providerName: 'Durham County Council',
    kind: 'secure_childrens_home',
    laCode: 'E06000047',
    regionCode: NE,
    location: { lat: 54.62, lon: -1.57 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: [
      'violence',
      'harmful_sexual_behaviour',
      'self_harm',
      'criminal_exploitation',
      'learning_disability',
    ],
    beds: schBeds({ places: 38, ycs: 18 }),
    illustrative: false,
    note: `${SCH_NOTE}; up to 38 places (2022), plus a 4-bed step-down/transition unit that is not secure and is not counted here`,
  },
  {
    id: 'sch-barton-moss',
    name: 'Barton Moss',
    providerId: 'salford-city-council',
    providerName: 'Salford City Council',
    kind: 'secure_childrens_home',
    laCode: 'E08000006',
    regionCode: NW,
    location: { lat: 53.47, lon: -2.39 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'substance_misuse'],
    beds: schBeds({ places: 27, ycs: 24 }),
    illustrative: false,
    note: SCH_NOTE,
  },
  {
    id: 'sch-clare-lodge',
    name: 'Clare Lodge',
    providerId: 'peterborough-city-council',
    providerName: 'Peterborough City Council',
    kind: 'secure_childrens_home',
    laCode: 'E06000031',
    regionCode: EE,
    location: { lat: 52.64, lon: -0.3 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: ['female'],
    specialisms: ['sexual_exploitation', 'self_harm', 'suicidal_ideation', 'absconding', 'mental_health'],
    beds: schBeds({ places: 16, ycs: 0 }),
    illustrative: false,
    note: `${SCH_NOTE}; girls only (Peterborough City Council, 2024)`,
  },
  {
    id: 'sch-clayfields-house',
    name: 'Clayfields House',
    providerId: 'nottinghamshire-county-council',
    providerName: 'Nottinghamshire County Council',
    kind: 'secure_childrens_home',
    laCode: 'E10000024',
    regionCode: EM,
    location: { lat: 52.93, lon: -1.21 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'autism', 'self_harm'],
    beds: schBeds({ places: 20, ycs: 14 }),
    illustrative: false,
    note: SCH_NOTE,
  },
  {
    id: 'sch-kyloe-house',
    name: 'Kyloe House',
    providerId: 'northumberland-county-council',
    providerName: 'Northumberland County Council',
    kind: 'secure_childrens_home',
    laCode: 'E06000057',
    regionCode: NE,
    location: { lat: 55.17, lon: -1.66 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'sexual_exploitation', 'absconding', 'autism', 'learning_disability'],
    beds: schBeds({ places: 12, ycs: 0 }),
    illustrative: false,
    note: `${SCH_NOTE}; 12 places per Northumberland County Council (the register said 15)`,
  },
  {
    id: 'sch-lansdowne',
    name: 'Lansdowne',
    providerId: 'east-sussex-county-council',
    providerName: 'East Sussex County Council',
    kind: 'secure_childrens_home',
    laCode: 'E10000011',
    regionCode: SE,
    location: { lat: 50.86, lon: 0.26 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'absconding', 'sexual_exploitation'],
    beds: schBeds({ places: 7, ycs: 0 }),
    illustrative: false,
    note: `${SCH_NOTE}; 7 places used (12 after 2021 extension; closed for staffing in 2023)`,
  },
  {
    id: 'sch-lincolnshire-secure-unit',
    name: 'Lincolnshire Secure Unit',
    providerId: 'lincolnshire-county-council',
    providerName: 'Lincolnshire County Council',
    kind: 'secure_childrens_home',
    laCode: 'E10000019',
    regionCode: EM,
    location: { lat: 53.0, lon: -0.41 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'substance_misuse', 'absconding'],
    beds: schBeds({ places: 12, ycs: 11 }),
    illustrative: false,
    note: SCH_NOTE,
  },
  {
    id: 'sch-marydale',
    name: 'Marydale',
    providerId: 'marydale-charity',
    providerName: 'Marydale (voluntary-sector charity)',
    kind: 'secure_childrens_home',
    laCode: 'E08000013',
    regionCode: NW,
    location: { lat: 53.47, lon: -2.7 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'sexual_exploitation', 'absconding', 'criminal_exploitation'],
    beds: [{ count: 12, eligibleStreams: ['welfare'], contractedTo: 'DfE' }],
    illustrative: false,
    note: `${SCH_NOTE}; the one voluntary-sector home, welfare only; operator name to be confirmed`,
  },
  {
    id: 'sch-swanwick-lodge',
    name: 'Swanwick Lodge',
    providerId: 'hampshire-county-council',
    providerName: 'Hampshire County Council',
    kind: 'secure_childrens_home',
    laCode: 'E10000014',
    regionCode: SE,
    location: { lat: 50.88, lon: -1.27 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['self_harm', 'absconding', 'criminal_exploitation', 'mental_health'],
    beds: schBeds({ places: 16, ycs: 0 }),
    illustrative: false,
    note: `${SCH_NOTE}; rebuild funded 2024`,
  },
  {
    id: 'sch-vinney-green',
    name: 'Vinney Green',
    providerId: 'south-gloucestershire-council',
    providerName: 'South Gloucestershire Council',
    kind: 'secure_childrens_home',
    laCode: 'E06000025',
    regionCode: SW,
    location: { lat: 51.5, lon: -2.49 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: SCH_AGES,
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'harmful_sexual_behaviour', 'substance_misuse'],
    beds: schBeds({ places: 24, ycs: 24 }),
    illustrative: false,
    note: `${SCH_NOTE}; all places for the YCS`,
  },
];

const YCS_ID = 'hmpps-ycs';
const YCS_NAME = 'HMPPS Youth Custody Service';
const YOI_AGES = { min: 15, max: 17 };
const YOI_SPECIALISMS: Need[] = ['violence', 'criminal_exploitation', 'substance_misuse'];

const justiceEstate: SeedUnit[] = [
  {
    id: 'stc-oakhill',
    name: 'Oakhill Secure Training Centre',
    providerId: YCS_ID,
    providerName: YCS_NAME,
    kind: 'secure_training_centre',
    laCode: 'E06000042',
    regionCode: SE,
    location: { lat: 52.02, lon: -0.8 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: { min: 12, max: 17 },
    sexes: BOTH,
    specialisms: ['violence', 'criminal_exploitation', 'self_harm'],
    beds: [{ count: 80, eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: 'Up to 80 places (about 70 children in October 2024; rated inadequate October 2024); location and specialisms illustrative; run under MoJ contract, operator not recorded',
  },
  {
    id: 'yoi-wetherby',
    name: 'HMYOI Wetherby',
    providerId: YCS_ID,
    providerName: YCS_NAME,
    kind: 'young_offender_institution',
    laCode: 'E08000035',
    regionCode: YH,
    location: { lat: 53.93, lon: -1.37 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: YOI_AGES,
    sexes: ['male'],
    specialisms: YOI_SPECIALISMS,
    beds: [{ count: 80, eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: 'Place count, location and specialisms illustrative; boys 15-17',
  },
  {
    id: 'yoi-werrington',
    name: 'HMYOI Werrington',
    providerId: YCS_ID,
    providerName: YCS_NAME,
    kind: 'young_offender_institution',
    laCode: 'E10000028',
    regionCode: WM,
    location: { lat: 53.02, lon: -2.09 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: YOI_AGES,
    sexes: ['male'],
    specialisms: YOI_SPECIALISMS,
    beds: [{ count: 48, eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: 'Place count, location and specialisms illustrative; boys 15-17',
  },
  {
    id: 'yoi-feltham-a',
    name: 'HMYOI Feltham A',
    providerId: YCS_ID,
    providerName: YCS_NAME,
    kind: 'young_offender_institution',
    laCode: 'E09000018',
    regionCode: LON,
    location: { lat: 51.45, lon: -0.43 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: YOI_AGES,
    sexes: ['male'],
    specialisms: YOI_SPECIALISMS,
    beds: [{ count: 48, eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: 'Place count, location and specialisms illustrative; boys 15-17',
  },
  {
    id: 'yoi-cookham-wood',
    name: 'HMYOI Cookham Wood',
    providerId: YCS_ID,
    providerName: YCS_NAME,
    kind: 'young_offender_institution',
    laCode: 'E06000035',
    regionCode: SE,
    location: { lat: 51.37, lon: 0.49 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: YOI_AGES,
    sexes: ['male'],
    specialisms: YOI_SPECIALISMS,
    beds: [{ count: 16, eligibleStreams: ['justice'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: 'Closed to children: MoJ announced on 21 March 2024 that it would become an adult prison; place count, location and specialisms illustrative',
  },
  {
    id: 'ss-oasis-restore',
    name: 'Oasis Restore',
    providerId: 'oasis-restore',
    providerName: 'Oasis Restore (secure school)',
    kind: 'secure_school',
    laCode: 'E06000035',
    regionCode: SE,
    location: { lat: 51.37, lon: 0.5 },
    ofstedUrn: null,
    odsCode: null,
    ageRange: { min: 12, max: 18 },
    sexes: BOTH,
    specialisms: ['criminal_exploitation', 'violence', 'learning_disability', 'self_harm'],
    beds: [{ count: 49, eligibleStreams: ['justice', 'welfare'], contractedTo: 'MoJ' }],
    illustrative: true,
    note: '49 places public; paused in 2025; dual-registered as a SCH; location and specialisms illustrative',
  },
];

const CYPMHS_NOTE = 'Entirely illustrative tier 4 unit: no real name, ODS code or bed count';

interface IllustrativeWard {
  id: string;
  region: string;
  regionCode: string;
  providerSuffix: string;
  laCode: string;
  location: { lat: number; lon: number };
  ageRange: { min: number; max: number };
  specialisms: Need[];
  beds: number;
}

const wards: IllustrativeWard[] = [
  {
    id: 'cypmhs-ne-1',
    region: 'North East',
    regionCode: NE,
    providerSuffix: 'ne',
    laCode: 'E08000021',
    location: { lat: 54.99, lon: -1.65 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'suicidal_ideation', 'eating_disorder'],
    beds: 12,
  },
  {
    id: 'cypmhs-nw-1',
    region: 'North West',
    regionCode: NW,
    providerSuffix: 'nw',
    laCode: 'E08000003',
    location: { lat: 53.45, lon: -2.22 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'suicidal_ideation', 'autism'],
    beds: 14,
  },
  {
    id: 'cypmhs-nw-2',
    region: 'North West',
    regionCode: NW,
    providerSuffix: 'nw',
    laCode: 'E10000017',
    location: { lat: 53.78, lon: -2.68 },
    ageRange: { min: 13, max: 17 },
    specialisms: ['eating_disorder', 'mental_health', 'physical_health'],
    beds: 10,
  },
  {
    id: 'cypmhs-yh-1',
    region: 'Yorkshire and The Humber',
    regionCode: YH,
    providerSuffix: 'yh',
    laCode: 'E06000014',
    location: { lat: 53.97, lon: -1.1 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'eating_disorder', 'autism'],
    beds: 12,
  },
  {
    id: 'cypmhs-em-1',
    region: 'East Midlands',
    regionCode: EM,
    providerSuffix: 'em',
    laCode: 'E06000018',
    location: { lat: 52.96, lon: -1.18 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'autism', 'learning_disability'],
    beds: 12,
  },
  {
    id: 'cypmhs-wm-1',
    region: 'West Midlands',
    regionCode: WM,
    providerSuffix: 'wm',
    laCode: 'E08000025',
    location: { lat: 52.45, lon: -1.93 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'suicidal_ideation', 'violence'],
    beds: 14,
  },
  {
    id: 'cypmhs-ee-1',
    region: 'East of England',
    regionCode: EE,
    providerSuffix: 'ee',
    laCode: 'E10000003',
    location: { lat: 52.19, lon: 0.14 },
    ageRange: { min: 13, max: 17 },
    specialisms: ['mental_health', 'eating_disorder', 'self_harm'],
    beds: 10,
  },
  {
    id: 'cypmhs-lon-1',
    region: 'London',
    regionCode: LON,
    providerSuffix: 'lon',
    laCode: 'E09000028',
    location: { lat: 51.48, lon: -0.09 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'suicidal_ideation', 'eating_disorder'],
    beds: 16,
  },
  {
    id: 'cypmhs-lon-2',
    region: 'London',
    regionCode: LON,
    providerSuffix: 'lon',
    laCode: 'E09000010',
    location: { lat: 51.64, lon: -0.08 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'autism', 'learning_disability', 'violence'],
    beds: 10,
  },
  {
    id: 'cypmhs-se-1',
    region: 'South East',
    regionCode: SE,
    providerSuffix: 'se',
    laCode: 'E10000016',
    location: { lat: 51.28, lon: 0.5 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'suicidal_ideation', 'autism'],
    beds: 14,
  },
  {
    id: 'cypmhs-se-2',
    region: 'South East',
    regionCode: SE,
    providerSuffix: 'se',
    laCode: 'E10000025',
    location: { lat: 51.76, lon: -1.22 },
    ageRange: { min: 13, max: 17 },
    specialisms: ['eating_disorder', 'mental_health', 'physical_health'],
    beds: 8,
  },
  {
    id: 'cypmhs-sw-1',
    region: 'South West',
    regionCode: SW,
    providerSuffix: 'sw',
    laCode: 'E06000023',
    location: { lat: 51.47, lon: -2.56 },
    ageRange: { min: 12, max: 17 },
    specialisms: ['mental_health', 'self_harm', 'eating_disorder', 'autism'],
    beds: 12,
  },
];

const tier4Units: SeedUnit[] = wards.map((w) => {
  const letter = w.id.endsWith('-2') ? ' (B)' : '';
  return {
    id: w.id,
    name: `Illustrative CYPMHS unit – ${w.region}${letter}`,
    providerId: `nhs-illustrative-${w.providerSuffix}`,
    providerName: `Illustrative NHS provider – ${w.region}`,
    kind: 'cypmhs_inpatient',
    laCode: w.laCode,
    regionCode: w.regionCode,
    location: w.location,
    ofstedUrn: null,
    odsCode: null,
    ageRange: w.ageRange,
    sexes: BOTH,
    specialisms: w.specialisms,
    beds: [{ count: w.beds, eligibleStreams: ['mental_health'], contractedTo: 'DHSC' }],
    illustrative: true,
    note: CYPMHS_NOTE,
  };
});

// Cloned so that no two units share an array or object (the consts above are reused). Each unit
// then takes its status, provenance and ward type from register-sources.ts.
export const REGISTER_UNITS: readonly SeedUnit[] = [
  ...secureChildrensHomes,
  ...justiceEstate,
  ...tier4Units,
  ...CROSS_BORDER_UNITS,
].map((u) => withSources(structuredClone(u)));
