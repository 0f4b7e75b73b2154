import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHILD_REF_EXAMPLES,
  childRefProblem,
  looksLikeDate,
  looksLikeNhsNumber,
  passesModulus11,
} from '../../shared/domain/child-ref.js';

/** Nine digits and the check digit Modulus 11 gives them, or undefined where none exists (10). */
function withCheckDigit(nine: string): string | undefined {
  const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return `${nine}${check === 11 ? 0 : check}`;
}

const nineDigits = fc.stringMatching(/^\d{9}$/);

describe('childRef: the examples the API description shows', () => {
  it('refuses each documented example for the documented reason', () => {
    for (const [value, problem] of Object.entries(CHILD_REF_EXAMPLES.refused)) {
      expect(childRefProblem(value), value).toBe(problem);
    }
  });
  it('accepts each documented case number and hashed id', () => {
    for (const value of CHILD_REF_EXAMPLES.accepted) expect(childRefProblem(value), value).toBeUndefined();
  });
});

describe('childRef: NHS numbers (Modulus 11)', () => {
  it('refuses every valid NHS number, together or 3-3-4 with spaces or hyphens, alone or inside a reference', () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.constantFrom('', ' ', '-'),
        fc.constantFrom('', 'case-', 'x'),
        (nine, sep, prefix) => {
          const nhs = withCheckDigit(nine);
          fc.pre(nhs !== undefined);
          const written = `${nhs.slice(0, 3)}${sep}${nhs.slice(3, 6)}${sep}${nhs.slice(6)}`;
          expect(looksLikeNhsNumber(written)).toBe(true);
          expect(childRefProblem(`${prefix}${written}`)).toBe('looks_like_nhs_number');
        },
      ),
    );
  });

  it('allows a plain run of ten digits that fails the check: an ordinary case number', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 9 }), (nine, last) => {
        const value = `${nine}${last}`;
        fc.pre(!passesModulus11(value));
        expect(looksLikeNhsNumber(value)).toBe(false);
        expect(childRefProblem(`case-${value}`)).toBeUndefined();
      }),
    );
  });

  it('is not fooled by ten digits inside a longer run (a hash, a long case number)', () => {
    expect(looksLikeNhsNumber('94347659190')).toBe(false);
    expect(looksLikeNhsNumber('19434765919')).toBe(false);
  });
});

describe('childRef: dates', () => {
  const date = fc.date({
    min: new Date('1990-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const two = (n: number) => String(n).padStart(2, '0');
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

  it('refuses a date written in any common form, anywhere in the reference', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('', 'case-', 'jk-'),
        (d, form, prefix) => {
          const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const forms = [
            `${two(day)}-${two(m)}-${y}`,
            `${day}/${m}/${y}`,
            `${two(day)}.${two(m)}.${String(y).slice(2)}`,
            `${y}-${two(m)}-${two(day)}`,
            `${y}/${two(m)}/${two(day)}`,
            `${two(day)}${two(m)}${y}`,
            `${y}${two(m)}${two(day)}`,
            `${day}${MONTHS[m - 1]}${y}`,
            `${MONTHS[m - 1]}-${day}-${y}`,
          ];
          const value = `${prefix}${forms[form]}`;
          expect(looksLikeDate(value), value).toBe(true);
          expect(childRefProblem(value), value).toBe('looks_like_date');
        },
      ),
    );
  });

  it('does not read impossible dates or short case numbers as dates', () => {
    for (const value of ['case-32-13-2012', '12345678', 'CR-778812', 'case-2012', 'ref-1-2'])
      expect(looksLikeDate(value), value).toBe(false);
  });
});

describe('childRef: names', () => {
  it('refuses letters-only values, common given names and Capitalised word pairs', () => {
    for (const value of [
      'Jane',
      'jane.smith',
      'Smith_John',
      "O'Brien",
      'Zoë',
      'ref-olivia-7',
      'Amara-Bello-19',
    ])
      expect(childRefProblem(value), value).toBe('looks_like_name');
  });

  it('accepts hashed ids: hex, base32 or base64url of any length up to 64', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{16,64}$/);
    fc.assert(
      fc.property(hex, (value) => {
        fc.pre(!looksLikeDate(value) && !looksLikeNhsNumber(value));
        expect(childRefProblem(value)).toBeUndefined();
      }),
    );
  });

  it('accepts lower-case LA prefixes with a case number', () => {
    for (const value of [
      'bham-case-20931',
      'leeds-cin-4471',
      'kirklees-00912',
      'LCC/2024/00417',
      'case-1234',
    ])
      expect(childRefProblem(value), value).toBeUndefined();
  });
});
