/**
 * Legal authority for keeping a child in a secure bed: which order, from when, until when, and
 * whether it still holds now. Pure rules: every instant comes from the caller (`now`), so the
 * status is computed at read time, like a hold's expiry, and tested with any clock.
 */
import { LEGAL_BASES_BY_STREAM, type LegalBasis, type Stream } from '../contract/enums.js';
import type { FieldError } from './errors.js';
import { addDays, addMonths, addMonthsToDate, endOfLondonDay, londonDate } from './london-time.js';
import { DAY_MS, HOUR_MS } from './time.js';

export type AuthorityStatus = 'ok' | 'ending_soon' | 'lapsed';

/** One order as recorded. Instants are ISO 8601 in UTC. */
export interface LegalOrder {
  basis: LegalBasis;
  from: string;
  until: string | null;
  courtHearingAt: string | null;
  /** When it was recorded: orders starting at the same instant are told apart by it. */
  recordedAt: string;
}

interface LegalAuthority {
  basis: LegalBasis;
  from: string;
  until: string | null;
  courtHearingAt: string | null;
  status: AuthorityStatus;
}

/** The authority now, with how far the orders that follow on from it reach (null: open-ended). */
interface CurrentAuthority extends LegalAuthority {
  coveredUntil: string | null;
}

/** Children (Secure Accommodation) Regulations 1991, regs 10–12: no court order lasts longer. */
const WELFARE_MAX_MONTHS = 6;

type Length = { hours: number } | { days: number } | { months: number };

/**
 * How long an order lasts when nobody says otherwise (`standard`), and the longest one order may
 * run (`max`). Mental Health Act periods "begin with the day" of admission, so a 28-day section 2
 * made at 14:00 on 1 March ends at midnight at the end of 28 March, not at 14:00 on 29 March.
 * Bases without a length here end when a court or a release date says (given as `until`):
 * - `s25_order`, `s25_interim_order`: the court sets the end; any welfare order is at most
 *   6 months (first orders 3 months, renewals 6: checked only at the 6-month ceiling, because a
 *   placement's earlier orders may predate this service).
 * - `remand`, `mha_s48`: until the next court hearing (`courtHearingAt`).
 * - `sentence`: until the release date in the sentence.
 * - `informal`: an informal patient is not detained, so there is no period to lapse.
 */
const STATUTE: Partial<Record<string, { standard: Length; max: Length }>> = {
  s25_72_hour: { standard: { hours: 72 }, max: { hours: 72 } },
  mha_s4: { standard: { hours: 72 }, max: { hours: 72 } },
  mha_s2: { standard: { days: 28 }, max: { days: 28 } },
  // Remands to hospital: 28 days at a time (renewals are new orders), up to 12 weeks in all.
  mha_s35: { standard: { days: 28 }, max: { days: 28 } },
  mha_s36: { standard: { days: 28 }, max: { days: 28 } },
  // Interim hospital order: up to 12 weeks, renewable 28 days at a time.
  mha_s38: { standard: { days: 84 }, max: { days: 84 } },
  // Treatment, hospital and transfer directions: 6 months, renewed for 6 and then 12 months.
  mha_s3: { standard: { months: 6 }, max: { months: 12 } },
  mha_s37: { standard: { months: 6 }, max: { months: 12 } },
  mha_s47: { standard: { months: 6 }, max: { months: 12 } },
};

const isWelfare = (basis: string) => LEGAL_BASES_BY_STREAM.welfare.some((b) => b === basis);
const isSeventyTwoHour = (basis: string) => basis === 's25_72_hour' || basis === 'mha_s4';

/** The instant a period that starts at `from` ends. Days and months count the first day whole. */
function periodEnd(from: string, length: Length): string {
  if ('hours' in length) return new Date(Date.parse(from) + length.hours * HOUR_MS).toISOString();
  const firstDay = londonDate(from);
  const lastDay =
    'days' in length
      ? addDays(firstDay, length.days - 1)
      : addDays(addMonthsToDate(firstDay, length.months), -1);
  return endOfLondonDay(lastDay).toISOString();
}

