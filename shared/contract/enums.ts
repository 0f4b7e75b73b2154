import * as z from 'zod';

/** The fixed vocabularies of ../shared/SPEC.md, one zod enum each. */
export const Stream = z.enum(['welfare', 'justice', 'mental_health']);
export type Stream = z.infer<typeof Stream>;
export const STREAMS = Stream.options;

export const UnitKind = z.enum([
  'secure_childrens_home',
  'secure_training_centre',
  'young_offender_institution',
  'secure_school',
  'cypmhs_inpatient',
]);
export type UnitKind = z.infer<typeof UnitKind>;

export const Sex = z.enum(['female', 'male']);
export type Sex = z.infer<typeof Sex>;

export const Need = z.enum([
  'self_harm',
  'suicidal_ideation',
  'violence',
  'absconding',
  'criminal_exploitation',
  'sexual_exploitation',
  'harmful_sexual_behaviour',
  'substance_misuse',
  'eating_disorder',
  'autism',
  'learning_disability',
  'mental_health',
  'physical_health',
]);
export type Need = z.infer<typeof Need>;

export const BedState = z.enum(['available', 'held', 'occupied', 'closed']);
export type BedState = z.infer<typeof BedState>;

export const ClosedReason = z.enum([
  'staffing',
  'maintenance',
  'incident',
  'registration',
  'matching',
  'other',
]);
export type ClosedReason = z.infer<typeof ClosedReason>;

export const LegalBasis = z.enum([
  's25_order',
  's25_interim_order',
  's25_72_hour',
  'remand',
  'sentence',
  'mha_s2',
  'mha_s3',
  'mha_s4',
  'mha_s35',
  'mha_s36',
  'mha_s37',
  'mha_s38',
  'mha_s47',
  'mha_s48',
  'informal',
]);
export type LegalBasis = z.infer<typeof LegalBasis>;

/** Which legal bases belong to which stream (DOMAIN.md, "Bed streams and legal bases"). */
export const LEGAL_BASES_BY_STREAM: Record<Stream, readonly LegalBasis[]> = {
  welfare: ['s25_order', 's25_interim_order', 's25_72_hour'],
  justice: ['remand', 'sentence'],
  mental_health: [
    'mha_s2',
    'mha_s3',
    'mha_s4',
    'mha_s35',
    'mha_s36',
    'mha_s37',
    'mha_s38',
    'mha_s47',
    'mha_s48',
    'informal',
  ],
};

export const DeclineReason = z.enum([
  'no_suitable_bed',
  'staffing',
  'mix_of_children',
  'needs_not_met',
  'risk_to_others',
  'age_or_sex',
  'legal_status',
  'distance',
  'other',
]);
export type DeclineReason = z.infer<typeof DeclineReason>;

export const Destination = z.enum([
  'home',
  'kinship_care',
  'foster_care',
  'childrens_home',
  'residential_school',
  'supported_accommodation',
  'tier4_ward',
  'secure_unit',
  'youth_custody',
  'adult_services',
  'other',
]);
export type Destination = z.infer<typeof Destination>;

export const HoldStatus = z.enum(['active', 'accepted', 'declined', 'released', 'expired']);
export type HoldStatus = z.infer<typeof HoldStatus>;

/** `lapsed` is never stored: an open request past its refreshDueAt reads as lapsed (like a hold's expiry). */
export const RequestStatus = z.enum(['open', 'placed', 'withdrawn', 'lapsed']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const PlacementStatus = z.enum(['active', 'discharged']);
export type PlacementStatus = z.infer<typeof PlacementStatus>;

export const Role = z.enum(['la', 'provider', 'coordinator', 'commissioner']);
export type Role = z.infer<typeof Role>;

export const Department = z.enum(['DfE', 'MoJ', 'DHSC']);
export type Department = z.infer<typeof Department>;

/** Pooled commissioning: which department pays for which stream. */
export const DEPARTMENT_BY_STREAM: Record<Stream, Department> = {
  welfare: 'DfE',
  justice: 'MoJ',
  mental_health: 'DHSC',
};

/** What happened to a child whose request was withdrawn: unplaced children stay in the figures. */
export const WithdrawOutcome = z.enum([
  'placed_secure_elsewhere',
  'dol_order_unregistered',
  'dol_order_registered',
  'tier4_ward',
  'adult_mental_health_ward',
  'remained_in_placement',
  'no_longer_needed',
  'other',
]);
export type WithdrawOutcome = z.infer<typeof WithdrawOutcome>;

/** Where the child is now (a referral profile field). */
export const CurrentLocation = z.enum([
  'home',
  'foster_care',
  'childrens_home',
  'unregistered_setting',
  'hospital_ae',
  'hospital_ward',
  'police_custody',
  'secure_unit',
  'youth_custody',
  'other',
]);
export type CurrentLocation = z.infer<typeof CurrentLocation>;

export const CareStatus = z.enum([
  's20',
  's31_care_order',
  'interim_care_order',
  'remanded',
  'not_looked_after',
]);
export type CareStatus = z.infer<typeof CareStatus>;

/** `expired` is never stored: an offer past its offerExpiresAt reads as expired. */
export const ReferralStatus = z.enum(['pending', 'offered', 'declined', 'accepted', 'withdrawn', 'expired']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;
/** A unit's standing in the register: only `open` units are matched, referred to or held. */
export const UnitStatus = z.enum(['open', 'paused', 'closed']);
export type UnitStatus = z.infer<typeof UnitStatus>;

/** The kind of ward a tier 4 CYPMHS inpatient unit is (null for every other kind of unit). */
export const WardType = z.enum([
  'general_adolescent',
  'picu',
  'low_secure',
  'medium_secure',
  'eating_disorder',
  'learning_disability',
]);
export type WardType = z.infer<typeof WardType>;

/** Why a child ready to leave secure care is still there (SPEC: step-down). */
export const DelayReason = z.enum([
  'no_placement_found',
  'awaiting_court',
  'awaiting_funding',
  'awaiting_health_assessment',
  'other',
]);
export type DelayReason = z.infer<typeof DelayReason>;

/** A placement's legal authority now: computed at read time from its orders and the clock. */
export const AuthorityStatus = z.enum(['ok', 'ending_soon', 'lapsed']);
export type AuthorityStatus = z.infer<typeof AuthorityStatus>;
