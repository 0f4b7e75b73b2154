import { z } from 'zod';
import type { RouteDef } from '../../../shared/http/types.js';

// Zod shapes, read from the route table: where a value can go, and whether a schema refuses it.

export type Shape = Record<string, z.ZodType>;
export const shapeOf = (schema: z.ZodType | undefined): Shape | undefined =>
  schema instanceof z.ZodObject ? (schema.shape as Shape) : undefined;

/** Paths into a body where a value can be put: every field, and every field of objects in arrays. */
export function fieldPaths(schema: z.ZodType | undefined, value: unknown, at: (string | number)[] = []) {
  const out: (string | number)[][] = [];
  const shape = shapeOf(schema);
  if (!shape) return out;
  for (const [name, field] of Object.entries(shape)) {
    out.push([...at, name]);
    const inner = unwrap(field);
    const v = (value as Record<string, unknown> | undefined)?.[name];
    if (inner instanceof z.ZodArray && Array.isArray(v) && v.length > 0)
      out.push(...fieldPaths(inner.element as z.ZodType, v[0], [...at, name, 0]));
  }
  return out;
}
function unwrap(t: z.ZodType): z.ZodType {
  const inner = (t.def as { innerType?: z.ZodType }).innerType;
  return inner ? unwrap(inner) : t;
}
export function setAt(value: unknown, path: (string | number)[], v: unknown): unknown {
  const copy: unknown = structuredClone(value ?? {});
  let cursor = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) cursor = cursor[step] as Record<string | number, unknown>;
  cursor[path[path.length - 1] as string | number] = v;
  return copy;
}
/** What the server will see after JSON (NaN → null, -0 → 0, undefined keys dropped). */
export const roundTrip = (v: unknown): unknown => JSON.parse(JSON.stringify(v) ?? 'null');
export const rejects = (schema: z.ZodType | undefined, v: unknown) =>
  !!schema && !schema.safeParse(v).success;

/** Bodies a route must refuse: any schema-invalid JSON; for routes without a body, anything but `{}`. */
export const bodyRefused = (def: RouteDef, text: string) => {
  if (!def.body) return text.trim() !== '' && text.trim() !== '{}';
  try {
    return rejects(def.body, JSON.parse(text));
  } catch {
    return true;
  }
};
