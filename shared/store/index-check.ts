import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { attributesOf } from './table.js';

type QueryInput = Omit<QueryCommandInput, 'TableName'>;

/**
 * Refuses a Query that asks an index for an attribute the index does not carry (TABLE_KEYS). An
 * index with an INCLUDE or KEYS_ONLY projection answers such a read with the attribute missing,
 * and filters as though it were absent: a reader would get half an item, or nothing, and no
 * error. So every index read names what it takes (a ProjectionExpression) and each name, and each
 * name its filter tests, must be projected; a reader wanting whole records uses `queryItems`.
 */
export function checkIndexRead(input: QueryInput): void {
  if (!input.IndexName) return;
  const carried = attributesOf(input.IndexName);
  if (!carried) return;
  if (!input.ProjectionExpression && input.Select !== 'COUNT')
    throw new Error(`a Query on ${input.IndexName} must name its attributes (ProjectionExpression)`);
  const names = input.ExpressionAttributeNames ?? {};
  const missing = [
    ...topLevelNames(input.ProjectionExpression ?? '', names),
    ...topLevelNames(input.FilterExpression ?? '', names),
  ].filter((n) => !carried.has(n));
  if (missing.length)
    throw new Error(
      `${input.IndexName} does not carry ${[...new Set(missing)].join(', ')} (shared/store/table.ts)`,
    );
}

const WORDS = new Set(['and', 'or', 'not', 'between', 'in']);

/** The top-level attribute names an expression reads (`a.b[0]` reads `a`), aliases resolved. */
function topLevelNames(expression: string, aliases: Record<string, string>): string[] {
  const out: string[] = [];
  for (const m of expression.matchAll(/([:#]?[A-Za-z_][A-Za-z0-9_]*)(\s*\()?/g)) {
    const [, token = '', call] = m;
    const before = expression.slice(0, m.index).trimEnd().at(-1);
    if (token.startsWith(':') || call || before === '.' || WORDS.has(token.toLowerCase())) continue;
    out.push(token.startsWith('#') ? (aliases[token] ?? token) : token);
  }
  return out;
}
