import { randomUUID } from 'node:crypto';
import type { Hold, Placement, Request, Unit } from '../../shared/contract/schemas.js';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatTime,
  HOLD_STATUS_TAGS,
  LEGAL_BASIS_LABELS,
  labelOf,
  laName,
  NEED_LABELS,
  SEX_LABELS,
  STREAM_LABELS,
  tagOf,
} from '../format.js';
import type { TypedClient } from '../services/client.js';
import { allUnits } from '../services/register.js';

/** The register by unit id, read once per page (units carry the names holds and placements lack). */
export async function unitIndex(client: TypedClient): Promise<Map<string, Unit>> {
  const units = await allUnits(client);
  return new Map(units.map((u) => [u.id, u]));
}

export const unitName = (units: Map<string, Unit>, id: string) => units.get(id)?.name ?? id;

/** A fresh Idempotency-Key for one rendering of one form: resubmitting that form repeats, never duplicates. */
export const formKey = (what: string) => `${what}-${randomUUID()}`;

/** The coded facts a request and its referrals share. */
type ChildFacts = Pick<Request, 'ageYears' | 'sex' | 'stream' | 'legalBasis'>;

/** Age, sex, kind of bed and legal basis as summary list rows: how every page of a child starts. */
export function childFactRows(r: ChildFacts) {
  return [
    { key: { text: 'Age' }, value: { text: `${r.ageYears} years old` } },
    { key: { text: 'Sex' }, value: { text: labelOf(SEX_LABELS, r.sex) } },
    { key: { text: 'Kind of bed' }, value: { text: labelOf(STREAM_LABELS, r.stream) } },
    { key: { text: 'Legal basis' }, value: { text: labelOf(LEGAL_BASIS_LABELS, r.legalBasis) } },
  ];
}

/** The pseudonymous profile of a request, as summary list rows. */
export function profileRows(r: Request) {
  return [
    { key: { text: 'Case reference' }, value: { text: r.childRef } },
    ...childFactRows(r),
    {
      key: { text: 'Needs and risks' },
      value: { text: r.needs.map((n) => labelOf(NEED_LABELS, n)).join(', ') || 'None given' },
    },
    { key: { text: 'Home local authority' }, value: { text: laName(r.homeLaCode) } },
    { key: { text: 'Bed needed by' }, value: { text: formatDate(r.neededBy) } },
    {
      key: { text: 'Legal authority ends' },
      value: { text: r.legalAuthorityEndsOn ? formatDate(r.legalAuthorityEndsOn) : 'Not given' },
    },
  ];
}

/** A one-line description of a child for tables: "14, female, welfare". */
export function profileLine(
  r: Partial<Pick<ChildFacts, 'ageYears' | 'sex'>> & Pick<ChildFacts, 'stream'>,
): string {
  // A home whose referral has ended is no longer given the child's facts (issue 24).
  if (r.ageYears === undefined || r.sex === undefined)
    return `${labelOf(STREAM_LABELS, r.stream)}: the child's details are no longer shared`;
  return `${r.ageYears}, ${labelOf(SEX_LABELS, r.sex).toLowerCase()}, ${labelOf(STREAM_LABELS, r.stream).toLowerCase()}`;
}

/**
 * When something ends and how long is left, as words ("soon" within `soonMs`); the page also
 * carries the instant for console.mjs to count down to.
 */
export function countdown(at: string, now: Date, soonMs: number) {
  const left = Date.parse(at) - now.getTime();
  return {
    at,
    until: formatDateTime(at),
    time: formatTime(at),
    left: left > 0 ? formatDuration(left) : 'no time',
    soon: left > 0 && left <= soonMs,
  };
}

/** When a hold ends and how long is left. */
export const expiryOf = (h: Hold, now: Date) => countdown(h.expiresAt, now, 30 * 60_000);

export const holdTag = (h: Hold) => tagOf(HOLD_STATUS_TAGS, h.status);

/**
 * A placement's warnings (the API decides when: authority ending soon or lapsed, a child ready
 * to leave with no welfare order left), with instants and dates in UK format.
 */
export function legalAuthorityWarnings(p: Placement): string[] {
  return p.warnings.map((w) =>
    w
      .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, (t) => formatDateTime(t))
      .replace(/\d{4}-\d{2}-\d{2}/g, (d) => formatDate(d))
      .replace(/([^.])$/, '$1.'),
  );
}