/** When an order ends if it does not say: the statutory period, the next hearing for a remand, else open. */
function defaultUntil(basis: string, from: string, courtHearingAt: string | null): string | null {
  const statute = STATUTE[basis];
  if (statute) return periodEnd(from, statute.standard);
  if (basis === 'remand' || basis === 'mha_s48') return courtHearingAt;
  return null;
}

export interface OrderInput {
  basis: LegalBasis;
  from: string;
  until?: string | null;
  courtHearingAt?: string | null;
}

/**
 * Checks a new order for a placement in `stream` and completes it (the 72 hours, a statutory
 * period, a remand's hearing). Returns the order, or the reasons it is refused.
 */
export function checkOrder(
  stream: Stream,
  input: OrderInput,
  recordedAt: string,
): { order: LegalOrder } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const allowed = LEGAL_BASES_BY_STREAM[stream];
  if (!allowed.includes(input.basis))
    errors.push({
      field: 'basis',
      message: `is not a legal basis for the ${stream} stream (use ${allowed.join(', ')})`,
    });
  const from = new Date(input.from).toISOString();
  const courtHearingAt = input.courtHearingAt ? new Date(input.courtHearingAt).toISOString() : null;
  const given = input.until ? new Date(input.until).toISOString() : null;
  const until = given ?? defaultUntil(input.basis, from, courtHearingAt);
  if (given && given <= from) errors.push({ field: 'until', message: 'must be after from' });
  const statute = STATUTE[input.basis];
  if (given && statute && given > periodEnd(from, statute.max))
    errors.push({
      field: 'until',
      message: `is longer than the law allows for ${input.basis} (at most ${describe(statute.max)} from from)`,
    });
  if (isWelfare(input.basis) && !errors.some((e) => e.field === 'until')) {
    if (!until)
      errors.push({ field: 'until', message: 'is required: a secure accommodation order has an end date' });
    else if (until > addMonths(new Date(from), WELFARE_MAX_MONTHS).toISOString())
      errors.push({
        field: 'until',
        message: `must be no more than ${WELFARE_MAX_MONTHS} months after from (a secure accommodation order lasts at most 6 months)`,
      });
  }
  if (errors.length > 0) return { errors };
  return { order: { basis: input.basis, from, until, courtHearingAt, recordedAt } };
}

function describe(length: Length): string {
  if ('hours' in length) return `${length.hours} hours`;
  if ('days' in length) return `${length.days} days`;
  return `${length.months} months`;
}

/**
 * The order a placement began under, when no order has been recorded for it: its request's
 * legal basis from the day it started, ending at the statutory period or, failing that, at the
 * end of the day the request gave (`legalAuthorityEndsOn`). The 72 hours always run from the
 * placement's start, whatever date was typed.
 */
export function initialOrder(p: {
  legalBasis?: LegalBasis | null;
  startedAt: string;
  legalAuthorityEndsOn?: string | null;
}): LegalOrder | null {
  if (!p.legalBasis) return null;
  const statutory = defaultUntil(p.legalBasis, p.startedAt, null);
  const typed = p.legalAuthorityEndsOn ? endOfLondonDay(p.legalAuthorityEndsOn).toISOString() : null;
  return {
    basis: p.legalBasis,
    from: p.startedAt,
    until: isSeventyTwoHour(p.legalBasis) ? statutory : (statutory ?? typed),
    courtHearingAt: null,
    recordedAt: p.startedAt,
  };
}

const byStart = (a: LegalOrder, b: LegalOrder) =>
  a.from.localeCompare(b.from) || a.recordedAt.localeCompare(b.recordedAt);
const byRecorded = (a: LegalOrder, b: LegalOrder) =>
  a.recordedAt.localeCompare(b.recordedAt) || a.from.localeCompare(b.from);

/**
 * The authority now: the order recorded last among those already in force (a later record
 * replaces what was known before, e.g. a court order after the first 72 hours); if none has
 * begun, the first to come, which is not yet lawful authority. Its status looks along orders
 * recorded after it that follow on without a gap, so a renewal recorded in advance keeps the
 * placement `ok`, while an order it replaced cannot stretch it.
 */
