import fc from 'fast-check';

// Generators of bad values: odd text and numbers, path segments, cursors.

const ODD_STRINGS = [
  '',
  ' ',
  '..',
  '.',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202eevil',
  'a\u200bb',
  '\ufeffbom',
  '\u2028',
  '😀',
  '👩‍👩‍👧',
  'ﷺ',
  'מזהה-1',
  '𝕏𝕐',
  'İı',
  '\r\nset-cookie: x=1',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '$' + '{jndi:ldap://x/a}',
  '{{7*7}}',
  '../../etc/passwd',
  '=cmd|"/c calc"!A1',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e999',
  'true',
  '__proto__',
  'constructor',
];
export const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.integer({ min: 101, max: 6000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 65, max: 3000 }).map((n) => '𝕏'.repeat(n)),
);
const oddNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 7, 19, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 14.5, 0.1, -2147483649),
  fc.double(),
  fc.integer(),
);
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  oddNumber,
  fc.constantFrom(null, true, false, [], {}, [null], ['self_harm', 'self_harm'], { $gt: '' }),
  fc.jsonValue({ maxDepth: 2 }),
);

export function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const BAD_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%00',
  'a%00b',
  '%2F',
  'a%2Fb',
  '%2f..%2f..%2fetc',
  '%5C',
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%C0%AE',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%E2%80%AE',
  'hold%20id',
  '%3F',
  '%23',
  "'--",
  '*',
  'x'.repeat(101),
  'y'.repeat(5000),
];
export const badSegment = fc.oneof(
  fc.constantFrom(...BAD_SEGMENTS),
  oddString.map((s) => encodeSegment(s)),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[/?#]/g, '%2F')),
);
/** Percent-encodes a string's UTF-8 bytes the way a browser would (lone surrogates become U+FFFD). */
export function encodeSegment(s: string): string {
  return [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
export function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '\u0000';
  }
}

export const BAD_CURSORS: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '!!!', 'null', '%00', 'e30', 'W10', 'bnVsbA', 'MTIz', 'x'.repeat(2049)),
  fc.string({ maxLength: 40 }),
  // Plausible cursors: base64url JSON naming this table's keys, each with a defect that must be refused.
  fc
    .tuple(
      fc.constantFrom(
        'UNITS',
        'REQS',
        'HOLDS',
        'PLACEMENTS',
        'LA#E08000025#REQ',
        'LA#E08000025#HOLD',
        'LA#E08000025#PLACEMENT',
      ),
      fc.constantFrom('gsi1pk', 'gsi2pk', 'gsi3pk', 'pk'),
      fc.oneof(
        fc.constant({}),
        fc.constant({ sk: 'X' }),
        fc.constant({ foo: 'bar' }),
        fc.constant({ sk: '' }),
        fc.constant({ sk: 7 }),
        fc.constant({ sk: { S: 'x' } }),
        fc.constant({ sk: 'x'.repeat(1025) }),
        fc.constant({ __proto__: 'x', sk: 'x' }),
        fc.constant({ a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' }),
      ),
    )
    .map(([value, attr, rest]) =>
      Buffer.from(JSON.stringify({ [attr]: value, ...rest })).toString('base64url'),
    ),
  fc.jsonValue({ maxDepth: 2 }).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
);

/**
 * A list's own cursor with one defect: a key dropped or added, a value DynamoDB would refuse,
 * or the partition swapped for another org's. (Another position in the same partition is a
 * valid cursor, so values are never merely changed.)
 */
export function brokenCursor(real: string | undefined): fc.Arbitrary<string> {
  if (!real) return BAD_CURSORS;
  const start = JSON.parse(Buffer.from(real, 'base64url').toString()) as Record<string, unknown>;
  const names = Object.keys(start);
  const partition = names.find((n) => n.endsWith('pk') && n !== 'pk') ?? 'pk';
  return fc
    .oneof(
      fc.constantFrom(...names).map((drop) => {
        const { [drop]: _dropped, ...rest } = start;
        return rest;
      }),
      fc
        .tuple(
          fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi3sk', 'gsi4pk', 'foo', 'Item'),
          oddValue,
        )
        .filter(([name]) => !names.includes(name))
        .map(([name, value]) => ({ ...start, [name]: value })),
      fc
        .tuple(
          fc.constantFrom(...names),
          fc.constantFrom('', 7, null, { S: 'x' }, ['x'], 'x'.repeat(1025), '\ud800'),
        )
        .map(([name, value]) => ({ ...start, [name]: value })),
      fc
        .constantFrom('LA#E09000001#REQ', 'PROV#fx-provider-b#HOLD', 'UNITS', 'REQS', 'AUDIT#other')
        .filter((p) => p !== start[partition])
        .map((p) => ({ ...start, [partition]: p })),
    )
    .map((broken) => Buffer.from(JSON.stringify(broken)).toString('base64url'));
}
