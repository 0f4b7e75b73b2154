import * as z from 'zod';
import { Department, Need, Sex, Stream, UnitKind, UnitStatus, WardType } from './enums.js';
import { Id, IsoDate, IsoDateTime, Location } from './schemas.js';
import { DutyContact, Provenance, StatusReason, UnitLaCode, UnitRegionCode } from './unit-facts.js';

/** Register management bodies (SPEC, "Register management"): what a coordinator may change. */

const INVISIBLE = /\p{C}/u;
const Name = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((s) => !INVISIBLE.test(s), 'must have no control or invisible characters');

/** Secure settings take children from 10 (SCHs) to 18 (a secure school): 8–18 leaves room, no more. */
export const AgeRange = z
  .strictObject({ min: z.number().int().min(8).max(18), max: z.number().int().min(8).max(18) })
  .refine((a) => a.min <= a.max, { message: 'min must not be above max', path: ['min'] });

const Sexes = z
  .array(Sex)
  .min(1)
  .max(2)
  .refine((s) => new Set(s).size === s.length, 'each sex may appear once');
const Specialisms = z
  .array(Need)
  .max(Need.options.length)
  .refine((s) => new Set(s).size === s.length, 'each need may appear once');
export const OfstedUrn = z.string().regex(/^SC\d{5,8}$/, 'must be an Ofsted URN: "SC" and digits');
export const OdsCode = z.string().regex(/^[A-Z0-9]{3,10}$/, 'must be an NHS ODS code: capitals and digits');
/** A date, or a date-time; stored as a date-time (a date means its midnight UTC). */
export const Since = IsoDateTime.or(IsoDate).transform((s) => (s.length === 10 ? `${s}T00:00:00.000Z` : s));

/** The facts a PATCH may change; absent fields stay as they are. */
const patchable = {
  name: Name,
  providerName: Name,
  laCode: UnitLaCode,
  regionCode: UnitRegionCode,
  location: Location,
  ofstedUrn: OfstedUrn.nullable(),
  odsCode: OdsCode.nullable(),
  wardType: WardType.nullable(),
  status: UnitStatus,
  statusReason: StatusReason.nullable(),
  statusSince: Since,
  ageRange: AgeRange,
  sexes: Sexes,
  specialisms: Specialisms,
  provenance: Provenance,
  dutyContact: DutyContact.nullable(),
};

export const UnitPatchBody = z
  .strictObject(
    Object.fromEntries(Object.entries(patchable).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof patchable]: z.ZodOptional<(typeof patchable)[K]>;
    },
  )
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field', path: ['body'] });
export type UnitPatchBody = z.infer<typeof UnitPatchBody>;

/** One bed of a new unit, in the pool's terms: which streams it may serve, which department pays. */
export const NewBed = z.strictObject({
  eligibleStreams: z
    .array(Stream)
    .min(1)
    .max(3)
    .refine((s) => new Set(s).size === s.length, 'each stream may appear once'),
  contractedTo: Department.nullable().default(null),
});
export type NewBed = z.infer<typeof NewBed>;

export const CreateUnitBody = z
  .strictObject({
    id: Id.optional(),
    name: Name,
    providerId: Id,
    providerName: Name,
    kind: UnitKind,
    wardType: WardType.nullable().default(null),
    laCode: UnitLaCode,
    regionCode: UnitRegionCode,
    location: Location,
    ofstedUrn: OfstedUrn.nullable().default(null),
    odsCode: OdsCode.nullable().default(null),
    ageRange: AgeRange,
    sexes: Sexes,
    specialisms: Specialisms.default([]),
    status: UnitStatus.default('open'),
    statusReason: StatusReason.nullable().default(null),
    statusSince: Since.optional(),
    provenance: Provenance,
    dutyContact: DutyContact.nullable().default(null),
    illustrative: z.boolean().default(false),
    beds: z.array(NewBed).min(1).max(90),
  })
  .refine((u) => u.kind === 'cypmhs_inpatient' || u.wardType === null, {
    message: 'only a cypmhs_inpatient unit has a ward type',
    path: ['wardType'],
  });
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

/** A child placed outside this service (the YCS, an NHS access assessment, before go-live). */
export const ExternalPlacementBody = z.strictObject({
  bedId: Id,
  stream: Stream,
  since: IsoDate,
  ageYears: z.number().int().min(8).max(18).optional(),
  sex: Sex.optional(),
});
export type ExternalPlacementBody = z.infer<typeof ExternalPlacementBody>;
