import type { CreateUnitBody, UnitPatchBody } from '../contract/register.js';
import { type CellError, type CsvColumn, headerErrors, rowToUnit } from '../contract/register-csv.js';
import { CsvError, parseCsv } from '../domain/csv.js';
import { unitFactProblems } from '../domain/unit-facts.js';
import { patchUnit } from '../domain/unit-patch.js';
import type { Store } from './index.js';
import type { Actor, BedItem, UnitItem } from './records.js';
import { createUnit } from './register-create.js';

/** An error the file's author can find: its row (the header is row 1) and column. */
interface ImportError {
  row: number;
  column: CsvColumn | 'header' | 'file';
  message: string;
}

type ImportStep =
  | { row: number; kind: 'create'; body: CreateUnitBody }
  | { row: number; kind: 'update'; unit: UnitItem; patch: UnitPatchBody }
  | { row: number; kind: 'unchanged'; id: string };

/** Equal as JSON whatever the order of object keys (stored items and parsed rows order them differently). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/** A unit's beds as a multiset of (streams, contract): what the `beds` column describes. */
const layout = (beds: readonly { eligibleStreams: readonly string[]; contractedTo: string | null }[]) =>
  beds
    .map((b) => `${[...b.eligibleStreams].sort().join('+')}:${b.contractedTo ?? 'pooled'}`)
    .sort()
    .join(',');

/** The fields of a row an existing unit takes by PATCH, when they differ from what it has. */
function patchOf(unit: UnitItem, body: CreateUnitBody): UnitPatchBody {
  const wanted: UnitPatchBody = {
    name: body.name,
    providerName: body.providerName,
    laCode: body.laCode,
    regionCode: body.regionCode,
    location: body.location,
    ofstedUrn: body.ofstedUrn,
    odsCode: body.odsCode,
    wardType: body.wardType,
    status: body.status,
    statusReason: body.statusReason,
    ageRange: body.ageRange,
    sexes: body.sexes,
    specialisms: body.specialisms,
    provenance: body.provenance,
    // The provider keeps its duty contact: empty cells leave it as it is, never clear it.
    ...(body.dutyContact ? { dutyContact: body.dutyContact } : {}),
    ...(body.statusSince ? { statusSince: body.statusSince } : {}),
  };
  const have: Record<string, unknown> = {
    ...unit,
    provenance: { ...unit.provenance, unverified: unit.provenance?.unverified ?? [] },
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([k, v]) => canonical(v) !== canonical(have[k] ?? null)),
  ) as UnitPatchBody;
}

/**
 * Reads and checks the whole file before anything is written: the CSV itself, each row against
 * the API's own schema and the LA list, ids unique in the file, and each existing unit's fixed
 * facts (provider, kind, illustrative, beds) unchanged. Returns every error found, or the plan:
 * what each row will create, change or leave alone.
 */
export async function planImport(
  store: Store,
  text: string,
): Promise<{ errors: ImportError[]; steps: ImportStep[] }> {
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      return { errors: [{ row: 0, column: 'file', message: error.message }], steps: [] };
    throw error;
  }
  const [header, ...data] = rows;
  if (!header || data.length === 0)
    return {
      errors: [{ row: 0, column: 'file', message: 'no rows: a header and one row per unit' }],
      steps: [],
    };
  const names = header.fields.map((h) => h.trim());
  const errors: ImportError[] = headerErrors(names).map((e) => ({ row: 1, ...e }));
  if (errors.length) return { errors, steps: [] };
  const add = (row: number, list: CellError[]) => errors.push(...list.map((e) => ({ row, ...e })));

  const parsed: { row: number; body: CreateUnitBody }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of data) {
    const cells = Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? '']));
    const out = rowToUnit(cells);
    if (!out.ok) {
      add(r.row, out.errors);
      continue;
    }
    const id = out.body.id as string;
    const dup = firstRowOf.get(id);
    if (dup) add(r.row, [{ column: 'id', message: `unit ${id} is also on row ${dup}: one row per unit` }]);
    else firstRowOf.set(id, r.row);
    add(
      r.row,
      unitFactProblems(out.body, '').map((p) => ({ column: p.field as CsvColumn, message: p.message })),
    );
    parsed.push({ row: r.row, body: out.body });
  }

  const steps: ImportStep[] = [];
  for (const { row, body } of parsed) {
    const id = body.id as string;
    const unit = await store.units.getUnit(id);
    if (!unit) {
      steps.push({ row, kind: 'create', body });
      continue;
    }
    const fixed: [CsvColumn, unknown, unknown][] = [
      ['providerId', unit.providerId, body.providerId],
      ['kind', unit.kind, body.kind],
      ['illustrative', unit.illustrative, body.illustrative],
    ];
    for (const [column, has, wants] of fixed)
      if (has !== wants)
        add(row, [
          { column, message: `${id} has ${String(has)}: the import does not change it (${String(wants)})` },
        ]);
    const beds: BedItem[] = await store.units.listBeds(id);
    if (layout(beds) !== layout(body.beds))
      add(row, [
        {
          column: 'beds',
          message: `${id} has other beds (${beds.length}); change beds with PUT /v1/units/${id}/beds, not the import`,
        },
      ]);
    const patch = patchOf(unit, body);
    steps.push(
      Object.keys(patch).length ? { row, kind: 'update', unit, patch } : { row, kind: 'unchanged', id },
    );
  }
  errors.sort((a, b) => a.row - b.row);
  return { errors, steps: errors.length ? [] : steps };
}

/**
 * Writes a checked plan, one audited transaction per unit (a new unit whole; a change through
 * the same PATCH the API makes, on condition that the unit is still the version read). A unit
 * changed by someone else meanwhile stops the run; running the file again finishes it, since
 * rows already applied are then unchanged.
 */
export async function applyImport(
  store: Store,
  steps: readonly ImportStep[],
  actor: Actor,
  now: Date,
): Promise<{ created: string[]; updated: string[]; unchanged: string[] }> {
  const out = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
  for (const step of steps) {
    if (step.kind === 'create') {
      out.created.push((await createUnit(store.db, step.body, actor, now)).unit.id);
    } else if (step.kind === 'update') {
      const decision = patchUnit(step.unit, step.patch, step.unit.version, now);
      await store.register.patchUnit(step.unit, decision, actor, now);
      out.updated.push(step.unit.id);
    } else out.unchanged.push(step.id);
  }
  return out;
}
