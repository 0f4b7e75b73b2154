import * as z from 'zod';
import { DeclineReason, LegalBasis, Need, ReferralStatus, Sex, Stream } from './enums.js';
import { GssLaCode, Id, IsoDateTime, ReferralProfile } from './schemas.js';

const limit = z.coerce.number().int().min(1).max(100).default(50);
const cursor = z.string().min(1).max(2048).optional();

export const CreateReferralBody = z.strictObject({
  requestId: Id,
  unitIds: z
    .array(Id)
    .min(1)
    .max(10)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a unit twice'),
});
export type CreateReferralBody = z.infer<typeof CreateReferralBody>;

export const ReferralsQuery = z.strictObject({
  status: ReferralStatus.optional(),
  requestId: Id.optional(),
  limit,
  cursor,
});
export type ReferralsQuery = z.infer<typeof ReferralsQuery>;

/** A referral as every party sees it: the child only as coded facts, never the childRef. */
export const Referral = z.object({
  id: Id,
  requestId: Id,
  unitId: Id,
  unitName: z.string(),
  providerId: Id,
  laCode: GssLaCode,
  stream: Stream,
  status: ReferralStatus,
  respondBy: IsoDateTime,
  offerExpiresAt: IsoDateTime.nullable(),
  declineReason: DeclineReason.nullable(),
  declineNote: z.string().nullable(),
  placementId: Id.nullable(),
  // The child's coded facts: left out for the unit's provider once its referral has ended
  // (declined, withdrawn or expired), as its access to the request ends then (issue 24).
  ageYears: z.number().int().optional(),
  sex: Sex.optional(),
  legalBasis: LegalBasis.optional(),
  needs: z.array(Need).optional(),
  profile: ReferralProfile.optional(),
  createdAt: IsoDateTime,
  decidedAt: IsoDateTime.nullable(),
  updatedAt: IsoDateTime,
});
export type Referral = z.infer<typeof Referral>;

export const NotificationsQuery = z.strictObject({ limit, cursor });

/** An inbox entry: ids only, so nothing about a child travels beyond the record it points at. */
export const Notification = z.object({
  id: Id,
  type: z.string(),
  entity: z.string(),
  entityId: Id,
  createdAt: IsoDateTime,
});
export type Notification = z.infer<typeof Notification>;
