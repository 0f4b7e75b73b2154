import * as z from 'zod';
import {
  AuthorityStatus,
  BedState,
  CareStatus,
  ClosedReason,
  CurrentLocation,
  DeclineReason,
  DelayReason,
  Department,
  Destination,
  HoldStatus,
  LegalBasis,
  Need,
  PlacementStatus,
  RequestStatus,
  Role,
  Sex,
  Stream,
  UnitKind,
  UnitStatus,
  WardType,
  WithdrawOutcome,
} from './enums.js';
import { GssLaCode, HomeLaCode, Id, IsoDate, IsoDateTime, Org } from './primitives.js';
import { DutyContact, Provenance, UnitLaCode, UnitRegionCode } from './unit-facts.js';

export * from './primitives.js';

// ---- bodies
export const TokenBody = z.strictObject({ role: Role, org: Org });

// SPEC: `{"state": "available" | "closed", "reason"?}`: a reason goes with a closed bed, and a
// client may close one without it (reason null), as the bulk route always allowed. The console
// still asks its users for one.
export const BedUpdateBody = z
  .strictObject({ state: z.enum(['available', 'closed']), reason: ClosedReason.optional() })
  .refine((b) => b.state !== 'available' || b.reason === undefined, {
    message: 'only a closed bed has a reason',
    path: ['reason'],
  });
export type BedUpdateBody = z.infer<typeof BedUpdateBody>;

export const BulkBedUpdateBody = z.strictObject({
  beds: z
    .array(
      // SPEC: `{"beds": [{"id", "etag", "state", "reason"?}]}` (a bed's `id`, as the bed list gives it).
      z.strictObject({
        id: Id,
        etag: z.string().min(1).max(40),
        state: z.enum(['available', 'closed']),
        reason: ClosedReason.optional(),
      }),
    )
    .min(1)
    .max(25),
});
export type BulkBedUpdateBody = z.infer<typeof BulkBedUpdateBody>;

/**
 * Text a person reads must look like what was stored: no control or format characters (NUL,
 * bidi overrides such as U+202E, zero-width spaces), no lone surrogates, no private-use or
 * unassigned code points. Two childRefs that render the same must be the same reference.
 */
const INVISIBLE = /\p{C}/u;
export const ChildRef = z
  .string()
  .min(1)
  .max(64)
  .regex(/^\S+$/, 'must have no spaces')
  .refine((s) => !INVISIBLE.test(s), 'must have no control, format or invisible characters');
/** Free text (a decline note): line breaks and tabs allowed, other invisible characters not. */
export const PlainText = z
  .string()
  .max(2000)
  .refine((s) => !INVISIBLE.test(s.replace(/[\t\r\n]/g, '')), 'must have no control or invisible characters');

/**
 * What a home decides on, still pseudonymous: coded values and yes/no answers only, never free
 * text that could name the child.
 */
export const ReferralProfile = z.strictObject({
  currentLocation: CurrentLocation.optional(),
  careStatus: CareStatus.optional(),
  yotInvolved: z.boolean().optional(),
  ehcp: z.boolean().optional(),
  camhsInvolved: z.boolean().optional(),
  riskFlags: z.array(Need).max(13).optional(),
});
export type ReferralProfile = z.infer<typeof ReferralProfile>;

/** The Secretary of State's approval reference for a welfare placement of a child under 13: a code, not prose. */
export const SosApprovalRef = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9/_.-]+$/, 'must be letters, digits, "/", ".", "-" or "_"');

export const CreateRequestBody = z.strictObject({
  childRef: ChildRef,
  ageYears: z.number().int().min(8).max(18),
  sex: Sex,
  stream: Stream,
  legalBasis: LegalBasis,
  needs: z.array(Need).max(10).default([]),
  homeLaCode: HomeLaCode,
  neededBy: IsoDateTime.or(IsoDate),
  legalAuthorityEndsOn: IsoDate.optional(),
  profile: ReferralProfile.optional(),
  sosApprovalRef: SosApprovalRef.optional(),
});
export type CreateRequestBody = z.infer<typeof CreateRequestBody>;

export const RefreshBody = z.strictObject({ reviewed: z.boolean().optional() });
export type RefreshBody = z.infer<typeof RefreshBody>;

export const WithdrawBody = z.strictObject({ outcome: WithdrawOutcome, note: PlainText.max(500).optional() });
export type WithdrawBody = z.infer<typeof WithdrawBody>;

