import type { DemandDecline } from '../domain/demand.js';
import { type DemandDay, daysOf, isSettled, lastClosedDay, rangesOf } from '../domain/demand-days.js';
import { REFRESH_DAYS } from '../domain/requests.js';
import { DAY_MS } from '../domain/time.js';
import type { Period } from '../domain/usage.js';
import type { Db } from './db.js';
import type { HoldStore } from './holds.js';
import { key } from './keys.js';
import type { ReferralStore } from './referrals.js';
import type { RequestStore } from './requests.js';

type DayRequest = Awaited<ReturnType<RequestStore['createdBetween']>>[number];

/** Bumped when what a kept day holds changes shape: days kept in another format are read afresh. */
const FORMAT = 1;
/** Days kept by one call at most (the rest are read afresh and kept by later calls). */
const KEEP_PER_CALL = 16;

/** Declines (holds and referrals alike) with a reason and a decision time: the demand figures' input. */
function declinesOf(
  records: {
    stream: DemandDecline['stream'];
    homeRegionCode: string;
    status: string;
    declineReason?: unknown;
    decidedAt?: unknown;
  }[],
): DemandDecline[] {
  return records.flatMap((h) =>
    h.status === 'declined' && h.declineReason && h.decidedAt
      ? [
          {
            stream: h.stream,
            homeRegionCode: h.homeRegionCode,
            declineReason: h.declineReason as DemandDecline['declineReason'],
            decidedAt: h.decidedAt as string,
          },
        ]
      : [],
  );
}

/**
 * The demand figures' requests and declines for a period, with each closed day whose requests are
 * all settled read from one kept item (`DEMANDDAY` / `<day>`, decision 0013) instead of the
 * requests, holds and referrals of that day. Other days (today, the hour after midnight, and days
 * with a request still open) are read as before, and those now closed and settled are kept on the
 * way. What is returned is exactly what reading every day afresh would return: a settled request
 * never changes again, and no request or decline can be added to a closed day.
 */
export class DemandDays {
  constructor(
    private readonly db: Db,
    private readonly requests: RequestStore,
    private readonly holds: HoldStore,
    private readonly referrals: ReferralStore,
  ) {}

  async inputs(
    period: Period,
    now: Date,
    holdMinutes: number,
  ): Promise<{ requests: DayRequest[]; declines: DemandDecline[]; keptDays: number }> {
    const closed = lastClosedDay(now);
    // Dates compare as strings (YYYY-MM-DD): the earlier of the last closed day and the period's end.
    const keptTo = [closed, period.to].sort()[0] as string;
    const kept = period.from <= keptTo ? await this.kept({ from: period.from, to: keptTo }) : [];
    const keptDays = new Set(kept.map((k) => k.day));
    const live = daysOf(period).filter((d) => !keptDays.has(d));
    const fresh = await Promise.all(rangesOf(live).map((r) => this.read(r, holdMinutes)));
    const liveDays = new Set(live);
    const requests = kept.flatMap((k) => k.requests);
    const declines = kept.flatMap((k) => k.declines);
    const toKeep: DemandDay<DayRequest>[] = [];
    for (const f of fresh) {
      const byDay = new Map<string, DemandDay<DayRequest>>();
      for (const d of daysOf(f.range))
        if (liveDays.has(d)) byDay.set(d, { day: d, requests: [], declines: [] });
      for (const r of f.requests) byDay.get(r.createdAt.slice(0, 10))?.requests.push(r);
      for (const d of f.declines) byDay.get(d.decidedAt.slice(0, 10))?.declines.push(d);
      for (const day of byDay.values()) {
        requests.push(...day.requests);
        declines.push(...day.declines);
        if (day.day <= closed && day.requests.every(isSettled)) toKeep.push(day);
      }
    }
    await this.keep(toKeep);
    return { requests, declines, keptDays: keptDays.size };
  }

  /** The kept days of a period (strongly consistent: a day is written whole, once). */
  private async kept(p: Period): Promise<DemandDay<DayRequest>[]> {
    const out: DemandDay<DayRequest>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.query({
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': key.demandDay('x').pk, ':from': p.from, ':to': p.to },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      });
      for (const item of page.Items ?? [])
        if (item.format === FORMAT)
          out.push({
            day: item.sk as string,
            requests: item.requests as DayRequest[],
            declines: item.declines as DemandDecline[],
          });
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /** Requests made in a run of days, and declines decided in it, read as the figures always were. */
  private async read(range: Period, holdMinutes: number) {
    // A hold declined in the run was made at most its lifetime before it (a day's margin); a
    // referral at most one refresh cycle before it.
    const holdsSince = new Date(
      Date.parse(`${range.from}T00:00:00Z`) - Math.max(holdMinutes * 60_000, DAY_MS),
    ).toISOString();
    const referralsSince = new Date(
      Date.parse(`${range.from}T00:00:00Z`) - REFRESH_DAYS * DAY_MS,
    ).toISOString();
    const [requests, holds, referrals] = await Promise.all([
      this.requests.createdBetween(range.from, range.to),
      this.holds.createdBetween(holdsSince, range.to),
      this.referrals.createdBetween(referralsSince, range.to),
    ]);
    return { range, requests, declines: declinesOf([...holds, ...referrals]) };
  }

  /**
   * Writes days to keep, at most KEEP_PER_CALL in one call, all at once, so that no answer waits on
   * many writes (a year's days are kept over a few reads; the figures are exact either way).
   */
  private async keep(days: DemandDay<DayRequest>[]) {
    const batch = days.slice(0, KEEP_PER_CALL);
    for (let i = 0; i < batch.length; i += 16) {
      await Promise.all(
        batch.slice(i, i + 16).map((d) =>
          this.db.put({
            Item: {
              ...key.demandDay(d.day),
              type: 'demandDay',
              format: FORMAT,
              requests: d.requests,
              declines: d.declines,
            },
          }),
        ),
      );
    }
  }
}
