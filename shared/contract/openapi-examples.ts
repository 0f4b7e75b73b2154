import type { Json } from './openapi-schemas.js';

const REF = '#/components/schemas/';

/**
 * An example value for a JSON Schema, built from the examples written in shared/contract/
 * examples.ts (carried on the components as `examples`) and, where there are none, from the
 * schema itself: the first enum value, a plausible date or number, every property of an object.
 * Values that only a person can choose (ids, GSS codes) come from the written examples, since a
 * pattern can't be guessed. The document's test validates every example it ends up with.
 */
export function exampleFor(schema: Json, all: Record<string, Json>, depth = 0): unknown {
  if (depth > 12) return null;
  const examples = schema.examples as unknown[] | undefined;
  if (examples?.length) return examples[0];
  if ('const' in schema) return schema.const;
  if (typeof schema.$ref === 'string') {
    const target = all[schema.$ref.slice(REF.length)];
    return target ? exampleFor(target, all, depth + 1) : null;
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) {
    // Prefer the non-null branch (an example should show the value), unless that branch is a
    // pattern no example was written for: a made-up value would not match it, null always does.
    const guessable = (s: Json) => s.type !== 'null' && !(s.type === 'string' && s.pattern && !s.examples);
    const first = union.find(guessable) ?? union.find((s) => s.type === 'null') ?? union[0];
    return first ? exampleFor(first, all, depth + 1) : null;
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...(schema.allOf as Json[]).map((s) => exampleFor(s, all, depth + 1)));
  }
  switch (schema.type) {
    case 'object': {
      const out: Json = {};
      const props = (schema.properties ?? {}) as Record<string, Json>;
      for (const [name, prop] of Object.entries(props)) out[name] = exampleFor(prop, all, depth + 1);
      return out;
    }
    case 'array': {
      const min = (schema.minItems as number | undefined) ?? 1;
      const item = schema.items as Json | undefined;
      if (!item) return [];
      const one = exampleFor(item, all, depth + 1);
      return Array.from({ length: Math.max(1, Math.min(min, 3)) }, () => one).slice(
        0,
        (schema.maxItems as number | undefined) ?? 3,
      );
    }
    case 'string':
      if (schema.format === 'date') return '2026-11-26';
      if (schema.format === 'date-time') return '2026-11-26T09:30:00Z';
      return 'text';
    case 'integer':
    case 'number': {
      // A small, plausible count, kept inside the schema's bounds.
      const min = (schema.minimum as number | undefined) ?? Number.NEGATIVE_INFINITY;
      const max = (schema.maximum as number | undefined) ?? Number.POSITIVE_INFINITY;
      return Math.min(Math.max(3, min), max);
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}