export const CreateHoldBody = z.strictObject({ requestId: Id, unitId: Id });
export type CreateHoldBody = z.infer<typeof CreateHoldBody>;

export const DeclineBody = z.strictObject({ reason: DeclineReason, note: PlainText.max(500).optional() });
export type DeclineBody = z.infer<typeof DeclineBody>;

export const AcceptBody = z.strictObject({ legalAuthorityEndsOn: IsoDate.optional() });

export const StepDownBody = z.strictObject({
  readyFrom: IsoDate.describe(
    'the day the child no longer needed secure care; not before the placement started',
  ),
  plannedDestination: Destination,
  delayReason: DelayReason.optional().describe('why the child cannot leave yet'),
  plannedDischargeOn: IsoDate.optional().describe(
    'the day the child is planned to leave; not before readyFrom',
  ),
});
export type StepDownBody = z.infer<typeof StepDownBody>;

export const DischargeBody = z.strictObject({
  destination: Destination,
  on: IsoDate.optional().describe(
    'the day the child left (default today); not in the future, not before readyFrom',
  ),
});
export type DischargeBody = z.infer<typeof DischargeBody>;

/** Offsets are accepted and stored in UTC: a court's order is often typed in local time. */
const OrderInstant = z.iso.datetime({ offset: true });
export const LegalAuthorityBody = z.strictObject({
  basis: LegalBasis,
  from: OrderInstant.describe('when the order takes effect'),
  until: OrderInstant.nullable()
    .optional()
    .describe(
      'when it ends; for s25_72_hour and Mental Health Act sections it defaults to the statutory period; a welfare order may not run more than 6 months',
    ),
  courtHearingAt: OrderInstant.nullable().optional().describe('the next court hearing, if one is listed'),
});
export type LegalAuthorityBody = z.infer<typeof LegalAuthorityBody>;

// ---- responses
export const Location = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

export const Unit = z.object({
  id: Id,
  name: z.string(),
  providerId: Id,
  providerName: z.string(),
  kind: UnitKind,
  streams: z.array(Stream).min(1),
  laCode: UnitLaCode,
  regionCode: UnitRegionCode,
  location: Location,
  ofstedUrn: z
    .string()
    .regex(/^SC\d+$/)
    .nullable(),
  odsCode: z.string().nullable(),
  ageRange: z.object({ min: z.number().int(), max: z.number().int() }),
  sexes: z.array(Sex).min(1),
  specialisms: z.array(Need),
  capacity: z.number().int().min(0),
  availability: z
    .partialRecord(Stream, z.number().int().min(0))
    .describe(
      'Per stream: free beds a child of that stream could be given now under the pool rules (a bed may count in several)',
    ),
  freeBeds: z.number().int().min(0).describe('Free beds, each counted once'),
  lastConfirmedAt: IsoDateTime.nullable(),
  stale: z.boolean(),
  illustrative: z.boolean(),
  wardType: WardType.nullable(),
  status: UnitStatus,
  statusReason: z.string().nullable(),
  statusSince: IsoDateTime.nullable(),
  provenance: Provenance,
  dutyContact: DutyContact.nullable(),
  version: z.number().int(),
  etag: z.string(),
});
export type Unit = z.infer<typeof Unit>;

export const Bed = z.object({
  id: Id,
  unitId: Id,
  eligibleStreams: z.array(Stream).min(1).describe('Streams this bed may serve; a subset of the unit’s'),
  contractedTo: Department.nullable().describe('The commissioning department; null for a pooled spot bed'),
  state: BedState,
  servingStream: Stream.nullable().describe('The stream of the child holding or occupying it, else null'),
  reason: ClosedReason.nullable(),
  version: z.number().int(),
  etag: z.string(),
  updatedAt: IsoDateTime,
});
export type Bed = z.infer<typeof Bed>;

