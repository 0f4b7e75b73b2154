/** What ranking a match reads of a unit's counter: its facts, free beds and live holds. */
export const MATCH_FIELDS = [
  'unitId',
  'streams',
  'name',
  'providerId',
  'kind',
  'regionCode',
  'location',
  'ageRange',
  'sexes',
  'specialisms',
  'lastConfirmedAt',
  'free',
  'holds',
  'status',
  'unverified',
] as const;
