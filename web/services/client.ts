import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../shared/contract/client.js';
import type { Problem } from '../../shared/contract/schemas.js';
import { type Api, ApiProblem, asProblem, type ProblemKind, problemKind } from '../api.js';

/**
 * The console's typed client: openapi-fetch over the types generated from openapi.json
 * (shared/contract/client.d.ts), with a fetch that hands each request to the same router the
 * Lambdas run, in-process, with the signed-in user's token (web/api.ts). A page that asks for a
 * path, parameter or field the document does not have fails `npm run typecheck`, so the console
 * can't drift from the contract; and what the router answers is what an integrator gets.
 */
export type Schemas = components['schemas'];
export type TypedClient = Client<paths>;

/** Never dialled: the in-process fetch reads only the path and query of each request. */
const IN_PROCESS = 'http://router.in-process';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A `fetch` that answers from the router in-process, as web/api.ts's `call` does. */
function inProcessFetch(api: Api) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.body ? await request.text() : '';
    const reply = await api.call(request.method as Method, url.pathname, {
      query: Object.fromEntries(url.searchParams),
      body: text ? (JSON.parse(text) as unknown) : undefined,
      idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
      ifMatch: request.headers.get('if-match') ?? undefined,
      accept: request.headers.get('accept') ?? undefined,
    });
    // A 204 or an empty answer carries no body (Response refuses one for 204).
    const body = reply.status === 204 || !reply.text ? null : reply.text;
    return new Response(body, { status: reply.status, headers: reply.headers });
  };
}

export function typedClient(api: Api): TypedClient {
  return createClient<paths>({ baseUrl: IN_PROCESS, fetch: inProcessFetch(api) });
}

/**
 * The data of a 2xx answer, or ApiProblem: the one place a service turns a problem+json into the
 * console's ProblemKind (web/api.ts), so no page compares statuses or reads a problem's words.
 */
export function dataOf<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new ApiProblem(
    asProblem({ status: result.response.status, body: result.error as Problem | undefined }),
  );
}

/** Every item of a list, following `nextCursor`, bounded so a runaway list can't hang a page. */
export async function allPages<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor?: string }>,
  maxPages = 10,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** What a change answered: the resource it made or changed, or the problem for the form to show. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: Problem; kind: ProblemKind };

export function outcomeOf<T>(result: { data?: T; error?: unknown; response: Response }): Outcome<T> {
  if (result.response.ok && result.data !== undefined) return { ok: true, data: result.data };
  const problem = asProblem({ status: result.response.status, body: result.error as Problem | undefined });
  return { ok: false, problem, kind: problemKind(problem) };
}

/** A read this user may be refused (403/404): undefined then, rather than the problem page. */
export async function unlessRefused<T>(read: Promise<T>): Promise<T | undefined> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiProblem) return undefined;
    throw error;
  }
}

/**
 * A form's answers as an operation's body. The field names are the document's (a renamed or
 * removed field fails the typecheck); the values are what the person typed, unchecked, because
 * the API is the one judge of them: its 400 names each field, and the page shows that against the
 * input. Checking them here too would only copy its rules and hide its answer.
 */
export function formBody<T extends object>(typed: { [K in keyof T]?: unknown }): T {
  return typed as T;
}
