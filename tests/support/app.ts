import { randomInt, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { type App, type AppOptions, startApp } from '../../scripts/app.js';
import type { CreateRequestBody } from '../../shared/contract/schemas.js';
import { type SeedBeds, type SeedUnit, streamBeds } from '../../shared/data/register.js';
import { Store } from '../../shared/store/index.js';
import { ensureTable } from '../../shared/store/table.js';
import { checkedRouter, expectConforms } from './contract.js';

export const endpoint = () => inject('dynamoEndpoint');

/** A fresh table name, so test files never see each other's data. */
export const freshTable = () => `test-${randomUUID().slice(0, 8)}`;

/** A store over a brand-new table in the run's DynamoDB Local. */
export async function testStore(faults?: ConstructorParameters<typeof Store>[0]['faults']): Promise<Store> {
  const tableName = freshTable();
  const store = new Store({ tableName, endpoint: endpoint(), faults });
  await ensureTable(store.db.client, tableName);
  return store;
}

/** The whole app (router, store, console) on a free port over a fresh table, silent. */
export function testApp(o: AppOptions = {}): Promise<App> {
  return startApp({
    endpoint: endpoint(),
    tableName: freshTable(),
    port: 0,
    logLevel: 'SILENT',
    seedProfile: 'free',
    seed: FIXTURE_UNITS,
    // Every answer the console receives in-process is held to openapi.json too (./contract.ts).
    consoleRouter: checkedRouter,
    ...o,
  });
}

/**
 * A seed unit for tests (illustrative, not a real home): a secure children's home in Leeds for
 * 10 to 17 year olds of either sex, with the id, provider and beds given and anything else changed.
 */
export const fixtureUnit = (
  over: Partial<SeedUnit> & Pick<SeedUnit, 'id' | 'providerId' | 'beds'>,
): SeedUnit => ({
  name: `Fixture unit ${over.id} (illustrative)`,
  providerName: `Fixture provider ${over.providerId}`,
  kind: 'secure_childrens_home',
  laCode: 'E08000035',
  regionCode: 'E12000003',
  location: { lat: 53.8, lon: -1.55 },
  ofstedUrn: null,
  odsCode: null,
  ageRange: { min: 10, max: 17 },
  sexes: ['female', 'male'],
  specialisms: [],
  illustrative: true,
  ...over,
});

/** Where the fixture ward is and whom it takes: a tier 4 ward in Birmingham for girls of 12 to 17. */
export const WARD_SITE = {
  kind: 'cypmhs_inpatient',
  laCode: 'E08000025',
  regionCode: 'E12000005',
  location: { lat: 52.48, lon: -1.9 },
  ageRange: { min: 12, max: 17 },
  sexes: ['female'],
} satisfies Partial<SeedUnit>;

/** Illustrative fixture units (not the real register): small, predictable, all beds free. */
export const FIXTURE_UNITS: SeedUnit[] = [
  fixtureUnit({
    id: 'fx-leeds',
    name: 'Fixture home, Leeds (illustrative)',
    providerId: 'fx-provider-a',
    providerName: 'Fixture provider A',
    specialisms: ['self_harm', 'absconding'],
    beds: streamBeds({ welfare: 3, justice: 2 }),
  }),
  fixtureUnit({
    id: 'fx-exeter',
    name: 'Fixture home, Exeter (illustrative)',
    providerId: 'fx-provider-b',
    providerName: 'Fixture provider B',
    laCode: 'E10000008',
    regionCode: 'E12000009',
    location: { lat: 50.72, lon: -3.53 },
    specialisms: ['violence'],
    beds: streamBeds({ welfare: 2 }),
  }),
  fixtureUnit({
    id: 'fx-ward',
    name: 'Fixture ward (illustrative)',
    providerId: 'fx-provider-c',
    providerName: 'Fixture provider C',
    ...WARD_SITE,
    specialisms: ['eating_disorder', 'self_harm'],
    beds: streamBeds({ mental_health: 2 }),
  }),
];

/** The fixture units with the beds of those named replaced: room for a test's many holds. */
export const fixtureUnitsWithBeds = (unitIds: readonly string[], beds: SeedBeds[]): SeedUnit[] =>
  FIXTURE_UNITS.map((u) => (unitIds.includes(u.id) ? { ...u, beds } : u));

export interface Res<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/**
 * fetch, sent once more if the connection closed before any answer came. The server closes a
 * kept-alive connection after 5 s idle and tells the client so; on a starved machine the client
 * can still pick that connection up as it closes (ECONNRESET / "other side closed"). Sending again
 * is what the contract makes safe (every creating POST carries its Idempotency-Key), and a server
 * that really drops the call drops it twice, so the test still fails.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

/** A small API client that signs in through POST /local/token, as any user would locally. */
export class Client {
  private token?: string;
  /** `base` may be a function: a client made before its test file's app starts reads it on first call. */
  constructor(
    private readonly baseOf: string | (() => string),
    readonly role?: string,
    readonly org?: string,
  ) {}

  get base(): string {
    return typeof this.baseOf === 'string' ? this.baseOf : this.baseOf();
  }

  async auth(): Promise<string | undefined> {
    if (!this.role) return undefined;
    if (!this.token) {
      const r = await send(`${this.base}/local/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: this.role, org: this.org }),
      });
      this.token = ((await r.json()) as { token: string }).token;
    }
    return this.token;
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res<T>> {
    const token = await this.auth();
    const h: Record<string, string> = { ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    // A creating POST needs an Idempotency-Key (SPEC, 428): give each call its own unless the
    // test chose one; `'idempotency-key': ''` sends none, to test the 428.
    if (method === 'POST' && h['idempotency-key'] === undefined) h['idempotency-key'] = `t-${randomUUID()}`;
    if (h['idempotency-key'] === '') delete h['idempotency-key'];
    if (body !== undefined && !h['content-type']) h['content-type'] = 'application/json';
    const r = await send(`${this.base}${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await r.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON (CSV) */
    }
    // Contract test: every API answer a test receives must match openapi.json (./contract.ts).
    expectConforms({ method, path: path.split('?')[0] ?? path, status: r.status, headers: r.headers, text });
    return { status: r.status, body: parsed as T, headers: r.headers, text };
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  get = <T = any>(path: string, headers?: Record<string, string>) =>
    this.call<T>('GET', path, undefined, headers);
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.call<T>('POST', path, body ?? {}, headers);
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  put = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.call<T>('PUT', path, body, headers);
  // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
  del = <T = any>(path: string, headers?: Record<string, string>) =>
    this.call<T>('DELETE', path, undefined, headers);
}

export const as = (app: App, role: string, org: string) => new Client(app.url, role, org);

/**
 * The people most test files act as, made before the file's app starts (`appOf` is read on each
 * call): an LA (Birmingham) and another LA (the City of London), the provider of the Leeds fixture
 * home, the national coordinator and a commissioner (DfE).
 */
export function fixtureUsers(appOf: () => App) {
  const user = (role: string, org: string) => new Client(() => appOf().url, role, org);
  return {
    la: user('la', 'E08000025'),
    otherLa: user('la', 'E09000001'),
    provider: user('provider', 'fx-provider-a'),
    coordinator: user('coordinator', 'national'),
    commissioner: user('commissioner', 'DfE'),
  };
}

/**
 * The welfare request the tests ask for (illustrative), less its childRef. Typed by the contract,
 * so that a client written from openapi.json alone takes it as it is.
 */
export const WELFARE_REQUEST = {
  ageYears: 14,
  sex: 'female',
  stream: 'welfare',
  legalBasis: 's25_order',
  needs: ['self_harm'],
  homeLaCode: 'E08000025',
  neededBy: '2026-11-26',
} satisfies Omit<CreateRequestBody, 'childRef'>;

/** A valid request body for the welfare stream, with an illustrative pseudonymous childRef. */
export function requestBody(over: Record<string, unknown> = {}) {
  return {
    // Digits in runs of at most 6 split by one letter: never a name, a date or an NHS number, so the
    // childRef rules can never refuse a fixture by chance (a random hex id sometimes was a date).
    childRef: `case-${randomInt(1_000_000)}q${randomInt(1_000_000)}`,
    ...WELFARE_REQUEST,
    ...over,
  };
}
