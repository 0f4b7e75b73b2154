import type { BedState } from '../contract/enums.js';
import { FHIR_BASE } from '../contract/fhir.js';
import type { Unit } from '../contract/schemas.js';
import type { BedItem } from '../store/records.js';
import { bedFhirId, unitFhirId } from './ids.js';

/**
 * Units and beds as FHIR R4 Location resources (SPEC, "Interoperability"). Pure: the caller passes
 * the unit as /v1/units shows it, its beds as stored, and `now` (a hold past its expiry is a free
 * bed at once, as everywhere else). No child-level fact is carried: not which stream a child in a
 * bed is, not a hold's or placement's id.
 */

export const V2_0116 = 'http://terminology.hl7.org/CodeSystem/v2-0116';
const PHYSICAL_TYPE = 'http://terminology.hl7.org/CodeSystem/location-physical-type';
const EXT_HELD = `${FHIR_BASE}/StructureDefinition/bed-held`;
const EXT_STREAM = `${FHIR_BASE}/StructureDefinition/eligible-stream`;
const EXT_CONTRACTED_TO = `${FHIR_BASE}/StructureDefinition/contracted-to`;
const EXT_CLOSED_REASON = `${FHIR_BASE}/StructureDefinition/closed-reason`;
const EXT_STALE = `${FHIR_BASE}/StructureDefinition/unconfirmed`;
const UNIT_KIND = `${FHIR_BASE}/CodeSystem/unit-kind`;
const PROVIDER_ID = `${FHIR_BASE}/Id/provider`;
const UNIT_ID = `${FHIR_BASE}/Id/unit`;
const BED_ID = `${FHIR_BASE}/Id/bed`;
const ODS = 'https://fhir.nhs.uk/Id/ods-organization-code';
const OFSTED_URN = `${FHIR_BASE}/Id/ofsted-urn`;
/** Marks records that are illustrative, not real (STYLE: mark illustrative data). */
const ILLUSTRATIVE = { system: `${FHIR_BASE}/CodeSystem/data-quality`, code: 'illustrative' };

type FhirJson = Record<string, unknown>;

const STATUS = { open: 'active', paused: 'suspended', closed: 'inactive' } as const;

/** HL7 v2 table 0116: a held bed is not occupied (0116 has no "reserved"), so U with held true. */
const OPERATIONAL: Record<BedState, { code: 'C' | 'O' | 'U'; display: string }> = {
  available: { code: 'U', display: 'Unoccupied' },
  held: { code: 'U', display: 'Unoccupied' },
  occupied: { code: 'O', display: 'Occupied' },
  closed: { code: 'C', display: 'Closed' },
};

/** A bed's state now: held past its expiry is available again, whether or not the sweeper has run. */
export function bedStateAt(bed: BedItem, now: Date): BedState {
  if (bed.state === 'held' && bed.heldUntil && Date.parse(bed.heldUntil) <= now.getTime()) return 'available';
  return bed.state;
}

export const operationalStatusOf = (state: BedState) => ({ system: V2_0116, ...OPERATIONAL[state] });

const physicalType = (code: 'bu' | 'wa' | 'bd', display: string) => ({
  coding: [{ system: PHYSICAL_TYPE, code, display }],
});

export const unitPhysicalType = (unit: Pick<Unit, 'kind'>) =>
  unit.kind === 'cypmhs_inpatient' ? 'wa' : 'bu';

/** FHIR refuses empty objects: a `meta` only when there is something to say. */
function metaOf(lastUpdated: string | null, illustrative: boolean): FhirJson {
  const meta: FhirJson = {};
  if (lastUpdated) meta.lastUpdated = lastUpdated;
  if (illustrative) meta.tag = [ILLUSTRATIVE];
  return Object.keys(meta).length ? { meta } : {};
}

export function unitLocation(unit: Unit): FhirJson {
  const kind = unitPhysicalType(unit);
  const identifier = [{ system: UNIT_ID, value: unit.id }];
  if (unit.odsCode) identifier.push({ system: ODS, value: unit.odsCode });
  if (unit.ofstedUrn) identifier.push({ system: OFSTED_URN, value: unit.ofstedUrn });
  const telecom = unit.dutyContact
    ? [
        { system: 'phone', value: unit.dutyContact.phone, use: 'work' },
        { system: 'email', value: unit.dutyContact.email, use: 'work' },
      ]
    : undefined;
  return {
    resourceType: 'Location',
    id: unitFhirId(unit.id),
    ...metaOf(unit.lastConfirmedAt, unit.illustrative),
    extension: [
      ...unit.streams.map((s) => ({ url: EXT_STREAM, valueCode: s })),
      { url: EXT_STALE, valueBoolean: unit.stale },
    ],
    identifier,
    status: STATUS[unit.status],
    name: unit.name,
    ...(unit.statusReason ? { description: unit.statusReason } : {}),
    mode: 'instance',
    type: [{ coding: [{ system: UNIT_KIND, code: unit.kind }] }],
    ...(telecom ? { telecom } : {}),
    physicalType: physicalType(kind, kind === 'wa' ? 'Ward' : 'Building'),
    position: { latitude: unit.location.lat, longitude: unit.location.lon },
    managingOrganization: {
      identifier: { system: PROVIDER_ID, value: unit.providerId },
      display: unit.providerName,
    },
    ...(unit.dutyContact ? { availabilityExceptions: `Duty contact: ${unit.dutyContact.hours}` } : {}),
  };
}

export function bedLocation(unit: Unit, bed: BedItem, now: Date): FhirJson {
  const state = bedStateAt(bed, now);
  return {
    resourceType: 'Location',
    id: bedFhirId(unit.id, bed.bedId),
    ...metaOf(bed.updatedAt, unit.illustrative),
    extension: [
      { url: EXT_HELD, valueBoolean: state === 'held' },
      ...bed.eligibleStreams.map((s) => ({ url: EXT_STREAM, valueCode: s })),
      ...(bed.contractedTo ? [{ url: EXT_CONTRACTED_TO, valueCode: bed.contractedTo }] : []),
      ...(state === 'closed' && bed.reason ? [{ url: EXT_CLOSED_REASON, valueCode: bed.reason }] : []),
    ],
    identifier: [{ system: BED_ID, value: bed.bedId }],
    status: STATUS[unit.status],
    operationalStatus: operationalStatusOf(state),
    name: `${unit.name}, bed ${bed.bedId}`,
    mode: 'instance',
    physicalType: physicalType('bd', 'Bed'),
    partOf: { reference: `Location/${unitFhirId(unit.id)}`, display: unit.name },
    managingOrganization: {
      identifier: { system: PROVIDER_ID, value: unit.providerId },
      display: unit.providerName,
    },
  };
}
