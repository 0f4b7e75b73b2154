/**
 * Fields that identify a child, say what they need or under what order, or hold free text: no
 * index may carry them (decision 0014). The stack test checks the projections, the integration
 * test what a raw index Query really returns.
 */
export const CHILD_LEVEL_FIELDS: readonly string[] = [
  'childRef',
  'ageYears',
  'sex',
  'needs',
  'legalBasis',
  'legalOrders',
  'legalAuthorityEndsOn',
  'profile',
  'homeLaCode',
  'outcomeNote',
  'declineNote',
  'sosApprovalRef',
  'before',
  'after',
  'actor',
];
