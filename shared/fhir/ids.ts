/**
 * Our ids as FHIR logical ids. A FHIR id takes only letters, digits, `-` and `.` (R4
 * datatypes.html#id), ours also `_`: an underscore is written `.u`. A unit keeps its own id (so
 * `Location/sch-aycliffe` is `/v1/units/sch-aycliffe`); a bed is its unit's id, `.bed-`, and the
 * rest of its bed id (`sch-aycliffe.bed-w01` for bed `sch-aycliffe-w01`), or `.raw-` and the whole
 * bed id when it does not start with its unit's. A `.` never appears otherwise, so every FHIR id
 * reads back to exactly one unit or bed.
 */
const toFhir = (id: string) => id.replaceAll('_', '.u');
const fromFhir = (id: string) => (/\.(?!u)/.test(id) ? undefined : id.replaceAll('.u', '_'));

export const unitFhirId = (unitId: string) => toFhir(unitId);

export function bedFhirId(unitId: string, bedId: string): string {
  const prefix = `${unitId}-`;
  return bedId.startsWith(prefix)
    ? `${toFhir(unitId)}.bed-${toFhir(bedId.slice(prefix.length))}`
    : `${toFhir(unitId)}.raw-${toFhir(bedId)}`;
}

type LocationRef = { kind: 'unit'; unitId: string } | { kind: 'bed'; unitId: string; bedId: string };

/** The unit or bed a FHIR Location id names; undefined when it names neither. */
export function parseLocationId(fhirId: string): LocationRef | undefined {
  const bed = /^(.+?)\.(bed|raw)-(.+)$/.exec(fhirId);
  if (!bed) {
    const unitId = fromFhir(fhirId);
    return unitId ? { kind: 'unit', unitId } : undefined;
  }
  const unitId = fromFhir(bed[1] as string);
  const rest = fromFhir(bed[3] as string);
  if (!unitId || !rest) return undefined;
  return { kind: 'bed', unitId, bedId: bed[2] === 'bed' ? `${unitId}-${rest}` : rest };
}
