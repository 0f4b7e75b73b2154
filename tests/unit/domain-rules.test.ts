/**
 * Rules that used to be decided in the store or the handlers, now in shared/domain: which stored
 * status a list reads for a clock-bound status, the sweeper's rhythm step, the legal-authority
 * notice due, and a unit patch. Every instant is passed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HoldStatus,
  type LegalBasis,
  ReferralStatus,
  RequestStatus,
  type UnitKind,
  type UnitStatus,
  type WardType,
} from '../../shared/contract/enums.js';
import { Forbidden, ValidationFailed, VersionMismatch } from '../../shared/domain/errors.js';
import { effectiveHoldStatus, holdListCreatedSince, holdStatusFilter } from '../../shared/domain/holds.js';
import { authorityNoticeDue } from '../../shared/domain/legal-authority.js';
import {
  effectiveReferralStatus,
  isOpenReferral,
  referralStatusFilter,
} from '../../shared/domain/referrals.js';
import {
  effectiveRequestStatus,
  nextRhythmAt,
  requestStatusFilter,
  rhythmStep,
  unmetAfterSearch,
} from '../../shared/domain/requests.js';
import { assertMayPatchUnit, patchUnit } from '../../shared/domain/unit-patch.js';

const now = new Date('2026-11-25T09:00:00.000Z');
const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('list filters on clock-bound statuses', () => {
  it('holds: active and expired are read from stored active (and expired, once swept), told apart at now', () => {
    const f = holdStatusFilter<{ status: HoldStatus; expiresAt: string }>('expired', now);
    expect(f.stored).toEqual(['active', 'expired']);
    expect(f.matches({ status: 'active', expiresAt: iso(0) })).toBe(true); // lapses at the very instant
    expect(f.matches({ status: 'active', expiresAt: iso(1) })).toBe(false);
    expect(f.matches({ status: 'expired', expiresAt: iso(-HOUR) })).toBe(true);
    const active = holdStatusFilter<{ status: HoldStatus; expiresAt: string }>('active', now);
    expect(active.stored).toEqual(['active']);
    expect(active.matches({ status: 'active', expiresAt: iso(1) })).toBe(true);
    expect(active.matches({ status: 'active', expiresAt: iso(0) })).toBe(false);
    expect(holdStatusFilter('declined', now).stored).toEqual(['declined']);
    expect(holdStatusFilter(undefined, now).stored).toBeUndefined();
  });

  it('referrals: offered and expired are both stored as offered; the offer lapses at offerExpiresAt', () => {
    type R = { status: ReferralStatus; offerExpiresAt?: string };
    const expired = referralStatusFilter<R>('expired', now);
    const offered = referralStatusFilter<R>('offered', now);
    expect(expired.stored).toEqual(['offered']);
    expect(offered.stored).toEqual(['offered']);
    expect(expired.matches({ status: 'offered', offerExpiresAt: iso(0) })).toBe(true);
    expect(offered.matches({ status: 'offered', offerExpiresAt: iso(1) })).toBe(true);
    expect(offered.matches({ status: 'offered', offerExpiresAt: iso(0) })).toBe(false);
    expect(referralStatusFilter<R>('pending', now).matches({ status: 'pending' })).toBe(true);
    expect(referralStatusFilter<R>('pending', now).matches({ status: 'declined' })).toBe(false);
  });

  it('requests: open and lapsed are both stored as open; a request lapses at its refresh time', () => {
    type R = { status: RequestStatus; refreshDueAt?: string; createdAt: string };
    const lapsed = requestStatusFilter<R>('lapsed', now);
    const open = requestStatusFilter<R>('open', now);
    expect(lapsed.stored).toEqual(['open']);
    expect(open.stored).toEqual(['open']);
    expect(lapsed.matches({ status: 'open', refreshDueAt: iso(0), createdAt: iso(-14 * DAY) })).toBe(true);
    expect(open.matches({ status: 'open', refreshDueAt: iso(1), createdAt: iso(-14 * DAY) })).toBe(true);
    // One stored before the rhythm existed falls due 14 days after it was made.
    expect(lapsed.matches({ status: 'open', createdAt: iso(-14 * DAY) })).toBe(true);
    expect(open.matches({ status: 'open', createdAt: iso(-14 * DAY + 1) })).toBe(true);
    expect(requestStatusFilter<R>('placed', now).stored).toEqual(['placed']);
  });

  it('never leaves out an item that reads as asked, and matches exactly those (any status, any clock)', () => {
    const offset = fc.integer({ min: -30 * DAY, max: 30 * DAY });
    fc.assert(
      fc.property(
        fc.constantFrom(...HoldStatus.options),
        fc.constantFrom(...HoldStatus.options),
        offset,
        (stored, asked, ms) => {
          const hold = { status: stored, expiresAt: iso(ms) };
          const f = holdStatusFilter<typeof hold>(asked, now);
          const reads = effectiveHoldStatus(stored, hold.expiresAt, now);
          expect(f.matches(hold)).toBe(reads === asked);
          if (reads === asked) expect(f.stored).toContain(stored);
        },
      ),
    );
    fc.assert(
      fc.property(
        // Nothing stores a referral as expired: an offer lapses by the clock alone.
        fc.constantFrom(...ReferralStatus.options.filter((s) => s !== 'expired')),
        fc.constantFrom(...ReferralStatus.options),
        offset,
        (stored, asked, ms) => {
          const r = { status: stored, offerExpiresAt: iso(ms) };
          const f = referralStatusFilter<typeof r>(asked, now);
          const reads = effectiveReferralStatus(stored, r.offerExpiresAt, now);
          expect(f.matches(r)).toBe(reads === asked);
          if (reads === asked) expect(f.stored).toContain(stored);
        },
      ),
    );
    fc.assert(
      fc.property(
        // Nor a request as lapsed.
        fc.constantFrom(...RequestStatus.options.filter((s) => s !== 'lapsed')),
        fc.constantFrom(...RequestStatus.options),
        offset,
        (stored, asked, ms) => {
          const r = { status: stored, refreshDueAt: iso(ms), createdAt: iso(-20 * DAY) };
          const f = requestStatusFilter<typeof r>(asked, now);
          const reads = effectiveRequestStatus(stored, r.refreshDueAt, now);
          expect(f.matches(r)).toBe(reads === asked);
          if (reads === asked) expect(f.stored).toContain(stored);
        },
      ),
    );
  });

  it('no status asked: every item, no stored filter', () => {
    const f = holdStatusFilter<{ status: HoldStatus; expiresAt: string }>(undefined, now);
    expect(f.stored).toBeUndefined();
    expect(f.matches({ status: 'released', expiresAt: iso(0) })).toBe(true);
  });
});

describe('the live-hold window of GET /v1/holds?status=active', () => {
  it('reads back a day at least, or HOLD_MINUTES when longer; other statuses read everything', () => {
    expect(holdListCreatedSince('active', 30, now)).toBe(iso(-DAY));
    expect(holdListCreatedSince('active', 24 * 60, now)).toBe(iso(-DAY));
    expect(holdListCreatedSince('active', 24 * 60 + 1, now)).toBe(iso(-DAY - MINUTE));
    expect(holdListCreatedSince('expired', 30, now)).toBeUndefined();
    expect(holdListCreatedSince(undefined, 30, now)).toBeUndefined();
  });

  it('never starts after a hold that is still live was made', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 * 24 * 60 }),
        fc.integer({ min: 0, max: 7 * DAY }),
        (mins, age) => {
          const createdAt = iso(-age);
          const expiresAt = new Date(Date.parse(createdAt) + mins * MINUTE);
          const live = expiresAt.getTime() > now.getTime();
          if (live) expect(createdAt >= (holdListCreatedSince('active', mins, now) as string)).toBe(true);
        },
      ),
    );
  });
});

describe('open referrals', () => {
  it('are the pending and offered ones, as stored', () => {
    expect(ReferralStatus.options.filter((status) => isOpenReferral({ status }))).toEqual([
      'pending',
      'offered',
    ]);
  });
});

describe('the request rhythm step', () => {
  const request = { status: 'open' as RequestStatus, laCode: 'E08000025' };

  it('reminds before the refresh time, and says when to look again: at the refresh time', () => {
    const due = iso(1);
    expect(rhythmStep({ ...request, refreshDueAt: due }, now)).toEqual({
      kind: 'remind',
      due,
      nextAt: due,
      tell: ['la:E08000025'],
    });
    expect(nextRhythmAt(due, true)).toBe(due);
    expect(nextRhythmAt(due, false)).toBe(iso(1 - 2 * DAY));
  });

  it('notes the lapse at the very instant the refresh falls due, telling national coordination too', () => {
    expect(rhythmStep({ ...request, refreshDueAt: iso(0) }, now)).toEqual({
      kind: 'lapse',
      due: iso(0),
      tell: ['la:E08000025', 'coordinator:national'],
    });
  });

  it('leaves a placed or withdrawn request, or one with no refresh time, out of the rhythm', () => {
    expect(rhythmStep({ ...request, status: 'placed', refreshDueAt: iso(0) }, now)).toEqual({
      kind: 'leave',
    });
    expect(rhythmStep({ ...request, status: 'withdrawn', refreshDueAt: iso(DAY) }, now)).toEqual({
      kind: 'leave',
    });
    expect(rhythmStep(request, now)).toEqual({ kind: 'leave' });
  });
});

describe('unmet demand after a search', () => {
  it('is recorded when it changes, on an open request only', () => {
    expect(unmetAfterSearch({ status: 'open', unmet: false }, false)).toBe(true);
    expect(unmetAfterSearch({ status: 'open', unmet: true }, true)).toBe(false);
    expect(unmetAfterSearch({ status: 'open', unmet: true }, false)).toBeUndefined();
    expect(unmetAfterSearch({ status: 'open', unmet: false }, true)).toBeUndefined();
    expect(unmetAfterSearch({ status: 'placed', unmet: true }, true)).toBeUndefined();
  });
});

describe('the legal-authority notice due', () => {
  /** Illustrative: a welfare placement under a 72-hour authority, no real child. */
  const placement = (startedAt: string, extra: Record<string, string> = {}) => ({
    legalBasis: 's25_72_hour' as LegalBasis,
    startedAt,
    legalAuthorityEndsOn: null,
    ...extra,
  });
  const started = '2026-11-24T10:00:00.000Z';
  const ends = '2026-11-27T10:00:00.000Z'; // 72 hours on

  it('is nothing while more than a day of a 72-hour authority is left', () => {
    expect(authorityNoticeDue(placement(started), new Date('2026-11-26T10:00:00.000Z'))).toBeUndefined();
  });

  it('is "ending soon" within the last day, once for that end', () => {
    const t = new Date('2026-11-26T10:00:01.000Z');
    expect(authorityNoticeDue(placement(started), t)).toEqual({ state: 'ending_soon', endsAt: ends });
    expect(authorityNoticeDue(placement(started, { noticeEndingSoon: ends }), t)).toBeUndefined();
  });

  it('is "lapsed" from the end itself, even when "ending soon" was announced; once', () => {
    const t = new Date(ends);
    const told = placement(started, { noticeEndingSoon: ends });
    expect(authorityNoticeDue(told, t)).toEqual({ state: 'lapsed', endsAt: ends });
    expect(authorityNoticeDue({ ...told, noticeLapsed: ends }, t)).toBeUndefined();
  });

  it('is due afresh when a new order moved the end (the old marker names the old end)', () => {
    const renewed = {
      ...placement(started, { noticeEndingSoon: ends, noticeLapsed: ends }),
      legalOrders: [
        {
          basis: 's25_72_hour' as LegalBasis,
          from: started,
          until: ends,
          courtHearingAt: null,
          recordedAt: started,
        },
        {
          basis: 's25_order' as LegalBasis,
          from: ends,
          until: '2026-12-05T10:00:00.000Z',
          courtHearingAt: null,
          recordedAt: '2026-11-26T12:00:00.000Z',
        },
      ],
    };
    expect(authorityNoticeDue(renewed, new Date('2026-11-28T10:00:01.000Z'))).toEqual({
      state: 'ending_soon',
      endsAt: '2026-12-05T10:00:00.000Z',
    });
  });
});

