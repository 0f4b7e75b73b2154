import { describe, expect, it } from 'vitest';
import type { LegalBasis } from '../../shared/contract/enums.js';
import {
  authorityAt,
  authorityWarnings,
  checkOrder,
  initialOrder,
  type LegalOrder,
  MAY_NOT_BE_KEPT,
  mayNotBeKept,
} from '../../shared/domain/legal-authority.js';
import { addMonths, endOfLondonDay, londonDate, londonMidnight } from '../../shared/domain/london-time.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const order = (basis: LegalBasis, from: string, until: string | null, extra: Partial<LegalOrder> = {}) => ({
  basis,
  from,
  until,
  courtHearingAt: null,
  recordedAt: from,
  ...extra,
});

/** Accepts a new order or fails the test with the reasons it was refused. */
function accepted(stream: 'welfare' | 'justice' | 'mental_health', input: Parameters<typeof checkOrder>[1]) {
  const out = checkOrder(stream, input, '2026-01-01T00:00:00.000Z');
  if ('errors' in out) throw new Error(JSON.stringify(out.errors));
  return out.order;
}
const refusals = (
  stream: 'welfare' | 'justice' | 'mental_health',
  input: Parameters<typeof checkOrder>[1],
) => {
  const out = checkOrder(stream, input, '2026-01-01T00:00:00.000Z');
  return 'errors' in out ? out.errors : [];
};

