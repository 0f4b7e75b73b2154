/**
 * childRef is a pseudonym the LA chooses (its case id, hashed). DOMAIN.md forbids names and
 * NHS numbers; these checks refuse values that look like either, so a tired user can't paste one.
 */

/** An NHS number is 10 digits, often written 3-3-4, with a mod-11 check digit. */
export function looksLikeNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** Any 10-digit run (with or without separators) is refused too: a mistyped NHS number is still one. */
function hasTenDigitRun(value: string): boolean {
  return /\d{3}[-.]?\d{3}[-.]?\d{4}/.test(value);
}

/**
 * A name-like value: letters only, in one or more capitalised words joined by separators
 * ("Jane", "jane.smith", "Smith_John", "O'Brien"), with no digits. References always carry digits.
 */
export function looksLikeName(value: string): boolean {
  if (/\d/.test(value)) return false;
  return /^[\p{L}'’]+([._\-,][\p{L}'’]+)*$/u.test(value);
}

export type ChildRefProblem = 'looks_like_name' | 'looks_like_nhs_number' | undefined;

/** Why a childRef is refused, or undefined when it may be used. */
export function childRefProblem(value: string): ChildRefProblem {
  if (looksLikeNhsNumber(value) || hasTenDigitRun(value)) return 'looks_like_nhs_number';
  if (looksLikeName(value)) return 'looks_like_name';
  return undefined;
}
