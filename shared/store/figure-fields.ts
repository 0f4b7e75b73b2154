import type { HoldItem, PlacementItem, ReferralItem, RequestItem } from './records.js';

/**
 * What the commissioning figures count by, read from the national index (gsi3) alone: no child,
 * no free text. Each list is both what its reader projects and what the index carries
 * (`TABLE_KEYS` in table.ts derives gsi3's projection from them), so a figure cannot ask for a
 * field the index lacks, and the index carries nothing no figure reads.
 */

/** Every record the index lists is told apart and filtered by these. */
const COMMON_FIGURE_FIELDS = ['status', 'stream', 'homeRegionCode', 'regionCode'] as const;

/** A request's figures (its id and creation time are the index's sort key, so not carried). */
export const REQUEST_FIGURE_FIELDS = [
  'stream',
  'homeRegionCode',
  'status',
  'unmet',
  'placedAt',
  'withdrawnAt',
  'outcome',
  'refreshDueAt',
  'referralIds',
] as const satisfies readonly (keyof RequestItem)[];

/** A hold's or a referral's figures: how it was answered, and why a decline was. */
export const DECISION_FIGURE_FIELDS = [
  'stream',
  'homeRegionCode',
  'status',
  'decidedAt',
  'declineReason',
] as const satisfies readonly (keyof HoldItem & keyof ReferralItem)[];

/** What usage and demand count a placement by. */
export const PLACEMENT_FIGURE_FIELDS = [
  // An external placement has none: this tells the service's placements apart (isServicePlacement).
  'requestId',
  'stream',
  'regionCode',
  'homeRegionCode',
  'startedAt',
  'dischargedAt',
  'contractedTo',
  'distanceKm',
  'stepDownReadyFrom',
  'plannedDestination',
  'delayReason',
] as const satisfies readonly (keyof PlacementItem)[];

/** The national index's carried attributes: each figure field once, in the order first named. */
export const NATIONAL_INDEX_FIELDS: readonly string[] = [
  ...new Set([
    ...COMMON_FIGURE_FIELDS,
    ...REQUEST_FIGURE_FIELDS,
    ...DECISION_FIGURE_FIELDS,
    ...PLACEMENT_FIGURE_FIELDS,
  ]),
];
