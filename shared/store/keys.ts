/**
 * Every key of the single table, in one place. See docs/data-model.md for the access
 * pattern each one serves. Sort keys that carry time start with an ISO timestamp, so
 * lexical order is time order.
 */
export const key = {
  unit: (unitId: string) => ({ pk: `UNIT#${unitId}`, sk: 'UNIT' }),
  bed: (unitId: string, bedId: string) => ({ pk: `UNIT#${unitId}`, sk: `BED#${bedId}` }),
  bedPrefix: 'BED#',
  /** One item per unit: its bed counters, free beds, live holds and the facts matching needs. */
  unitCounter: (unitId: string) => ({ pk: 'COUNTERS', sk: unitId }),
  counterPartition: 'COUNTERS',
  /** The register's facts version: bumped when a unit's matching facts change (decision 0009). */
  registerEpoch: { pk: 'REGISTER', sk: 'EPOCH' },
  /** The departments' pool rules: one item. */
  poolRules: { pk: 'POOLRULES', sk: 'POOLRULES' },
  request: (id: string) => ({ pk: `REQ#${id}`, sk: 'REQ' }),
  hold: (id: string) => ({ pk: `HOLD#${id}`, sk: 'HOLD' }),
  placement: (id: string) => ({ pk: `PLACEMENT#${id}`, sk: 'PLACEMENT' }),
  referral: (id: string) => ({ pk: `REF#${id}`, sk: 'REF' }),
  /** An organisation's inbox (role and org, e.g. `la#E08000025`), newest last by sort key. */
  inbox: (recipient: string, at: string, id: string) => ({ pk: `INBOX#${recipient}`, sk: `${at}#${id}` }),
  inboxPrefix: 'INBOX#',
  audit: (entity: string, at: string, eventId: string) => ({ pk: `AUDIT#${entity}`, sk: `${at}#${eventId}` }),
  /** A console session, keyed by a hash of its cookie so a read of the table can't become a sign-in. */
  consoleSession: (idHash: string) => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  /** The key every console instance signs its pre-sign-in CSRF tokens with (made once, on first use). */
  consoleSecret: () => ({ pk: 'CONSOLE', sk: 'SECRET' }),
  /** An organisation's notification contacts (email, SMS, webhooks), set by coordinators. */
  contacts: (org: string) => ({ pk: `CONTACTS#${org}`, sk: 'CONTACTS' }),
  /**
   * The answer to a call made with an Idempotency-Key, written in that call's own transaction
   * (shared/store/idempotency.ts), by a hash of caller, route and key. In the idempotency partition
   * beside Powertools' records (whose sort keys never start with `TX#`), so the same grant covers it.
   */
  idempotency: (scopeHash: string) => ({ pk: IDEMPOTENCY_PK, sk: `TX#${scopeHash}` }),
  /** One closed day's settled demand facts (requests made, declines decided), kept on first read (decision 0013). */
  demandDay: (day: string) => ({ pk: 'DEMANDDAY', sk: day }),
  /** One closed day's usage facts per cell (who was in a bed that night), kept on first read (decision 0015). */
  usageDay: (day: string) => ({ pk: 'USAGEDAY', sk: day }),
  /** Moved by every placement recorded with a start in the past; usage days kept under another are not used. */
  usageEpoch: { pk: 'USAGEDAY', sk: 'EPOCH' },
} as const;

/** GSI partition values. gsi1 = the LA's view, gsi2 = the provider's view, gsi3 = national lists by time. */
export const index = {
  unitsAll: 'UNITS',
  /**
   * Every unit's counter, sorted by its last change (`<ISO wall time>#<unitId>#<nonce>`, rewritten by
   * every counter write): capacity's cache asks it what changed since it last looked (decision 0013).
   */
  capacity: 'CAPACITY',
  laRequests: (laCode: string) => `LA#${laCode}#REQ`,
  laHolds: (laCode: string) => `LA#${laCode}#HOLD`,
  laPlacements: (laCode: string) => `LA#${laCode}#PLACEMENT`,
  providerRequests: (providerId: string) => `PROV#${providerId}#REQ`,
  providerHolds: (providerId: string) => `PROV#${providerId}#HOLD`,
  providerPlacements: (providerId: string) => `PROV#${providerId}#PLACEMENT`,
  allRequests: 'REQS',
  allHolds: 'HOLDS',
  /** Sparse: only holds still `active` carry it, sorted by expiry (the sweeper, "about to expire"). */
  activeHolds: 'ACTIVEHOLDS',
  allPlacements: 'PLACEMENTS',
  /** Sparse (gsi4): active placements with a planned discharge day, by that day (capacity's forecast). */
  plannedDischarges: 'PLANNEDDISCHARGES',
  auditByDay: (day: string) => `AUDITDAY#${day}`,
  laReferrals: (laCode: string) => `LA#${laCode}#REF`,
  providerReferrals: (providerId: string) => `PROV#${providerId}#REF`,
  allReferrals: 'REFS',
  /** Sparse (gsi4): open requests by when the sweeper next looks at them (a reminder, then the lapse). */
  requestRhythm: 'REQRHYTHM',
} as const;

/** A counter's gsi1 sort key in the `CAPACITY` partition: when it last changed (decision 0013). */
export const capacityChangeKey = (iso: string, unitId: string, nonce: string) => `${iso}#${unitId}#${nonce}`;

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';
export const GSI3 = 'gsi3';
/** Sparse index of active holds by expiry. */
export const GSI4 = 'gsi4';
export const TTL_ATTRIBUTE = 'expiration';
export const IDEMPOTENCY_PK = 'IDEMPOTENCY';
