/**
 * Everything the console shows is formatted here, once: UK dates, Europe/London times, GOV.UK
 * style ("3:45pm", "26 November 2026"), and the words users read for each API code.
 * Templates receive these strings; they never format anything themselves.
 */
import {
  type BedState,
  type ClosedReason,
  DeclineReason,
  type Destination,
  type HoldStatus,
  type LegalBasis,
  type Need,
  type PlacementStatus,
  type RequestStatus,
  type Sex,
  type Stream,
  type UnitKind,
} from '../shared/contract/enums.js';
import { localAuthority, regionName } from '../shared/data/lookup.js';

const LONDON = 'Europe/London';

export const STREAM_LABELS: Record<Stream, string> = {
  welfare: 'Welfare',
  justice: 'Justice (youth custody)',
  mental_health: 'Mental health',
};

export const STREAM_HINTS: Record<Stream, string> = {
  welfare:
    'Secure accommodation under section 25 of the Children Act 1989 (a deprivation of liberty order is not a basis for a secure bed)',
  justice: 'A child remanded or sentenced, placed by the Youth Custody Service',
  mental_health: 'A tier 4 mental health inpatient bed',
};

export const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  s25_order: 'Section 25 secure accommodation order',
  s25_interim_order: 'Section 25 interim secure accommodation order',
  s25_72_hour: 'Section 25, up to 72 hours without a court order',
  remand: 'Remand',
  sentence: 'Sentence',
  mha_s2: 'Mental Health Act, section 2',
  mha_s3: 'Mental Health Act, section 3',
  mha_s4: 'Mental Health Act, section 4 (emergency)',
  mha_s35: 'Mental Health Act, section 35 (remand for a report)',
  mha_s36: 'Mental Health Act, section 36 (remand for treatment)',
  mha_s37: 'Mental Health Act, section 37 (hospital order)',
  mha_s38: 'Mental Health Act, section 38 (interim hospital order)',
  mha_s47: 'Mental Health Act, section 47 (transfer from custody, sentenced)',
  mha_s48: 'Mental Health Act, section 48 (transfer from custody, remanded)',
  informal: 'Informal admission',
};

export const NEED_LABELS: Record<Need, string> = {
  self_harm: 'Self-harm',
  suicidal_ideation: 'Suicidal ideation',
  violence: 'Violence',
  absconding: 'Absconding',
  criminal_exploitation: 'Criminal exploitation',
  sexual_exploitation: 'Sexual exploitation',
  harmful_sexual_behaviour: 'Harmful sexual behaviour',
  substance_misuse: 'Substance misuse',
  eating_disorder: 'Eating disorder',
  autism: 'Autism',
  learning_disability: 'Learning disability',
  mental_health: 'Mental health',
  physical_health: 'Physical health',
};

export const SEX_LABELS: Record<Sex, string> = { female: 'Female', male: 'Male' };

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  secure_childrens_home: 'Secure children’s home',
  secure_training_centre: 'Secure training centre',
  young_offender_institution: 'Young offender institution',
  secure_school: 'Secure school',
  cypmhs_inpatient: 'Mental health inpatient unit (tier 4)',
};

export const CLOSED_REASON_LABELS: Record<ClosedReason, string> = {
  staffing: 'Staffing',
  maintenance: 'Maintenance',
  incident: 'Incident',
  registration: 'Registration',
  matching: 'Keeping a safe mix of children',
  other: 'Other',
};

export const DECLINE_REASON_LABELS: Record<DeclineReason, string> = {
  no_suitable_bed: 'No suitable bed',
  staffing: 'Staffing',
  mix_of_children: 'Mix of children already in the home',
  needs_not_met: 'We cannot meet the child’s needs',
  risk_to_others: 'Risk to other children',
  age_or_sex: 'Age or sex',
  legal_status: 'Legal status',
  distance: 'Distance from home',
  other: 'Other',
};

/** The decline reasons as GOV.UK radio items, the one given before ticked (holds and referrals alike). */
export function declineReasonItems(
  chosen: unknown,
): { value: DeclineReason; text: string; checked: boolean }[] {
  return DeclineReason.options.map((value) => ({
    value,
    text: DECLINE_REASON_LABELS[value],
    checked: value === chosen,
  }));
}

export const DESTINATION_LABELS: Record<Destination, string> = {
  home: 'Home',
  kinship_care: 'Kinship care',
  foster_care: 'Foster care',
  childrens_home: 'Children’s home',
  residential_school: 'Residential school',
  supported_accommodation: 'Supported accommodation',
  tier4_ward: 'Tier 4 mental health ward',
  secure_unit: 'Another secure unit',
  youth_custody: 'Youth custody',
  adult_services: 'Adult services',
  other: 'Other',
};

/** A GOV.UK tag: words and a colour class. Colours follow the design system's status guidance. */
export interface Tag {
  text: string;
  classes: string;
}

export const BED_STATE_TAGS: Record<BedState, Tag> = {
  available: { text: 'Available', classes: 'govuk-tag--green' },
  held: { text: 'Held', classes: 'govuk-tag--yellow' },
  occupied: { text: 'Occupied', classes: 'govuk-tag--blue' },
  closed: { text: 'Closed', classes: 'govuk-tag--grey' },
};

export const HOLD_STATUS_TAGS: Record<HoldStatus, Tag> = {
  active: { text: 'Waiting for decision', classes: 'govuk-tag--yellow' },
  accepted: { text: 'Accepted', classes: 'govuk-tag--green' },
  declined: { text: 'Declined', classes: 'govuk-tag--red' },
  released: { text: 'Released', classes: 'govuk-tag--grey' },
  expired: { text: 'Expired', classes: 'govuk-tag--grey' },
};

