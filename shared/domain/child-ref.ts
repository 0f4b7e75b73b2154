/**
 * childRef is a pseudonym the LA chooses (its case id, or a hash of it). DOMAIN.md forbids names
 * and NHS numbers, and a date of birth beside a name is enough to identify a child. These checks
 * refuse values that carry any of the three, so a tired user can't paste one, while ordinary case
 * numbers and hashed ids pass. The OpenAPI description quotes CHILD_REF_EXAMPLES, and a test
 * holds the rules to those examples, so the document says exactly what is refused.
 */

type ChildRefProblem = 'looks_like_name' | 'looks_like_nhs_number' | 'looks_like_date' | undefined;

/** The NHS number check digit (Modulus 11): weights 10..2 over the first nine digits. */
export function passesModulus11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false; // no valid NHS number has this check digit
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Ten digits passing Modulus 11, written together or 3-3-4 with spaces, hyphens or dots. */
export function looksLikeNhsNumber(value: string): boolean {
  return nhsCandidates(value).some(passesModulus11);
}

function nhsCandidates(value: string): string[] {
  const found: string[] = [];
  // Exactly ten digits, not part of a longer run of digits (a hash's long digit run is not one).
  for (const m of value.matchAll(/(?<!\d)(\d{3})([\s.-]?)(\d{3})\2(\d{4})(?!\d)/g)) {
    found.push(`${m[1]}${m[3]}${m[4]}`);
  }
  return found;
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

function validDay(d: number, m: number, y: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** A two-digit year read as 19xx or 20xx: either way it is a date. */
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A calendar date in any common form: 14-03-2012, 14/3/12, 14.03.2012, 2012-03-14, 2012/03/14,
 * 14mar2012, 14-March-2012, March-14-2012, or 8 digits as ddmmyyyy or yyyymmdd (a real date with a
 * year from 1900 to 2099). Digits that can't be a date (32-13-2012, 12345678) are not one.
 */
export function looksLikeDate(value: string): boolean {
  const v = value.toLowerCase();
  for (const m of v.matchAll(/(?<!\d)(\d{1,2})[-/._](\d{1,2})[-/._](\d{4}|\d{2})(?!\d)/g)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), fullYear(m[3] as string)];
    if (validDay(a, b, y) || validDay(b, a, y)) return true; // d-m-y or m-d-y
  }
  for (const m of v.matchAll(/(?<!\d)(\d{4})[-/._](\d{1,2})[-/._](\d{1,2})(?!\d)/g)) {
    if (validDay(Number(m[3]), Number(m[2]), Number(m[1]))) return true;
  }
  const named = new RegExp(
    `(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?[-/._]?(?:${MONTHS})[-/._]?(?:\\d{4}|\\d{2})(?!\\d)|(?<![a-z])(?:${MONTHS})[-/._]?\\d{1,2}(?:st|nd|rd|th)?[-/._,]?(?:\\d{4})(?!\\d)`,
  );
  if (named.test(v)) return true;
  for (const m of v.matchAll(/(?<!\d)(\d{8})(?!\d)/g)) {
    const s = m[1] as string;
    const [d1, m1, y1] = [Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4))];
    const [y2, m2, d2] = [Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6))];
    if (y1 >= 1900 && y1 <= 2099 && validDay(d1, m1, y1)) return true;
    if (y2 >= 1900 && y2 <= 2099 && validDay(d2, m2, y2)) return true;
  }
  return false;
}

/**
 * Common given names of children in England (ONS baby-name lists), lower case. A reference made
 * of codes and numbers never needs one; a name pasted into the field nearly always has one.
 */