export const Request = z.object({
  id: Id,
  laCode: GssLaCode,
  childRef: ChildRef,
  ageYears: z.number().int(),
  sex: Sex,
  stream: Stream,
  legalBasis: LegalBasis,
  needs: z.array(Need),
  homeLaCode: GssLaCode,
  neededBy: z.string(),
  legalAuthorityEndsOn: IsoDate.nullable(),
  status: RequestStatus,
  unmet: z.boolean(),
  activeHoldId: Id.nullable(),
  placementId: Id.nullable(),
  attempts: z.number().int(),
  profile: ReferralProfile,
  sosApprovalRef: SosApprovalRef.nullable(),
  refreshDueAt: IsoDateTime,
  reviewDueAt: IsoDateTime,
  outcome: WithdrawOutcome.nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Request = z.infer<typeof Request>;

export const Match = z.object({
  unitId: Id,
  name: z.string(),
  providerId: Id,
  kind: UnitKind,
  regionCode: UnitRegionCode,
  location: Location,
  rank: z.number().int().min(1),
  band: z
    .number()
    .int()
    .min(1)
    .max(3)
    .describe(
      'Fit band: 1 when the unit specialises in every one of the child’s needs (or none were given), 2 in some, 3 in none; matches are ranked by band, then by distance within a band',
    ),
  distanceKm: z.number().min(0),
  available: z
    .number()
    .int()
    .min(1)
    .describe('Free beds the request’s stream may use now under the pool rules'),
  availability: z
    .partialRecord(Stream, z.number().int().min(0))
    .describe('The unit’s availability per stream under the pool rules'),
  flex: z.boolean().describe('True when only another department’s released beds are free for this child'),
  stale: z.boolean(),
  reasons: z.array(z.string()),
});
export type Match = z.infer<typeof Match>;

export const Hold = z.object({
  id: Id,
  requestId: Id,
  unitId: Id,
  bedId: Id,
  providerId: Id,
  laCode: GssLaCode,
  stream: Stream,
  status: HoldStatus,
  expiresAt: IsoDateTime,
  createdAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  declineReason: DeclineReason.nullable(),
  declineNote: z
    .string()
    .nullable()
    .describe('The home’s note with its decline, for the local authority; null when none was given'),
  placementId: Id.nullable(),
  contractedTo: Department.nullable().describe(
    'The held bed’s commissioning department; null for a pooled spot bed',
  ),
  flex: z.boolean().describe('True when the bed is contracted to another department than the child’s'),
});
export type Hold = z.infer<typeof Hold>;

export const LegalOrder = z.object({
  basis: LegalBasis,
  from: IsoDateTime,
  until: IsoDateTime.nullable(),
  courtHearingAt: IsoDateTime.nullable(),
  recordedAt: IsoDateTime,
});
export const LegalAuthorityNow = z.object({
  basis: LegalBasis,
  from: IsoDateTime,
  until: IsoDateTime.nullable(),
  courtHearingAt: IsoDateTime.nullable(),
  status: AuthorityStatus.describe(
    'ok; ending_soon: under 7 days left (under 24 hours for 72-hour authority); lapsed',
  ),
});

export const Placement = z.object({
  id: Id,
  requestId: Id.nullable().describe('null for an external placement'),
  holdId: Id.nullable().describe('null for an external placement or one made by accepting a referral'),
  referralId: Id.nullable().describe('the referral whose offer was accepted, else null'),
  unitId: Id,
  bedId: Id,
  providerId: Id,
  laCode: GssLaCode.nullable().describe('the placing LA; null for an external placement'),
  homeLaCode: GssLaCode.nullable(),
  childRef: ChildRef.optional().describe('absent on an external placement: the service never knew the child'),
  stream: Stream,
  regionCode: UnitRegionCode,
  status: PlacementStatus,
  startedAt: IsoDateTime,
  distanceKm: z.number().nullable(),
  external: z
    .boolean()
    .describe(
      'true: occupancy recorded by the provider or a coordinator, the child placed outside this service',
    ),
  ageYears: z.number().int().nullable(),
  sex: Sex.nullable(),
  legalAuthority: LegalAuthorityNow.nullable().describe(
    'null only when no legal basis is known (e.g. occupancy recorded from elsewhere)',
  ),
  legalAuthorityHistory: z.array(LegalOrder).describe('every order recorded, oldest first'),
  stepDownReadyFrom: IsoDate.nullable(),
  plannedDestination: Destination.nullable(),
  delayReason: DelayReason.nullable(),
  plannedDischargeOn: IsoDate.nullable(),
  daysReadyButStillHere: z.number().int().min(0).nullable(),
  dischargedAt: IsoDateTime.nullable(),
  dischargedOn: IsoDate.nullable(),
  destination: Destination.nullable(),
  warnings: z.array(z.string()),
});
export type Placement = z.infer<typeof Placement>;

export const AuditEvent = z.object({
  id: Id,
  entity: Id,
  entityType: z.string(),
  action: z.string(),
  actor: z.object({ role: Role.or(z.literal('system')), org: z.string(), sub: z.string().optional() }),
  at: IsoDateTime,
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().optional() });

export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

export const Health = z.object({ status: z.literal('ok') });
export const Token = z.object({ token: z.string() });
export { Department };
