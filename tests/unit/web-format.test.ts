import { describe, expect, it } from 'vitest';
import { errorsFromProblem } from '../../web/form-errors.js';
import {
  formatDate,
  formatDateTime,
  formatDistance,
  formatDuration,
  formatTime,
  isoFromParts,
  isRealDate,
  missingDateParts,
} from '../../web/format.js';

describe('console formatting', () => {
  it('shows times in London in GOV.UK style, across the clock change', () => {
    expect(formatTime('2026-11-25T15:45:00Z')).toBe('3:45pm');
    expect(formatTime('2026-07-01T08:00:00Z')).toBe('9am'); // BST
    expect(formatTime('2026-11-25T12:00:00Z')).toBe('12pm');
    expect(formatTime('2026-11-25T00:05:00Z')).toBe('12:05am');
  });

  it('shows a calendar date as written and an instant as its London date', () => {
    expect(formatDate('2026-03-27')).toBe('27 March 2026');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('12:30am on 1 July 2026');
  });

  it('says how long is left in words a person reads at a glance', () => {
    expect(formatDuration(119 * 60_000 + 30_000)).toBe('1 hour 59 minutes');
    expect(formatDuration(2 * 3600_000)).toBe('2 hours');
    expect(formatDuration(4 * 60_000 + 5_000)).toBe('4 minutes 5 seconds');
    expect(formatDuration(45_000)).toBe('45 seconds');
    expect(formatDuration(-1)).toBe('no time');
  });

  it('gives distances in kilometres and miles', () => {
    expect(formatDistance(212.4)).toBe('212 km (132 miles)');
  });

  it('joins date boxes as typed and says which are missing', () => {
    expect(isoFromParts('3', '4', '2026')).toBe('2026-04-03');
    expect(isoFromParts('', '', '')).toBeUndefined();
    expect(missingDateParts(isoFromParts('30', '', '') ?? '')).toBe('must include a month and year');
    expect(missingDateParts(isoFromParts('', '11', '2026') ?? '')).toBe('must include a day');
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2028-02-29')).toBe(true);
  });
});

describe('API problems as GOV.UK errors', () => {
  const specs = {
    reason: { id: 'reason', label: 'Reason', missing: 'Select why you are declining' },
    note: { id: 'note', label: 'Note', missing: 'Enter a note' },
  };

  it('puts each refused field in the summary, linked to its input, in the form’s words', () => {
    const errors = errorsFromProblem(
      {
        type: 't',
        title: 'Your request is not valid',
        status: 400,
        detail: 'The request is not valid',
        code: 'validation_failed',
        errors: [
          { field: 'body.reason', message: 'Invalid option' },
          { field: 'body.note', message: 'Too big: expected string to have <=500 characters' },
        ],
      },
      specs,
      { note: 'x'.repeat(501) },
    );
    expect(errors.summary).toEqual([
      { text: 'Select why you are declining', href: '#reason' },
      { text: 'Note too big: expected string to have <=500 characters', href: '#note' },
    ]);
    expect(errors.fields).toEqual({
      reason: 'Select why you are declining',
      note: 'Note too big: expected string to have <=500 characters',
    });
  });

  it('shows any other problem as one summary line', () => {
    const errors = errorsFromProblem(
      {
        type: 't',
        title: 'Not allowed in this state',
        status: 409,
        detail: 'The hold is expired',
        code: 'invalid_transition',
      },
      specs,
    );
    expect(errors).toEqual({ summary: [{ text: 'The hold is expired' }], fields: {} });
  });
});
