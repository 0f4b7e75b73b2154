/**
 * Turns the contract's zod schemas into OpenAPI 3.1 (JSON Schema 2020-12) component schemas.
 *
 * How a schema becomes a named component (`#/components/schemas/Name`):
 * - every zod schema EXPORTED under a capitalised name from a module listed in CONTRACT_MODULES
 *   below is registered under that name (`export const Referral = z.object(...)` → `Referral`);
 * - or give it an id yourself: `z.object({...}).meta({ id: 'Referral', description: '…' })`
 *   (zod's global registry; an id given this way wins over the export name).
 * Anything reached through a named schema is then a `$ref`, never inlined again. Names ending in
 * Query or Path are not components: they become the operation's parameters. Add a module of
 * your own to CONTRACT_MODULES when you start one. A test fails when a route's response or body
 * is an unnamed object, so a new resource can't slip in anonymously.
 *
 * Requests stay strict (unknown fields are refused, `additionalProperties: false`); responses
 * are open (tolerant reader: a client must ignore fields it does not know, so adding one is not a
 * breaking change). Where a schema's input and output shapes differ (defaults, transforms, the
 * open/closed rule) the request side is named `NameInput`.
 */
import * as z from 'zod';
import * as commissioning from './commissioning.js';
import * as enums from './enums.js';
import { EXAMPLES } from './examples.js';
import * as fhir from './fhir.js';
import * as referrals from './referrals.js';
import * as register from './register.js';
import * as schemas from './schemas.js';
import * as unitFacts from './unit-facts.js';

/** The modules whose exported schemas are named components. Add yours here. */
const CONTRACT_MODULES: readonly Record<string, unknown>[] = [
  enums,
  schemas,
  commissioning,
  register,
  unitFacts,
  referrals,
  fhir,
];

export type Json = Record<string, unknown>;

const NOT_COMPONENTS = /(Query|Path|Paging)$/;

let registered = false;
/** Registers every exported schema under its export name, once (an explicit `.meta({ id })` wins). */
function registerComponents(): void {
  if (registered) return;
  registered = true;
  for (const module of CONTRACT_MODULES) {
    for (const [name, value] of Object.entries(module)) {
      if (!(value instanceof z.ZodType) || !/^[A-Z]/.test(name) || NOT_COMPONENTS.test(name)) continue;
      const meta = z.globalRegistry.get(value);
      if (meta?.id) continue;
      try {
        z.globalRegistry.add(value, { ...meta, id: name, ...exampleOf(name) });
      } catch {
        // Another export already holds this name (a re-export under the same name): keep the first.
      }
    }
  }
}

function exampleOf(name: string): Json {
  const example = EXAMPLES[name];
  return example === undefined ? {} : { examples: [example] };
}

/** Component schemas collected while converting, per side; merged by `components()`. */
const collected = { input: new Map<string, Json>(), output: new Map<string, Json>() };

const REF = '#/components/schemas/';
const INPUT_MARK = '@input';

/** Response objects are open: drop `additionalProperties: false` everywhere in an output schema. */
function openUp(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openUp);
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'additionalProperties' && v === false) continue;
      out[k] = openUp(v);
    }
    return out;
  }
  return node;
}

const INT32 = 2 ** 31 - 1;

/** Integers say their width (int32 where the bounds fit, else int64), as generators expect. */
function withFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withFormats);
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = withFormats(v);
    if (out.type === 'integer' && out.format === undefined) {
      const min = (out.minimum as number | undefined) ?? Number.NEGATIVE_INFINITY;
      const max = (out.maximum as number | undefined) ?? Number.POSITIVE_INFINITY;
      out.format = min >= -INT32 - 1 && max <= INT32 ? 'int32' : 'int64';
    }
    return out;
  }
  return node;
}

/**
 * A string a client sends that its schema leaves unbounded is still bounded by the router's
 * 64 KiB body limit: say so, so the document never promises to take more (OWASP API4).
 */
function bounded(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bounded);
  if (node && typeof node === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'examples' ? v : bounded(v);
    if (
      out.type === 'string' &&
      out.maxLength === undefined &&
      out.enum === undefined &&
      out.const === undefined
    )
      out.maxLength = MAX_BODY_CHARS;
    return out;
  }
  return node;
}
const MAX_BODY_CHARS = 65_536;

/** One schema as JSON Schema, its named parts collected as components and referenced. */
export function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  registerComponents();
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, Json>;
  delete json.$defs;
  const mark = io === 'input' ? INPUT_MARK : '';
  const rewrite = (value: unknown): Json => {
    const text = JSON.stringify(withFormats(io === 'output' ? openUp(value) : bounded(value))).replace(
      /"#\/\$defs\/([^"]+)"/g,
      (_m, name: string) => `"${REF}${name}${mark}"`,
    );
    return JSON.parse(text) as Json;
  };
  for (const [name, def] of Object.entries(defs)) collected[io].set(name, rewrite(def));
  return rewrite(json);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The collected components, and the rename that settles each request-side name: `Name` where its
 * input shape equals its output shape (or there is no output), `NameInput` where they differ.
 */
export function components(): { schemas: Record<string, Json>; rename: (text: string) => string } {
  const names = new Map<string, string>();
  for (const [name, def] of collected.input) {
    const out = collected.output.get(name);
    names.set(name, out === undefined || same(stripMarks(def), out) ? name : `${name}Input`);
  }
  const rename = (text: string) =>
    text.replace(
      new RegExp(`"${REF.replaceAll('/', '\\/')}([^"@]+)${INPUT_MARK}"`, 'g'),
      (_m, name: string) => `"${REF}${names.get(name) ?? name}"`,
    );
  const all: Record<string, Json> = Object.fromEntries(collected.output);
  for (const [name, def] of collected.input)
    all[names.get(name) ?? name] = JSON.parse(rename(JSON.stringify(def)));
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
  return { schemas: sorted, rename };
}

function stripMarks(def: Json): Json {
  return JSON.parse(JSON.stringify(def).replaceAll(INPUT_MARK, '')) as Json;
}

/** Forget what was collected (the generator runs once per document). */
export function resetComponents(): void {
  collected.input.clear();
  collected.output.clear();
}