export const REQUEST_STATUS_TAGS: Record<RequestStatus, Tag> = {
  open: { text: 'Looking for a bed', classes: 'govuk-tag--blue' },
  placed: { text: 'Placed', classes: 'govuk-tag--green' },
  withdrawn: { text: 'Withdrawn', classes: 'govuk-tag--grey' },
  lapsed: { text: 'Lapsed: confirm it is still needed', classes: 'govuk-tag--orange' },
};

export const PLACEMENT_STATUS_TAGS: Record<PlacementStatus, Tag> = {
  active: { text: 'In placement', classes: 'govuk-tag--green' },
  discharged: { text: 'Discharged', classes: 'govuk-tag--grey' },
};

/** Looks a code up in a label table, falling back to the code itself for values added later. */
export function labelOf<K extends string>(
  labels: Record<K, string>,
  code: string | null | undefined,
): string {
  if (code === null || code === undefined) return '';
  return (labels as Record<string, string>)[code] ?? code.replaceAll('_', ' ');
}

export function tagOf<K extends string>(tags: Record<K, Tag>, code: string): Tag {
  return (
    (tags as Record<string, Tag>)[code] ?? { text: code.replaceAll('_', ' '), classes: 'govuk-tag--grey' }
  );
}

export const laName = (code: string) => localAuthority(code)?.name ?? code;
export { regionName };

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: LONDON,
});
const CALENDAR_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  // en-GB's own 12-hour clock starts at 0 ("0:30am"): h12 gives "12:30am", as GOV.UK writes it.
  hourCycle: 'h12',
  timeZone: LONDON,
});
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "26 November 2026". A plain `YYYY-MM-DD` is a calendar date and is shown as written; an
 * instant is shown as the date it was in London.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (ISO_DAY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : CALENDAR_DATE.format(d);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : DATE.format(d);
}

/** GOV.UK style times: "3:45pm", "9am", "12pm" (midday), "12am" (midnight), in London time. */
export function formatTime(value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const parts = TIME.formatToParts(d);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  const period = (parts.find((p) => p.type === 'dayPeriod')?.value ?? '').toLowerCase().replace(/\W/g, '');
  return `${hour}${minute === '00' ? '' : `:${minute}`}${period}`;
}

/** "3:45pm on 26 November 2026" (London). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return `${formatTime(value)} on ${formatDate(value)}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "1 hour 59 minutes", "4 minutes 30 seconds" under 5 minutes, "no time" when it has passed. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return 'no time';
  const totalSeconds = Math.floor(ms / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (days > 0) return [plural(days, 'day'), hours ? plural(hours, 'hour') : ''].filter(Boolean).join(' ');
  if (hours > 0)
    return [plural(hours, 'hour'), minutes ? plural(minutes, 'minute') : ''].filter(Boolean).join(' ');
  if (minutes >= 5) return plural(minutes, 'minute');
  if (minutes > 0)
    return [plural(minutes, 'minute'), seconds ? plural(seconds, 'second') : ''].join(' ').trim();
  return plural(seconds, 'second');
}

/** "3 hours ago", "just now", "never". */
export function formatAgo(value: string | null | undefined, now: Date): string {
  if (!value) return 'never';
  const ms = now.getTime() - Date.parse(value);
  if (Number.isNaN(ms)) return value;
  if (ms < 60_000) return 'just now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${plural(hours, 'hour')} ago`;
  return `${plural(Math.floor(hours / 24), 'day')} ago`;
}

const NUMBER = new Intl.NumberFormat('en-GB');
export const formatNumber = (n: number) => NUMBER.format(n);

/** "212 km (132 miles)": the API measures in km; many people in England think in miles. */
export function formatDistance(km: number): string {
  return `${NUMBER.format(Math.round(km))} km (${NUMBER.format(Math.round(km / 1.609344))} miles)`;
}

/** 0.605 → "61%"; null → "no figure". */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return 'no figure';
  return `${Math.round(fraction * 100)}%`;
}

/** "1 bed", "3 beds". */
export const countOf = (n: number, one: string, many = `${one}s`) =>
  `${NUMBER.format(n)} ${n === 1 ? one : many}`;

/**
 * Builds `YYYY-MM-DD` from the day, month and year boxes of a GOV.UK date input, padding what
 * people type ("3", "4", "2026"). Empty boxes give undefined; anything else is passed on as typed,
 * so the API's own date schema decides whether it is a real date.
 */
export function isoFromParts(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return undefined;
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The day, month and year boxes for a `YYYY-MM-DD` (to fill a date input back in). */
export function partsFromIso(value: string | undefined): { day: string; month: string; year: string } {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return { day: '', month: '', year: '' };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' };
}

/** What a half-typed date lacks, in GOV.UK words ("must include a month and year"); undefined if nothing. */
export function missingDateParts(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const missing = [m[3] === '00' && 'day', m[2] === '00' && 'month', m[1] === '0000' && 'year'].filter(
    (x): x is string => typeof x === 'string',
  );
  if (missing.length === 0) return undefined;
  const words =
    missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `must include a ${words}`;
}

/** Is this `YYYY-MM-DD` a real calendar date? */
export function isRealDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in London, as `YYYY-MM-DD`. */
export function londonDay(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: LONDON,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return parts;
}
