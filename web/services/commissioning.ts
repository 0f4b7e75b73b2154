import type { paths } from '../../shared/contract/client.js';
import { ApiProblem, asProblem } from '../api.js';
import { dataOf, type TypedClient } from './client.js';

/** The departments' figures (GET /v1/capacity, /v1/usage, /v1/demand), typed from openapi.json. */

/** An operation's JSON answer (its CSV rendering is asked for apart, by figuresCsv). */
type JsonOf<P extends '/v1/capacity'> = paths[P]['get']['responses'][200]['content']['application/json'];
export type Capacity = JsonOf<'/v1/capacity'>;
/** As openapi-fetch types the answer (it reads a suppressed Figure's `value: null` as absent). */
export type Usage = Awaited<ReturnType<typeof usage>>;
export type Demand = Awaited<ReturnType<typeof demand>>;

/** The JSON of an answer that could also have been CSV: a string here means the API ignored Accept. */
function json<T>(data: T | string): T {
  if (typeof data === 'string') throw new ApiProblem(asProblem({ status: 406, body: undefined }));
  return data;
}
export interface Period {
  from?: string;
  to?: string;
}

export async function capacity(client: TypedClient): Promise<Capacity> {
  return json(dataOf(await client.GET('/v1/capacity')));
}

export async function usage(client: TypedClient, period: Period) {
  return json(dataOf(await client.GET('/v1/usage', { params: { query: period } })));
}

export async function demand(client: TypedClient, period: Period) {
  return json(dataOf(await client.GET('/v1/demand', { params: { query: period } })));
}

/** The same tables as CSV (the API's own `Accept: text/csv`), or ApiProblem. */
export async function figuresCsv(
  client: TypedClient,
  name: 'capacity' | 'usage' | 'demand',
  period: Period = {},
): Promise<string> {
  const options = { headers: { accept: 'text/csv' }, parseAs: 'text' as const };
  const result =
    name === 'capacity'
      ? await client.GET('/v1/capacity', options)
      : await client.GET(`/v1/${name}`, { ...options, params: { query: period } });
  const type = result.response.headers.get('content-type') ?? '';
  if (result.response.ok && /text\/csv/.test(type) && typeof result.data === 'string') return result.data;
  // A JSON answer where CSV was asked for is as unusable to the download as a problem.
  throw new ApiProblem(
    asProblem({ status: result.response.ok ? 406 : result.response.status, body: result.error }),
  );
}
