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
  return guess(schema, all, depth) ?? null;
}

/** Candidate strings per format, tried in turn against the schema's pattern. */
const STRINGS: Record<string, string[]> = {
  date: ['2026-11-26'],
  'date-time': ['2026-11-26T09:30:00Z'],
  email: ['duty@fixture-home.example'],
  uri: ['https://provider.example/hooks/secure-beds'],
};

/** An example, or undefined where none can be made that the schema would accept. */
function guess(schema: Json, all: Record<string, Json>, depth: number): unknown {
  if (depth > 12) return undefined;
  const examples = schema.examples as unknown[] | undefined;
  if (examples?.length) return examples[0];
  if ('const' in schema) return schema.const;
  if (typeof schema.$ref === 'string') {
    const target = all[schema.$ref.slice(REF.length)];
    return target ? guess(target, all, depth + 1) : undefined;
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const union = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (union) {
    // The first branch that can be shown (a value rather than null where both are possible).
    for (const branch of [
      ...union.filter((b) => b.type !== 'null'),
      ...union.filter((b) => b.type === 'null'),
    ]) {
      const value = guess(branch, all, depth + 1);
      if (value !== undefined) return value;
    }
    return undefined;
  }
  switch (schema.type) {
    case 'object': {
      const out: Json = {};
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
        const value = guess(prop, all, depth + 1);
        if (value !== undefined) out[name] = value;
        else if (required.has(name)) return undefined;
      }
      return out;
    }
    case 'array': {
      const item = schema.items as Json | undefined;
      const one = item ? guess(item, all, depth + 1) : undefined;
      const min = (schema.minItems as number | undefined) ?? 0;
      if (one === undefined) return min === 0 ? [] : undefined;
      return [one];
    }
    case 'string': {
      const candidates = [...(STRINGS[schema.format as string] ?? []), 'text'];
      const pattern = schema.pattern as string | undefined;
      return candidates.find((c) => {
        if (!pattern) return true;
        try {
          return new RegExp(pattern, 'u').test(c);
        } catch {
          return false;
        }
      });
    }
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
      return Array.isArray(schema.allOf) ? undefined : null;
  }
}
