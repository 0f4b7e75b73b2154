/**
 * The questions of "Ask for a secure bed", one a page: each says what it asks, how its answer is
 * checked (the contract's own schemas and the domain's childRef rule, so a mistake is named on
 * the page that made it) and how the answer reads back on the check page.
 */
import { LEGAL_BASES_BY_STREAM, Need, Sex, Stream } from '../../shared/contract/enums.js';
import { ChildRef, CreateRequestBody, IsoDate } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { localAuthority } from '../../shared/data/lookup.js';
import { childRefProblem } from '../../shared/domain/child-ref.js';
import type { FieldSpec } from '../form-errors.js';
import {
  formatDate,
  isRealDate,
  LEGAL_BASIS_LABELS,
  labelOf,
  laName,
  missingDateParts,
  NEED_LABELS,
  SEX_LABELS,
  STREAM_HINTS,
  STREAM_LABELS,
} from '../format.js';
import { formBody, type Schemas } from '../services/client.js';
import type { Draft } from '../session.js';

/** A page asks each field of the contract's request body but the referral profile and the approval reference. */
type Key = Exclude<keyof CreateRequestBody, 'profile' | 'sosApprovalRef'>;

interface Item {
  value: string;
  text: string;
  hint?: string;
}

export interface Question {
  slug: string;
  key: Key;
  /** The question, which is also the page's heading. */
  title: string;
  /** Its name on the check page and in error messages. */
  short: string;
  hint?: string;
  kind: 'text' | 'number' | 'radios' | 'checkboxes' | 'select' | 'date';
  optional?: boolean;
  items?: (d: Draft) => Item[];
  /** A problem with the answer, in GOV.UK words; undefined when it will do. */
  check(value: string | string[], d: Draft): string | undefined;
  show(value: string | string[] | undefined): string;
}

/** GOV.UK date messages: missing, half-typed ("must include a month and year"), or not a real date. */
function dateCheck(what: string, whenEmpty?: string) {
  const The = what.charAt(0).toUpperCase() + what.slice(1);
  return (v: string | string[]) => {
    const value = typeof v === 'string' ? v : '';
    if (!value) return whenEmpty;
    const missing = missingDateParts(value);
    if (missing) return `${The} ${missing}`;
    if (!isRealDate(value) || !IsoDate.safeParse(value).success) return `${The} must be a real date`;
    return undefined;
  };
}

export const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
export const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const AGE = CreateRequestBody.shape.ageYears;
const NEEDS_MAX = 10;

