import * as z from 'zod';

/**
 * The register's own facts about a unit that say how far to trust it: where its facts came from,
 * and who to phone. Kept apart from schemas.ts so the request bodies that change them
 * (contract/register.ts) and the Unit response can share them without a cycle.
 */

/** A unit fact a source may or may not have confirmed. */
export const UnitFact = z.enum([
  'name',
  'location',
  'ageRange',
  'sexes',
  'specialisms',
  'capacity',
  'wardType',
  'status',
  'codes',
]);
export type UnitFact = z.infer<typeof UnitFact>;

const INVISIBLE = /\p{C}/u;
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !INVISIBLE.test(s), 'must have no control or invisible characters');

/**
 * Where a unit's facts come from. `verified` is true when `source` confirms the unit's facts as
 * of `asOf`, except those listed in `unverified` (e.g. specialisms this register assigned).
 */
export const Provenance = z.strictObject({
  source: line(300),
  asOf: z.iso.date(),
  verified: z.boolean(),
  unverified: z.array(UnitFact).max(UnitFact.options.length).default([]),
});
export type Provenance = z.infer<typeof Provenance>;

/** Who a social worker phones about a bed, day or night: kept current by the unit's provider. */
export const DutyContact = z.strictObject({
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,25}$/, 'must be a phone number: digits, spaces, "+", "(", ")" or "-"'),
  email: z.email().max(254),
  hours: line(100),
});
export type DutyContact = z.infer<typeof DutyContact>;

/** Free text about a unit's status, shown to every role: short, one line. */
export const StatusReason = line(300);

/**
 * Where a unit is. English units: the LA's GSS code and its region (E12…). A cross-border unit
 * English LAs may place in (Hillside, the one Welsh secure children's home) carries its own
 * nation's real codes: the Welsh principal area (W06…) and, Wales having no regions, the
 * country code W92000004 in place of a region. Nothing is invented to make it look English.
 */
export const UnitLaCode = z
  .string()
  .regex(/^(E(06|08|09|10)|W06)\d{6}$/, 'must be an English LA (E06, E08, E09, E10) or Welsh (W06) GSS code');
export const WALES = 'W92000004';
export const UnitRegionCode = z
  .string()
  .regex(/^(E12\d{6}|W92000004)$/, 'must be a region GSS code (E12…) or W92000004 (Wales)');

/** Where a unit is and which ages it takes: what the register's seed and the stored unit both carry. */
export interface UnitSite {
  /** GSS code of the LA the unit sits in. */
  laCode: string;
  regionCode: string;
  location: { lat: number; lon: number };
  /** Null where it was not gathered: never invent one. */
  ofstedUrn: string | null;
  /** Null unless verified. */
  odsCode: string | null;
  ageRange: { min: number; max: number };
}