const GIVEN_NAMES = new Set(
  `aaliyah aaron abbie abdullah abigail adam aidan aiden alex alexander alfie alice alicia amelia amelie amy
  andrew anna archie aria ashley ava bailey bella ben benjamin bethany billy blake bobby brandon caitlin
  callum cameron charlie charlotte chelsea chloe christopher ciara connor corey courtney daisy daniel darcy
  david dylan elijah eliza elizabeth ella ellie elliot elliott eloise emily emma erin ethan eva evelyn evie
  finley florence freddie frederick freya gabriel george georgia gracie hannah harley harriet harrison harry
  harvey hayden hollie holly hugo imogen isaac isabel isabella isabelle isla jack jacob jake james jamie
  jasmine jayden jenna jennifer jessica jodie joe john jonathan jordan joseph joshua jude kai kayden kayla
  kaitlyn katie kieran kyle lacey laura lauren layla leah leo leon lewis liam lily lilly logan louie louis
  lucas lucy luke lydia maddison madison maisie maria mariam mason matilda matthew maya megan mia michael
  millie mohammad mohammed molly muhammad naomi nathan niamh noah oliver olivia oscar owen paige phoebe poppy
  rebecca reece rhys riley robert rory rosie ruby ryan sam samuel sara sarah scarlett sean sebastian shannon
  sienna sofia sophia sophie stanley teddy theo theodore thomas toby tommy tyler victoria william zachary zara
  zoe jane smith jones taylor williams wilson johnson davies robinson wright thompson evans walker roberts
  jackson clarke`.split(/\s+/),
);

/**
 * A name-like run of letters: a value with letters and no digits at all ("Jane", "jane.smith",
 * "O'Brien"); any run of letters that is a common given name or surname ("jane-smith-0412",
 * "ref-olivia-7"); or two Capitalised words side by side ("Ngozi-Okafor-2231").
 */
function looksLikeName(value: string): boolean {
  if (!/\d/.test(value) && /^[\p{L}'’]+([._\-,][\p{L}'’]+)*$/u.test(value)) return true;
  for (const m of value.matchAll(/\p{L}+/gu)) {
    if (GIVEN_NAMES.has(m[0].toLowerCase())) return true;
  }
  return /(?<!\p{L})\p{Lu}\p{Ll}+['’._\-,]\p{Lu}\p{Ll}+(?!\p{L})/u.test(value);
}

/** Why a childRef is refused, or undefined when it may be used. The NHS check goes first. */
export function childRefProblem(value: string): ChildRefProblem {
  if (looksLikeNhsNumber(value)) return 'looks_like_nhs_number';
  if (looksLikeDate(value)) return 'looks_like_date';
  if (looksLikeName(value)) return 'looks_like_name';
  return undefined;
}

/** The message a client shows its user, per problem. */
export const CHILD_REF_MESSAGES: Record<Exclude<ChildRefProblem, undefined>, string> = {
  looks_like_nhs_number: 'looks like an NHS number: use your pseudonymous case reference',
  looks_like_date:
    'carries a date (a date of birth identifies a child): use your pseudonymous case reference',
  looks_like_name: 'looks like a name: use your pseudonymous case reference',
};

/** What the API description shows, and what the unit tests hold the rules to. All illustrative. */
export const CHILD_REF_EXAMPLES = {
  refused: {
    '943 476 5919': 'looks_like_nhs_number',
    '9434765919': 'looks_like_nhs_number',
    'case-943-476-5919': 'looks_like_nhs_number',
    'jane-smith-14-03-2012': 'looks_like_date',
    '14/03/2012': 'looks_like_date',
    '2012-03-14': 'looks_like_date',
    'ref-14mar2012': 'looks_like_date',
    'case-14032012': 'looks_like_date',
    Jane: 'looks_like_name',
    'jane.smith': 'looks_like_name',
    'olivia-2231': 'looks_like_name',
    'Ngozi-Okafor-77': 'looks_like_name',
  },
  accepted: [
    'bham-case-20931',
    'LCC/2024/00417',
    '1234567890',
    'case-4010232138',
    '3f9a1c0e7b2d4a68',
    'e3b0c44298fc1c149afbf4c8996fb924',
    'CR-778812',
  ],
} as const satisfies {
  refused: Record<string, Exclude<ChildRefProblem, undefined>>;
  accepted: readonly string[];
};
