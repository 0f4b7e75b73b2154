/**
 * "Ask for a secure bed": one question per page, then check your answers, then POST /v1/requests.
 * Each page checks its answer with the contract's own schemas and the domain's childRef rule, so
 * people hear about a mistake on the page that made it; the API still judges the whole request,
 * and anything it refuses comes back to the check page as an error summary.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { LEGAL_BASES_BY_STREAM, Need, Sex, Stream } from '../../shared/contract/enums.js';
import { ChildRef, CreateRequestBody, IsoDate, type Request } from '../../shared/contract/schemas.js';
import { LOCAL_AUTHORITIES } from '../../shared/data/local-authorities.js';
import { localAuthority } from '../../shared/data/lookup.js';
import { childRefProblem } from '../../shared/domain/child-ref.js';
import { asProblem } from '../api.js';
import { errorsFromProblem, type FieldSpec, fieldError } from '../form-errors.js';
import {
  formatDate,
  isoFromParts,
  isRealDate,
  LEGAL_BASIS_LABELS,
  labelOf,
  laName,
  missingDateParts,
  NEED_LABELS,
  partsFromIso,
  SEX_LABELS,
  STREAM_HINTS,
  STREAM_LABELS,
} from '../format.js';
import { backWithErrors, type PageContext, type PageRoute, page, redirect, withNotice } from '../page.js';
import { addDraft, type Draft } from '../session.js';

type Key =
  | 'childRef'
  | 'ageYears'
  | 'sex'
  | 'stream'
  | 'legalBasis'
  | 'needs'
  | 'homeLaCode'
  | 'neededBy'
  | 'legalAuthorityEndsOn';

interface Item {
  value: string;
  text: string;
  hint?: string;
}

interface Question {
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

const str = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
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

function basesFor(d: Draft) {
  const stream = Stream.safeParse(d.answers.stream);
  return stream.success ? LEGAL_BASES_BY_STREAM[stream.data] : [];
}

/** The API's words for each body field, for errors that come back from POST /v1/requests. */
const SPECS: Record<string, FieldSpec> = Object.fromEntries(
  QUESTIONS.map((q) => [
    q.key,
    {
      id: q.key,
      label: q.short,
      missing: q.check(q.kind === 'checkboxes' ? [] : '', { answers: {} } as Draft) ?? '',
    },
  ]),
);

const base = (d: Draft) => `/requests/drafts/${d.id}`;

function draftOf(c: PageContext): Draft | undefined {
  return c.session.drafts.get(c.params.draftId ?? '');
}

/** The draft and question a page is for, or where to go instead (a lost draft, a sent one, no such question). */
function openQuestion(c: PageContext): { d: Draft; q: Question } | { redirect: string } {
  const d = draftOf(c);
  if (!d) return { redirect: '/requests/new' };
  if (d.submittedRequestId) return { redirect: `/requests/${d.submittedRequestId}` };
  const q = QUESTIONS.find((x) => x.slug === c.params.slug);
  if (!q) return { redirect: `${base(d)}/${QUESTIONS[0]?.slug}` };
  return { d, q };
}

function firstUnanswered(d: Draft): Question | undefined {
  return QUESTIONS.find((q) => !(q.key in d.answers) && !q.optional);
}

function nextAfter(d: Draft, q: Question, change: boolean): string {
  const missing = firstUnanswered(d);
  if (change) return missing ? `${base(d)}/${missing.slug}?change=1` : `${base(d)}/check`;
  const next = QUESTIONS[QUESTIONS.indexOf(q) + 1];
  return next ? `${base(d)}/${next.slug}` : `${base(d)}/check`;
}

function previous(d: Draft, q: Question, change: boolean): string {
  if (change) return `${base(d)}/check`;
  const i = QUESTIONS.indexOf(q);
  return i > 0 ? `${base(d)}/${QUESTIONS[i - 1]?.slug}` : '/requests';
}

/** The body the API is sent, from the draft's answers. */
export function requestBodyOf(d: Draft): Record<string, unknown> {
  const a = d.answers;
  return {
    childRef: str(a.childRef),
    ageYears: /^\d+$/.test(str(a.ageYears)) ? Number(a.ageYears) : str(a.ageYears),
    sex: str(a.sex),
    stream: str(a.stream),
    legalBasis: str(a.legalBasis),
    needs: list(a.needs),
    homeLaCode: str(a.homeLaCode),
    neededBy: str(a.neededBy),
    ...(str(a.legalAuthorityEndsOn) ? { legalAuthorityEndsOn: str(a.legalAuthorityEndsOn) } : {}),
  };
}

