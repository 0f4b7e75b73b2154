/**
 * Contract checks: every answer a test receives from the API is held to openapi.json by an
 * independent validator (ajv, JSON Schema 2020-12), as an integrator's client would hold it.
 * Client.call (./app.ts) runs `expectConforms` on each response; a test fails where the server
 * answers a status the document does not list for that operation, a body its schema refuses, or
 * leaves out a header the document says is always there.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Router } from '../../shared/http/router.js';

type Json = Record<string, unknown>;

interface Doc {
  paths: Record<string, Record<string, Json>>;
  components: { responses: Record<string, Json>; headers: Record<string, Json> };
}

const DOC = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as Doc & Json;
const DOC_ID = 'https://secure-beds.example/openapi.json';

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorAt(pointer: string): ValidateFunction {
  const cached = compiled.get(pointer);
  if (cached) return cached;
  if (!ajv) {
    // strict off: the document carries OpenAPI's own keywords (example, x-…) beside the schemas.
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...DOC, $id: DOC_ID });
  }
  const validate = ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
  compiled.set(pointer, validate);
  return validate;
}

const pointerPart = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

const templates = Object.keys(DOC.paths).map((template) => ({
  template,
  pattern: new RegExp(
    `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}|\{\w+\}/g, '[^/]+')}$`,
  ),
}));

function deref(obj: Json): { value: Json; pointer?: string } {
  const ref = obj.$ref as string | undefined;
  if (!ref) return { value: obj };
  const parts = ref.slice(2).split('/');
  let node: unknown = DOC;
  for (const p of parts) node = (node as Json)[p.replaceAll('~1', '/').replaceAll('~0', '~')];
  return { value: node as Json, pointer: ref.slice(1) };
}

export interface Answer {
  method: string;
  /** The path without the query string. */
  path: string;
  status: number;
  headers: Headers;
  text: string;
}

/** Is this path one the document speaks for (the API), rather than a console page? */
export const isApiPath = (path: string) => /^\/(v1|health|local|fhir)(\/|$)/.test(path);

/** What is wrong with one answer, measured against openapi.json; empty when it conforms. */
export function contractViolations(a: Answer): string[] {
  const where = `${a.method} ${a.path} → ${a.status}`;
  const found = templates.find((t) => t.pattern.test(a.path));
  const item = found ? DOC.paths[found.template] : undefined;
  const op = item?.[a.method.toLowerCase()];
  let response: Json;
  let pointer: string;
  if (!op) {
    // Unknown path (404) or method (405): the shared problem answers.
    if (a.status === 404 && !item) {
      return bodyViolations(where, a, validatorAt('/components/schemas/Problem'), 'application/problem+json');
    }
    if (a.status !== 405 || !item) return [`${where}: the document has no such operation`];
    response = DOC.components.responses.MethodNotAllowed as Json;
    pointer = '/components/responses/MethodNotAllowed';
  } else {
    const raw = (op.responses as Record<string, Json>)[String(a.status)];
    if (!raw) return [`${where}: status not documented for this operation`];
    const resolved = deref(raw);
    response = resolved.value;
    pointer =
      resolved.pointer ??
      `/paths/${pointerPart(found?.template ?? '')}/${a.method.toLowerCase()}/responses/${a.status}`;
  }
  const problems: string[] = [];
  for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
    const h = deref(header).value;
    if (h.required && !a.headers.has(name)) problems.push(`${where}: header ${name} is missing`);
  }
  const content = (response.content ?? {}) as Record<string, Json>;
  const type = (a.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (!a.text) return problems;
  if (!content[type]) return [...problems, `${where}: content-type ${type || '(none)'} not documented`];
  if (!/json/.test(type)) return problems;
  const schemaPointer = `${pointer}/content/${pointerPart(type)}/schema`;
  return [...problems, ...bodyViolations(where, a, validatorAt(schemaPointer), type)];
}

function bodyViolations(where: string, a: Answer, validate: ValidateFunction, type: string): string[] {
  const actual = (a.headers.get('content-type') ?? '').split(';')[0]?.trim();
  if (actual !== type) return [`${where}: content-type ${actual} where ${type} is documented`];
  let body: unknown;
  try {
    body = JSON.parse(a.text);
  } catch {
    return [`${where}: body is not JSON`];
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(
    (e) => `${where}: body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
  );
}

/** Fails the test (throws) when an answer breaks the document. */
export function expectConforms(a: Answer): void {
  if (!isApiPath(a.path)) return;
  const violations = contractViolations(a);
  if (violations.length) {
    throw new Error(
      `The answer breaks openapi.json:\n${violations.slice(0, 10).join('\n')}\n${a.text.slice(0, 500)}`,
    );
  }
}

/**
 * The console calls the router in-process (web/api.ts), so its answers never cross HTTP where
 * Client.call would see them. testApp wraps the console's router with this (AppOptions
 * consoleRouter): each answer is held to openapi.json like any other, and what breaks it is
 * kept for the running test to fail on (takeConsoleViolations), naming the call. The page itself
 * still gets the answer unchanged, so a mismatch fails the test rather than changing the page.
 */
const consoleViolations: string[] = [];

export function checkedRouter(router: Router): Router {
  return {
    routes: router.routes,
    async handle(event) {
      const result = await router.handle(event);
      const headers = new Headers();
      for (const [k, v] of Object.entries(result.headers ?? {})) headers.set(k, String(v));
      consoleViolations.push(
        ...contractViolations({
          method: event.httpMethod,
          path: event.path,
          status: result.statusCode,
          headers,
          text: result.body,
        }).map((v) => `console: ${v}`),
      );
      return result;
    },
  };
}

/** What the console has received that breaks the document since the last call (and forgets it). */
export function takeConsoleViolations(): string[] {
  return consoleViolations.splice(0);
}
