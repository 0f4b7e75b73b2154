/**
 * "Ask for a secure bed": one question per page, then check your answers, then POST /v1/requests.
 * Each page checks its answer with the contract's own schemas and the domain's childRef rule, so
 * people hear about a mistake on the page that made it; the API still judges the whole request,
 * and anything it refuses comes back to the check page as an error summary.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { errorsFromProblem, fieldError } from '../form-errors.js';
import { isoFromParts, partsFromIso } from '../format.js';
import {
  backWithErrors,
  type Outcome,
  type PageContext,
  type PageRoute,
  page,
  redirect,
  withNotice,
} from '../page.js';
import { createRequest } from '../services/requests.js';
import { addDraft, type Draft } from '../session.js';
import { basesFor, list, QUESTIONS, type Question, requestBodyOf, SPECS, str } from './request-questions.js';

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

/** A route of one question's page: it answers only for a draft still being written and a known question. */
function questionRoute(
  method: PageRoute['method'],
  handle: (c: PageContext, d: Draft, q: Question) => Promise<Outcome>,
): PageRoute {
  return {
    method,
    path: '/requests/drafts/:draftId/:slug',
    roles: ['la', 'coordinator'],
    handle: async (c) => {
      const found = openQuestion(c);
      return 'redirect' in found ? found : handle(c, found.d, found.q);
    },
  };
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
      const made = await createRequest(c.client, body, d.idempotencyKey);
      if (made.ok) {
        const request = made.data;
        d.submittedRequestId = request.id;
        return withNotice(
          c,
          `/requests/${request.id}`,
          // The heading alone: the page names the request, and each line here pushes the first bed down.
          'Request sent',
        );
      }
      const errors = errorsFromProblem(made.problem, SPECS, body);
      // On the check page, each error links to the question that can fix it.
      errors.summary = errors.summary.map((e) => {
        const q = QUESTIONS.find((x) => `#${x.key}` === e.href);
        return q ? { text: e.text, href: `${base(d)}/${q.slug}?change=1` } : e;
      });
      return backWithErrors(c, `${base(d)}/check`, errors);
    },
  },
  questionRoute('GET', async (c, d, q) => {
    if (q.key === 'legalBasis' && basesFor(d).length === 0) return redirect(`${base(d)}/stream`);
    return questionView(c, d, q);
  }),
  questionRoute('POST', async (c, d, q) => {
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
  }),
];