function questionView(c: PageContext, d: Draft, q: Question) {
  const change = c.url.searchParams.get('change') === '1';
  const typed = c.flash.values ?? {};
  const answer = q.key in typed ? typed[q.key] : d.answers[q.key];
  const defaultLa = c.user.role === 'la' ? c.user.org : '';
  const value = q.key === 'homeLaCode' ? str(answer) || defaultLa : str(answer);
  const chosen = list(answer);
  const items = (q.items?.(d) ?? []).map((i) => ({
    value: i.value,
    text: i.text,
    hint: i.hint ? { text: i.hint } : undefined,
    checked: chosen.includes(i.value),
    selected: i.value === value,
  }));
  const date =
    q.kind === 'date'
      ? `${q.key}-day` in typed
        ? {
            day: str(typed[`${q.key}-day`]),
            month: str(typed[`${q.key}-month`]),
            year: str(typed[`${q.key}-year`]),
          }
        : partsFromIso(value)
      : undefined;
  return page('request-question.njk', q.title, {
    backLink: { href: previous(d, q, change) },
    action: `${base(d)}/${q.slug}${change ? '?change=1' : ''}`,
    q: { key: q.key, title: q.title, hint: q.hint, kind: q.kind },
    value,
    items: q.kind === 'select' ? [{ value: '', text: 'Choose a local authority' }, ...items] : items,
    date,
    cancel: '/requests',
  });
}

export const newRequestPages: PageRoute[] = [
  {
    method: 'GET',
    path: '/requests/new',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const draft: Draft = {
        id: randomBytes(9).toString('base64url'),
        idempotencyKey: `request-${randomUUID()}`,
        answers: {},
      };
      addDraft(c.session, draft);
      return redirect(`${base(draft)}/${QUESTIONS[0]?.slug}`);
    },
  },
  {
    method: 'GET',
    path: '/requests/drafts/:draftId/check',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const d = draftOf(c);
      if (!d) return redirect('/requests/new');
      if (d.submittedRequestId) return redirect(`/requests/${d.submittedRequestId}`);
      const missing = firstUnanswered(d);
      if (missing) return redirect(`${base(d)}/${missing.slug}`);
      const last = QUESTIONS[QUESTIONS.length - 1];
      return page('request-check.njk', 'Check your answers before sending the request', {
        backLink: { href: last ? `${base(d)}/${last.slug}` : '/requests' },
        action: `${base(d)}/check`,
        rows: QUESTIONS.map((q) => ({
          key: { text: q.short },
          value: { text: q.show(d.answers[q.key]) },
          actions: {
            items: [
              {
                href: `${base(d)}/${q.slug}?change=1`,
                text: 'Change',
                visuallyHiddenText: q.short.toLowerCase(),
              },
            ],
          },
        })),
      });
    },
  },
  {
    method: 'POST',
    path: '/requests/drafts/:draftId/check',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const d = draftOf(c);
      if (!d) return redirect('/requests/new');
      const body = requestBodyOf(d);
      // The same key every time this draft is sent: a double click, a retry or a back-and-resend
      // gets the first request back instead of making a second.
      const reply = await c.api.call<Request>('POST', '/v1/requests', {
        body,
        idempotencyKey: d.idempotencyKey,
      });
      if (reply.status === 201 || reply.status === 200) {
        const request = reply.body as Request;
        d.submittedRequestId = request.id;
        return withNotice(
          c,
          `/requests/${request.id}`,
          'Request sent',
          `Request for ${request.childRef} has been recorded. Choose a unit below to hold a bed.`,
        );
      }
      const errors = errorsFromProblem(asProblem(reply), SPECS, body);
      // On the check page, each error links to the question that can fix it.
      errors.summary = errors.summary.map((e) => {
        const q = QUESTIONS.find((x) => `#${x.key}` === e.href);
        return q ? { text: e.text, href: `${base(d)}/${q.slug}?change=1` } : e;
      });
      return backWithErrors(c, `${base(d)}/check`, errors);
    },
  },
  {
    method: 'GET',
    path: '/requests/drafts/:draftId/:slug',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const found = openQuestion(c);
      if ('redirect' in found) return found;
      const { d, q } = found;
      if (q.key === 'legalBasis' && basesFor(d).length === 0) return redirect(`${base(d)}/stream`);
      return questionView(c, d, q);
    },
  },
  {
    method: 'POST',
    path: '/requests/drafts/:draftId/:slug',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const found = openQuestion(c);
      if ('redirect' in found) return found;
      const { d, q } = found;
      const change = c.url.searchParams.get('change') === '1';
      const here = `${base(d)}/${q.slug}${change ? '?change=1' : ''}`;
      let value: string | string[];
      let typed: Record<string, string | string[]>;
      if (q.kind === 'date') {
        const [day, month, year] = ['day', 'month', 'year'].map((p) => c.form.get(`${q.key}-${p}`)) as [
          string,
          string,
          string,
        ];
        value = isoFromParts(day, month, year) ?? '';
        typed = { [`${q.key}-day`]: day, [`${q.key}-month`]: month, [`${q.key}-year`]: year };
      } else {
        value = q.kind === 'checkboxes' ? c.form.all(q.key) : c.form.get(q.key);
        typed = { [q.key]: value };
      }
      const problem = q.check(value, d);
      if (problem) {
        // The summary links to the first box of a date, the first option of a choice, or the input.
        const id = q.kind === 'date' ? `${q.key}-day` : q.key;
        return backWithErrors(c, here, fieldError(q.key, problem, `#${id}`), typed);
      }
      d.answers[q.key] = value;
      // A different stream has different legal bases: ask again rather than keep one that no longer fits.
      if (q.key === 'stream' && !(basesFor(d) as readonly string[]).includes(str(d.answers.legalBasis))) {
        delete d.answers.legalBasis;
      }
      return redirect(nextAfter(d, q, change));
    },
  },
];