describe('London calendar', () => {
  it('finds midnight on either side of the clock changes', () => {
    expect(londonMidnight('2027-03-28').toISOString()).toBe('2027-03-28T00:00:00.000Z'); // GMT until 01:00
    expect(londonMidnight('2027-03-29').toISOString()).toBe('2027-03-28T23:00:00.000Z'); // BST
    expect(londonMidnight('2026-10-25').toISOString()).toBe('2026-10-24T23:00:00.000Z'); // still BST
    expect(londonMidnight('2026-10-26').toISOString()).toBe('2026-10-26T00:00:00.000Z'); // GMT again
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });

  it('adds calendar months to the same day, or the last day of a shorter month', () => {
    expect(addMonths(at('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(addMonths(at('2027-08-31T10:00:00Z'), 6).toISOString()).toBe('2028-02-29T10:00:00.000Z'); // leap year
    expect(addMonths(at('2026-03-31T10:00:00Z'), 6).toISOString()).toBe('2026-09-30T10:00:00.000Z');
    expect(addMonths(at('2026-11-30T10:00:00Z'), 3).toISOString()).toBe('2027-02-28T10:00:00.000Z');
  });
});

describe('the 72 hours without a court order', () => {
  it('run 72 real hours from the placement’s start across the spring clock change', () => {
    // Placed at 10:00 GMT on Saturday 27 March 2027; the clocks go forward that night.
    const first = initialOrder({ legalBasis: 's25_72_hour', startedAt: '2027-03-27T10:00:00.000Z' });
    expect(first?.until).toBe('2027-03-30T10:00:00.000Z');
    // On the wall clock that is 11:00 BST: 71 hours of local time, 72 real ones.
    expect(londonDate(first?.until as string)).toBe('2027-03-30');
    expect(Date.parse(first?.until as string) - Date.parse('2027-03-27T10:00:00Z')).toBe(72 * HOUR);
  });

  it('run 72 real hours across the autumn clock change', () => {
    const first = initialOrder({ legalBasis: 's25_72_hour', startedAt: '2026-10-24T09:00:00.000Z' }); // 10:00 BST
    expect(first?.until).toBe('2026-10-27T09:00:00.000Z'); // 09:00 GMT
  });

  it('ignore a typed end date: a 72-hour placement never lasts a year', () => {
    const first = initialOrder({
      legalBasis: 's25_72_hour',
      startedAt: '2026-10-01T10:00:00.000Z',
      legalAuthorityEndsOn: '2027-10-01',
    });
    expect(first?.until).toBe('2026-10-04T10:00:00.000Z');
    expect(
      refusals('welfare', {
        basis: 's25_72_hour',
        from: '2026-10-01T10:00:00Z',
        until: '2027-10-01T10:00:00Z',
      }),
    ).toHaveLength(1);
  });

  it('are ending soon under 24 hours before the end, and lapse at it', () => {
    const orders = [order('s25_72_hour', '2026-10-01T10:00:00.000Z', '2026-10-04T10:00:00.000Z')];
    expect(authorityAt(orders, at('2026-10-03T09:59:59Z'))?.status).toBe('ok');
    expect(authorityAt(orders, at('2026-10-03T10:00:01Z'))?.status).toBe('ending_soon');
    expect(authorityAt(orders, at('2026-10-04T09:59:59Z'))?.status).toBe('ending_soon');
    expect(authorityAt(orders, at('2026-10-04T10:00:00Z'))?.status).toBe('lapsed');
  });
});

describe('court orders', () => {
  it('are ending soon under 7 days before the end', () => {
    const orders = [order('s25_order', '2026-10-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z')];
    expect(authorityAt(orders, at('2026-11-24T10:00:00Z'))?.status).toBe('ok');
    expect(authorityAt(orders, at('2026-11-24T10:00:01Z'))?.status).toBe('ending_soon');
    expect(authorityAt(orders, at('2026-12-01T10:00:00Z'))?.status).toBe('lapsed');
  });

  it('refuse a welfare order running more than 6 calendar months, counting month-ends and leap years', () => {
    const from = '2026-08-31T10:00:00Z';
    expect(refusals('welfare', { basis: 's25_order', from, until: '2027-02-28T10:00:00Z' })).toEqual([]);
    expect(refusals('welfare', { basis: 's25_order', from, until: '2027-02-28T10:00:01Z' })[0]?.field).toBe(
      'until',
    );
    const leap = '2027-08-31T10:00:00Z';
    expect(refusals('welfare', { basis: 's25_order', from: leap, until: '2028-02-29T10:00:00Z' })).toEqual(
      [],
    );
    expect(
      refusals('welfare', { basis: 's25_order', from: leap, until: '2028-03-01T00:00:00Z' }),
    ).toHaveLength(1);
    expect(refusals('welfare', { basis: 's25_interim_order' as LegalBasis, from, until: null })).not.toEqual(
      [],
    );
  });

  it('refuse an end before the start, and a basis from another stream', () => {
    expect(
      refusals('welfare', {
        basis: 's25_order',
        from: '2026-10-01T10:00:00Z',
        until: '2026-10-01T09:00:00Z',
      }),
    ).toEqual([{ field: 'until', message: 'must be after from' }]);
    expect(
      refusals('justice', {
        basis: 's25_order',
        from: '2026-10-01T10:00:00Z',
        until: '2026-11-01T10:00:00Z',
      })[0]?.field,
    ).toBe('basis');
  });

  it('store instants in UTC whatever offset was typed', () => {
    const o = accepted('welfare', {
      basis: 's25_order',
      from: '2026-10-01T11:00:00+01:00',
      until: '2026-12-01T10:00:00+00:00',
    });
    expect(o).toMatchObject({ from: '2026-10-01T10:00:00.000Z', until: '2026-12-01T10:00:00.000Z' });
  });

  it('keep a remand until the next hearing', () => {
    const o = accepted('justice', {
      basis: 'remand',
      from: '2026-10-01T10:00:00Z',
      courtHearingAt: '2026-10-15T09:30:00Z',
    });
    expect(o).toMatchObject({
      until: '2026-10-15T09:30:00.000Z',
      courtHearingAt: '2026-10-15T09:30:00.000Z',
    });
    expect(accepted('justice', { basis: 'sentence', from: '2026-10-01T10:00:00Z' }).until).toBeNull();
  });

  it('a renewal recorded in advance keeps the placement lawful through the change-over', () => {
    const first = order('s25_order', '2026-10-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z');
    const renewal = order('s25_order', '2026-12-01T10:00:00.000Z', '2027-06-01T10:00:00.000Z', {
      recordedAt: '2026-11-28T10:00:00.000Z',
    });
    const before = authorityAt([first, renewal], at('2026-11-29T10:00:00Z'));
    expect(before).toMatchObject({ until: '2026-12-01T10:00:00.000Z', status: 'ok' });
    const after = authorityAt([first, renewal], at('2026-12-02T10:00:00Z'));
    expect(after).toMatchObject({
      from: '2026-12-01T10:00:00.000Z',
      until: '2027-06-01T10:00:00.000Z',
      status: 'ok',
    });
  });

  it('an order that has not begun is not authority yet', () => {
    const soon = order('s25_order', '2026-10-10T10:00:00.000Z', '2026-12-10T10:00:00.000Z');
    expect(authorityAt([soon], at('2026-10-01T10:00:00Z'))?.status).toBe('lapsed');
    expect(authorityAt([], at('2026-10-01T10:00:00Z'))).toBeNull();
  });
});

describe('Mental Health Act sections', () => {
  it('section 2 lasts 28 days beginning with the day of admission, ending at midnight', () => {
    // Admitted 14:00 on 1 March 2026: the 28th day is 28 March, which ends at midnight GMT.
    expect(initialOrder({ legalBasis: 'mha_s2', startedAt: '2026-03-01T14:00:00.000Z' })?.until).toBe(
      '2026-03-29T00:00:00.000Z',
    );
    // In summer the same midnight is 23:00 UTC.
    expect(initialOrder({ legalBasis: 'mha_s2', startedAt: '2026-06-01T10:00:00.000Z' })?.until).toBe(
      endOfLondonDay('2026-06-28').toISOString(),
    );
  });

  it('section 3 lasts 6 months, section 4 72 hours', () => {
    expect(initialOrder({ legalBasis: 'mha_s3', startedAt: '2027-08-31T12:00:00.000Z' })?.until).toBe(
      endOfLondonDay('2028-02-28').toISOString(), // the day before 29 February 2028, a leap day
    );
    expect(
      initialOrder({ legalBasis: 'mha_s4' as LegalBasis, startedAt: '2026-10-01T10:00:00.000Z' })?.until,
    ).toBe('2026-10-04T10:00:00.000Z');
  });

  it('refuses a section 2 longer than 28 days, and leaves informal admission open', () => {
    expect(
      refusals('mental_health', {
        basis: 'mha_s2',
        from: '2026-03-01T14:00:00Z',
        until: '2026-04-01T00:00:00Z',
      }),
    ).toHaveLength(1);
    expect(accepted('mental_health', { basis: 'informal', from: '2026-03-01T14:00:00Z' }).until).toBeNull();
  });
});

describe('warnings and the step-down flag', () => {
  const lapsed = authorityAt(
    [order('s25_order', '2026-09-01T10:00:00.000Z', '2026-10-01T10:00:00.000Z')],
    at('2026-10-02T10:00:00Z'),
  );

  it('a child ready to leave whose welfare order lapsed may not be kept in secure accommodation', () => {
    expect(mayNotBeKept(lapsed, '2026-09-20', at('2026-10-02T10:00:00Z'))).toBe(true);
    expect(mayNotBeKept(lapsed, '2026-10-05', at('2026-10-02T10:00:00Z'))).toBe(false); // not ready yet
    expect(mayNotBeKept(lapsed, null, at('2026-10-02T10:00:00Z'))).toBe(false);
    expect(authorityWarnings(lapsed, '2026-09-20', at('2026-10-02T10:00:00Z'))).toEqual([
      'The legal authority for this placement ended at 2026-10-01T10:00:00.000Z',
      MAY_NOT_BE_KEPT,
    ]);
  });

  it('no authority at all is said plainly', () => {
    expect(authorityWarnings(null, null, at('2026-10-02T10:00:00Z'))).toEqual([
      'No legal authority is recorded for this placement',
    ]);
  });
});

describe('which order is current', () => {
  it('a later record replaces an earlier one, which can no longer stretch the authority', () => {
    // Placed on 1 October as a court order with no end known; the LA then records the order itself.
    const initial = order('s25_order', '2026-10-01T10:00:00.000Z', null);
    const recorded = order('s25_order', '2026-09-25T00:00:00.000Z', '2026-11-01T00:00:00.000Z', {
      recordedAt: '2026-10-02T09:00:00.000Z',
    });
    expect(authorityAt([initial, recorded], at('2026-10-20T10:00:00Z'))).toMatchObject({
      until: '2026-11-01T00:00:00.000Z',
      status: 'ok',
    });
    expect(authorityAt([initial, recorded], at('2026-11-02T10:00:00Z'))?.status).toBe('lapsed');
  });
});
