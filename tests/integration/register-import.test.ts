import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerImport } from '../../scripts/register-import.js';
import type { SeedUnit } from '../../shared/data/register.js';
import type { Store } from '../../shared/store/index.js';
import { seedUnits } from '../../shared/store/seed.js';
import { FIXTURE_UNITS, testStore } from '../support/app.js';
import { readCounters, recountBeds } from '../support/recount.js';

const now = new Date('2026-11-25T09:00:00Z');
const SAMPLE = new URL('../../docs/samples/register-import.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'register-import-'));
let store: Store;

beforeAll(async () => {
  store = await testStore();
  await seedUnits(store.db, FIXTURE_UNITS, { now, profile: 'free' });
});

/** Runs the import as `npm run register:import` would, and what it printed. */
async function run(...args: string[]) {
  const lines: string[] = [];
  const code = await registerImport({ store, args, now, by: 'test', print: (l) => lines.push(l) });
  return { code, lines, out: lines.join('\n') };
}

/** Writes a CSV with the sample's header and the given rows. */
const HEADER =
  'id,name,providerId,providerName,kind,wardType,laCode,regionCode,lat,lon,ofstedUrn,odsCode,ageMin,ageMax,sexes,specialisms,status,statusReason,statusSince,source,asOf,verified,unverified,dutyPhone,dutyEmail,dutyHours,illustrative,beds';
function csv(name: string, ...rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
}
/** fx-leeds as the fixture has it, with the cells given changed. */
function leeds(over: Record<string, string> = {}): string {
  const fx = FIXTURE_UNITS.find((u) => u.id === 'fx-leeds') as SeedUnit;
  const cells: Record<string, string> = {
    id: fx.id,
    name: fx.name,
    providerId: fx.providerId,
    providerName: fx.providerName,
    kind: fx.kind,
    laCode: fx.laCode,
    regionCode: fx.regionCode,
    lat: String(fx.location.lat),
    lon: String(fx.location.lon),
    ageMin: String(fx.ageRange.min),
    ageMax: String(fx.ageRange.max),
    sexes: fx.sexes.join(';'),
    specialisms: fx.specialisms.join(';'),
    status: 'open',
    source: 'Illustrative test fixture',
    asOf: '2026-11-01',
    verified: 'false',
    unverified: 'specialisms',
    illustrative: 'true',
    beds: 'welfare:DfE*3; justice:MoJ*2',
    ...over,
  };
  return HEADER.split(',')
    .map((c) => {
      const v = cells[c] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}

/** Every item of the table, to see that a run changed nothing at all. */
async function everything() {
  const out = await store.db.client.send(
    new (await import('@aws-sdk/client-dynamodb')).ScanCommand({ TableName: store.db.tableName }),
  );
  return (out.Items ?? []).map((i) => JSON.stringify(i)).sort();
}

describe('npm run register:import', () => {
  it('loads the sample: units, beds and counters as POST /v1/units makes them, each audited', async () => {
    const r = await run(SAMPLE);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('created 2, updated 0, unchanged 0');
    const ward = await store.units.getUnit('sample-ward-ne');
    expect(ward).toMatchObject({
      kind: 'cypmhs_inpatient',
      wardType: 'general_adolescent',
      status: 'paused',
      statusSince: '2026-10-15T00:00:00.000Z',
      capacity: 6,
      dutyContact: null,
      provenance: { verified: false, unverified: ['specialisms', 'capacity', 'wardType'] },
    });
    const home = await store.units.getUnit('sample-home-leeds');
    expect(home?.dutyContact).toEqual({
      phone: '01632 960 001',
      email: 'duty@example.org',
      hours: '24 hours',
    });
    expect(home?.capacity).toBe(7);
    const ids = ['sample-home-leeds', 'sample-ward-ne'];
    expect(await readCounters(store, ids, now)).toEqual(await recountBeds(store, ids, now));
    const trail = await store.audit.forEntity('sample-home-leeds', 10);
    expect(trail.items.map((e) => [e.action, e.actor.sub])).toEqual([
      ['unit.created', 'register-import:test'],
    ]);
  });

  it('changes nothing when run again with the same file', async () => {
    const before = await everything();
    const r = await run(SAMPLE);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('created 0, updated 0, unchanged 2');
    expect(await everything()).toEqual(before);
  });

  it('updates an existing unit through the audited PATCH, then leaves it alone', async () => {
    const file = csv(
      'pause.csv',
      leeds({ status: 'paused', statusReason: 'Illustrative: staffing', sexes: 'female' }),
    );
    const r = await run(file);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('created 0, updated 1, unchanged 0: fx-leeds');
    const unit = await store.units.getUnit('fx-leeds');
    expect(unit).toMatchObject({
      status: 'paused',
      statusReason: 'Illustrative: staffing',
      sexes: ['female'],
      version: 2,
    });
    const trail = await store.audit.forEntity('fx-leeds', 10);
    expect(trail.items.at(-1)).toMatchObject({ action: 'unit.updated' });
    const before = await everything();
    expect((await run(file)).out).toContain('created 0, updated 0, unchanged 1');
    expect(await everything()).toEqual(before);
  });

  it('checks the whole file first: every error by row and column, and nothing written', async () => {
    const before = await everything();
    const file = csv(
      'bad.csv',
      leeds({ id: 'new-a', regionCode: 'E12000007' }),
      leeds({ id: 'new-b', ageMin: '17', ageMax: '10' }),
      leeds({ id: 'new-c', beds: 'welfare:Treasury*2' }),
      leeds({ id: 'new-d', lat: 'north' }),
      leeds({ id: 'new-e', dutyPhone: '01632 960 002' }),
      leeds({ id: 'new-a' }),
      leeds({ id: 'fine-f' }),
      leeds({ providerId: 'someone-else', beds: 'welfare:DfE*4' }),
    );
    const r = await run(file);
    expect(r.code).toBe(1);
    for (const expected of [
      'row 2, column regionCode',
      'row 3, column ageMin',
      'row 4, column beds',
      'row 5, column lat',
      'row 6, column dutyEmail',
      'row 7, column id: unit new-a is also on row 2',
      'row 9, column providerId',
      'row 9, column beds',
      'nothing was written',
    ])
      expect(r.out).toContain(expected);
    expect(r.out).not.toContain('row 8');
    expect(await everything()).toEqual(before);
  });

  it('refuses a malformed file, an unknown column and a missing one, writing nothing', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, `${HEADER}\n${leeds({ id: 'new-g' })}\n"unclosed,quote`);
    expect((await run(broken)).out).toContain('line 3: a quoted field is never closed');
    const unknown = join(dir, 'unknown.csv');
    writeFileSync(unknown, `${HEADER},colour\n${leeds({ id: 'new-h' })},blue`);
    const u = await run(unknown);
    expect(u.code).toBe(1);
    expect(u.out).toContain('row 1, column header: unknown column "colour"');
    const missing = join(dir, 'missing.csv');
    writeFileSync(missing, 'id,name\nnew-i,Somewhere');
    expect((await run(missing)).out).toContain('the required column "providerId" is missing');
    expect(await store.units.getUnit('new-g')).toBeUndefined();
    expect(await store.units.getUnit('new-h')).toBeUndefined();
    expect((await run()).code).toBe(2);
  });

  it('shows what it would do with --dry-run, and does none of it', async () => {
    const file = csv(
      'dry.csv',
      leeds({ id: 'dry-j' }),
      leeds({
        status: 'paused',
        statusReason: 'Illustrative: staffing',
        sexes: 'female',
        specialisms: 'self_harm',
      }),
    );
    const before = await everything();
    const r = await run(file, '--dry-run');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('row 2: create dry-j');
    expect(r.out).toContain('row 3: update fx-leeds: specialisms');
    expect(await everything()).toEqual(before);
  });
});