export const QUESTIONS: readonly Question[] = [
  {
    slug: 'child-reference',
    key: 'childRef',
    title: 'What is the child’s case reference?',
    short: 'Case reference',
    hint: 'Your pseudonymous reference for the child, like case-1234. Never their name, date of birth or NHS number.',
    kind: 'text',
    check: (v) => {
      const value = str(v);
      if (!value) return 'Enter the child’s case reference';
      if (value.length > 64) return 'Case reference must be 64 characters or fewer';
      if (!ChildRef.safeParse(value).success) return 'Case reference must not contain spaces';
      const problem = childRefProblem(value);
      if (problem === 'looks_like_name')
        return 'Case reference looks like a name. Enter your pseudonymous case reference, like case-1234';
      if (problem === 'looks_like_nhs_number')
        return 'Case reference looks like an NHS number. Enter your pseudonymous case reference, like case-1234';
      // Refused here, on the page that asked, not only when the request is sent.
      if (problem === 'looks_like_date')
        return 'Case reference carries a date, and a date of birth identifies a child. Enter your pseudonymous case reference, like case-1234';
      return undefined;
    },
    show: str,
  },
  {
    slug: 'age',
    key: 'ageYears',
    title: 'How old is the child?',
    short: 'Age',
    hint: 'In whole years',
    kind: 'number',
    check: (v) => {
      const value = str(v);
      if (!value) return 'Enter the child’s age';
      if (!/^\d+$/.test(value)) return 'Age must be a whole number, like 14';
      if (!AGE.safeParse(Number(value)).success)
        return `Age must be between ${AGE.minValue ?? 8} and ${AGE.maxValue ?? 18}`;
      return undefined;
    },
    show: (v) => (str(v) ? `${str(v)} years old` : ''),
  },
  {
    slug: 'sex',
    key: 'sex',
    title: 'What is the child’s sex?',
    short: 'Sex',
    kind: 'radios',
    items: () => Sex.options.map((s) => ({ value: s, text: SEX_LABELS[s] })),
    check: (v) => (Sex.safeParse(v).success ? undefined : 'Select the child’s sex'),
    show: (v) => labelOf(SEX_LABELS, str(v)),
  },
  {
    slug: 'stream',
    key: 'stream',
    title: 'What kind of secure bed does the child need?',
    short: 'Kind of bed',
    kind: 'radios',
    items: () => Stream.options.map((s) => ({ value: s, text: STREAM_LABELS[s], hint: STREAM_HINTS[s] })),
    check: (v) => (Stream.safeParse(v).success ? undefined : 'Select the kind of secure bed the child needs'),
    show: (v) => labelOf(STREAM_LABELS, str(v)),
  },
  {
    slug: 'legal-basis',
    key: 'legalBasis',
    title: 'What is the legal basis for restricting the child’s liberty?',
    short: 'Legal basis',
    kind: 'radios',
    items: (d) => basesFor(d).map((b) => ({ value: b, text: LEGAL_BASIS_LABELS[b] })),
    check: (v, d) =>
      (basesFor(d) as readonly string[]).includes(str(v))
        ? undefined
        : 'Select the legal basis for restricting the child’s liberty',
    show: (v) => labelOf(LEGAL_BASIS_LABELS, str(v)),
  },
  {
    slug: 'needs',
    key: 'needs',
    title: 'What are the child’s needs and risks?',
    short: 'Needs and risks',
    hint: 'Select all that apply. Units that specialise in them are shown first.',
    kind: 'checkboxes',
    optional: true,
    items: () => Need.options.map((n) => ({ value: n, text: NEED_LABELS[n] })),
    check: (v) => {
      const needs = list(v);
      if (!needs.every((n) => Need.safeParse(n).success)) return 'Select needs from the list';
      if (needs.length > NEEDS_MAX) return `Select no more than ${NEEDS_MAX} needs`;
      return undefined;
    },
    show: (v) =>
      list(v)
        .map((n) => labelOf(NEED_LABELS, n))
        .join(', ') || 'None given',
  },
  {
    slug: 'home-local-authority',
    key: 'homeLaCode',
    title: 'What is the child’s home local authority?',
    short: 'Home local authority',
    hint: 'Units are ranked by distance from here',
    kind: 'select',
    items: () =>
      LOCAL_AUTHORITIES.map((la) => ({ value: la.code, text: la.name })).sort((a, b) =>
        a.text.localeCompare(b.text, 'en-GB'),
      ),
    check: (v) => (localAuthority(str(v)) ? undefined : 'Select the child’s home local authority'),
    show: (v) => laName(str(v)),
  },
  {
    slug: 'needed-by',
    key: 'neededBy',
    title: 'When is the bed needed by?',
    short: 'Bed needed by',
    hint: 'For example, 27 3 2026',
    kind: 'date',
    check: dateCheck('the date the bed is needed by', 'Enter the date the bed is needed by'),
    show: (v) => formatDate(str(v)),
  },
  {
    slug: 'legal-authority',
    key: 'legalAuthorityEndsOn',
    title: 'When does the legal authority end? (optional)',
    short: 'Legal authority ends',
    hint: 'The last day of the order or other authority. You will be warned 7 days and 1 day before it ends.',
    kind: 'date',
    optional: true,
    check: dateCheck('the date the legal authority ends'),
    show: (v) => formatDate(str(v)) || 'Not given',
  },
];

export function basesFor(d: Draft) {
  const stream = Stream.safeParse(d.answers.stream);
  return stream.success ? LEGAL_BASES_BY_STREAM[stream.data] : [];
}

/** The API's words for each body field, for errors that come back from POST /v1/requests. */
export const SPECS: Record<string, FieldSpec> = Object.fromEntries(
  QUESTIONS.map((q) => [
    q.key,
    {
      id: q.key,
      label: q.short,
      missing: q.check(q.kind === 'checkboxes' ? [] : '', { answers: {} } as Draft) ?? '',
    },
  ]),
);

/** The body the API is sent, from the draft's answers. */
export function requestBodyOf(d: Draft): Schemas['CreateRequestBody'] {
  const a = d.answers;
  return formBody<Schemas['CreateRequestBody']>({
    childRef: str(a.childRef),
    ageYears: /^\d+$/.test(str(a.ageYears)) ? Number(a.ageYears) : str(a.ageYears),
    sex: str(a.sex),
    stream: str(a.stream),
    legalBasis: str(a.legalBasis),
    needs: list(a.needs),
    homeLaCode: str(a.homeLaCode),
    neededBy: str(a.neededBy),
    ...(str(a.legalAuthorityEndsOn) ? { legalAuthorityEndsOn: str(a.legalAuthorityEndsOn) } : {}),
  });
}