describe('a unit patch', () => {
  /** Illustrative: not a real unit. */
  const unit = {
    id: 'u1',
    name: 'Example secure home',
    kind: 'secure_childrens_home' as UnitKind,
    wardType: null as WardType | null,
    status: 'paused' as UnitStatus,
    statusReason: 'staffing' as string | null,
    statusSince: '2026-11-01T00:00:00.000Z' as string | null,
    version: 3,
  };

  it('starts a new status now, without the old reason, unless the caller says otherwise', () => {
    const { next, changed } = patchUnit(unit, { status: 'open' }, 3, now);
    expect(next).toMatchObject({
      status: 'open',
      statusSince: now.toISOString(),
      statusReason: null,
      version: 4,
    });
    expect(changed).toEqual(['status', 'statusReason', 'statusSince']);
    const said = patchUnit(
      unit,
      { status: 'closed', statusReason: 'inspection', statusSince: '2026-11-20T00:00:00.000Z' },
      3,
      now,
    );
    expect(said.next).toMatchObject({ statusReason: 'inspection', statusSince: '2026-11-20T00:00:00.000Z' });
  });

  it('keeps statusSince and the reason when the status is given again unchanged', () => {
    const { next, changed } = patchUnit(unit, { status: 'paused', name: 'Renamed home' }, 3, now);
    expect(next).toMatchObject({
      statusSince: unit.statusSince,
      statusReason: 'staffing',
      name: 'Renamed home',
      version: 4,
    });
    expect(changed).toEqual(['name']);
  });

  it('changes nothing, not even the version, when every field is as it was', () => {
    const out = patchUnit(unit, { name: unit.name }, 3, now);
    expect(out).toEqual({ next: unit, changed: [] });
  });

  it('refuses a stale version before anything else', () => {
    expect(() => patchUnit(unit, { wardType: 'general_adolescent' as WardType }, 2, now)).toThrow(
      VersionMismatch,
    );
  });

  it('gives a ward type only to a Tier 4 ward', () => {
    expect(() => patchUnit(unit, { wardType: 'general_adolescent' as WardType }, 3, now)).toThrow(
      ValidationFailed,
    );
    const ward = {
      ...unit,
      kind: 'cypmhs_inpatient' as UnitKind,
      wardType: 'general_adolescent' as WardType,
    };
    expect(patchUnit(ward, { wardType: 'picu' }, 3, now).changed).toEqual(['wardType']);
    expect(patchUnit(ward, { wardType: null }, 3, now).next.wardType).toBeNull();
    expect(patchUnit(unit, { wardType: null }, 3, now).changed).toEqual([]);
  });

  it('lets a provider change only the duty contact', () => {
    const provider = { role: 'provider' as const, org: 'p1' };
    expect(() => assertMayPatchUnit(provider, { dutyContact: null })).not.toThrow();
    expect(() => assertMayPatchUnit(provider, { dutyContact: null, name: 'x' })).toThrow(Forbidden);
    expect(() => assertMayPatchUnit({ role: 'coordinator', org: 'national' }, { name: 'x' })).not.toThrow();
  });
});