export function authorityAt(orders: readonly LegalOrder[], now: Date): CurrentAuthority | null {
  if (orders.length === 0) return null;
  const t = now.toISOString();
  const started = orders.filter((o) => o.from <= t).sort(byRecorded);
  const current = started.at(-1) ?? ([...orders].sort(byStart)[0] as LegalOrder);
  const view = {
    basis: current.basis,
    from: current.from,
    until: current.until,
    courtHearingAt: current.courtHearingAt,
  };
  if (current.from > t) return { ...view, status: 'lapsed', coveredUntil: current.until };
  const later = orders.filter((o) => o.recordedAt > current.recordedAt).sort(byStart);
  let end = current.until;
  let last = current;
  for (let extended = true; extended && end !== null; ) {
    extended = false;
    for (const o of later) {
      const reach = end as string;
      if (o.from <= reach && (o.until === null || o.until > reach)) {
        end = o.until;
        last = o;
        extended = true;
        break;
      }
    }
  }
  return { ...view, status: statusOf(end, last.basis, now), coveredUntil: end };
}

function statusOf(end: string | null, basis: string, now: Date): AuthorityStatus {
  if (end === null) return 'ok';
  const left = Date.parse(end) - now.getTime();
  if (left <= 0) return 'lapsed';
  return left < (isSeventyTwoHour(basis) ? DAY_MS : 7 * DAY_MS) ? 'ending_soon' : 'ok';
}

/** Orders as the placement shows them: recorded ones, else the one it began under. */
export function ordersOf(p: {
  legalOrders?: readonly LegalOrder[] | null;
  legalBasis?: LegalBasis | null;
  startedAt: string;
  legalAuthorityEndsOn?: string | null;
}): LegalOrder[] {
  if (p.legalOrders && p.legalOrders.length > 0) return [...p.legalOrders];
  const first = initialOrder(p);
  return first ? [first] : [];
}

/** Keeping a child who no longer needs secure care, with no welfare order left, is unlawful. */
export function mayNotBeKept(
  authority: LegalAuthority | null,
  readyFrom: string | null | undefined,
  now: Date,
): boolean {
  if (!readyFrom || readyFrom > londonDate(now)) return false;
  return authority !== null && isWelfare(authority.basis) && authority.status === 'lapsed';
}

export const MAY_NOT_BE_KEPT =
  'This child is ready to leave and the welfare authority has lapsed: the child may not be kept in secure accommodation.';

/** Plain-language warnings for a live placement, dates in ISO so each reader formats them. */
export function authorityWarnings(
  authority: CurrentAuthority | null,
  readyFrom: string | null | undefined,
  now: Date,
): string[] {
  if (!authority) return ['No legal authority is recorded for this placement'];
  const out: string[] = [];
  if (authority.status === 'lapsed')
    out.push(
      authority.from > now.toISOString()
        ? `The legal authority for this placement does not begin until ${authority.from}`
        : `The legal authority for this placement ended at ${authority.coveredUntil}`,
    );
  if (authority.status === 'ending_soon')
    out.push(
      `The legal authority for this placement ends at ${authority.coveredUntil}: within ${isSeventyTwoHour(authority.basis) ? '24 hours' : '7 days'}`,
    );
  if (isWelfare(authority.basis) && authority.until === null)
    out.push('No end date is recorded for this order: record the order the court made');
  if (mayNotBeKept(authority, readyFrom, now)) out.push(MAY_NOT_BE_KEPT);
  return out;
}

/** An announcement the sweeper owes: the authority is ending soon or has lapsed, as of `endsAt`. */
export interface AuthorityNotice {
  state: 'ending_soon' | 'lapsed';
  /** The end announced: where the orders reach (or, for an order not yet begun, its start). */
  endsAt: string;
}

/**
 * The notice due for a placement now, if it has not been given: each end is announced once as
 * ending soon and once as lapsed (the markers say which end was announced), and a new order
 * moves the end, so its own ending is announced afresh.
 */
export function authorityNoticeDue(
  p: Parameters<typeof ordersOf>[0] & { noticeEndingSoon?: string | null; noticeLapsed?: string | null },
  now: Date,
): AuthorityNotice | undefined {
  const authority = authorityAt(ordersOf(p), now);
  if (!authority || authority.status === 'ok') return undefined;
  const endsAt = authority.coveredUntil ?? authority.from;
  const announced = authority.status === 'lapsed' ? p.noticeLapsed : p.noticeEndingSoon;
  return announced === endsAt ? undefined : { state: authority.status, endsAt };
}
