import type {
  CareStatus,
  CurrentLocation,
  ReferralStatus,
  WithdrawOutcome,
} from '../shared/contract/enums.js';
import type { Tag } from './format.js';

/** What happened to the child, in the words an LA uses. */
export const OUTCOME_LABELS: Record<WithdrawOutcome, string> = {
  placed_secure_elsewhere: 'Placed in a secure unit elsewhere (for example Wales or Scotland)',
  dol_order_unregistered: 'Deprivation of liberty order, in an unregistered setting',
  dol_order_registered: 'Deprivation of liberty order, in a registered children’s home',
  tier4_ward: 'Admitted to a tier 4 mental health ward',
  adult_mental_health_ward: 'Admitted to an adult mental health ward',
  remained_in_placement: 'Stayed where they were',
  no_longer_needed: 'No longer needs a secure bed',
  other: 'Something else',
};

export const REFERRAL_STATUS_TAGS: Record<ReferralStatus, Tag> = {
  pending: { text: 'Waiting for an answer', classes: 'govuk-tag--yellow' },
  offered: { text: 'Offered', classes: 'govuk-tag--green' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--blue' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
  expired: { text: 'Offer expired', classes: 'govuk-tag--grey' },
};

export const CURRENT_LOCATION_LABELS: Record<CurrentLocation, string> = {
  home: 'At home',
  foster_care: 'Foster care',
  childrens_home: 'Children’s home',
  unregistered_setting: 'Unregistered setting',
  hospital_ae: 'Hospital A&E',
  hospital_ward: 'Hospital ward',
  police_custody: 'Police custody',
  secure_unit: 'Secure unit',
  youth_custody: 'Youth custody',
  other: 'Somewhere else',
};

export const CARE_STATUS_LABELS: Record<CareStatus, string> = {
  s20: 'Accommodated (section 20)',
  s31_care_order: 'Care order (section 31)',
  interim_care_order: 'Interim care order',
  remanded: 'Remanded',
  not_looked_after: 'Not looked after',
};
