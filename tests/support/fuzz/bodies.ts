import fc from 'fast-check';
import { MAX_BODY_BYTES } from '../../../shared/http/router.js';
import { baseBody, bodyText, jsonHeaders } from './call.js';
import type { Mutation } from './mutation.js';
import { bodyRefused, fieldPaths, rejects, roundTrip, setAt, shapeOf } from './shapes.js';
import { nested, oddString, oddValue } from './values.js';

/** Breakages of the body: its type, its JSON, its size, its depth, its fields and its bytes. */
export const BODY_MUTATIONS: Mutation[] = [
  {
    name: 'a body that is not JSON by its content type',
    applies: (def) => !!def.body,
    arb: (_def, base) =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/jsonx',
            'application/json-patch+json',
            'text/json',
            'application/xml',
            '*/*',
            '',
          ),
          fc.string({ maxLength: 30 }),
        )
        .filter((t) => (t ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json')
        .map((type) => ({ headers: { 'content-type': type }, body: bodyText(base) })),
  },
  {
    name: 'malformed JSON',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .oneof(
          fc.nat().map((n) => bodyText(base).slice(0, n % Math.max(1, bodyText(base).length))),
          fc
            .tuple(fc.nat(), fc.constantFrom('}', '{', ',', '"', ':', ']', '\\', '\u0000', "'", 'NaN'))
            .map(([n, c]) => {
              const t = bodyText(base);
              const i = n % (t.length + 1);
              return `${t.slice(0, i)}${c}${t.slice(i)}`;
            }),
          fc.constantFrom(
            `\ufeff${bodyText(base)}`,
            `${bodyText(base)},`,
            `${bodyText(base)}{}`,
            bodyText(base).replaceAll('"', "'"),
            '{"a":1,}',
            '{a:1}',
            '/* */{}',
            'undefined',
            '{"a": NaN}',
            '{"a": Infinity}',
            '{"a": 0x10}',
            '{"a": 01}',
          ),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
        )
        .filter((text) => {
          if (text.trim() === '' || text.trim() === '{}') return false;
          try {
            JSON.parse(text);
            return false;
          } catch {
            return true;
          }
        })
        .map((body) => ({ headers: jsonHeaders, body })),
  },
  {
    name: 'a body over 64 KiB',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .tuple(
          fc.constantFrom('ascii', 'multibyte', 'whitespace', 'array'),
          fc.integer({ min: 1, max: 4096 }),
        )
        .map(([how, extra]) => {
          const over = MAX_BODY_BYTES + extra;
          const body =
            how === 'ascii'
              ? JSON.stringify({ pad: 'x'.repeat(over) })
              : how === 'multibyte'
                ? JSON.stringify({ pad: '€'.repeat(Math.ceil(over / 3)) }) // fewer characters than bytes
                : how === 'whitespace'
                  ? `${bodyText(base)}${' '.repeat(over)}`
                  : JSON.stringify(Array.from({ length: Math.ceil(over / 2) }, () => 0));
          return { headers: jsonHeaders, body };
        }),
  },
  {
    name: 'deep nesting',
    applies: () => true,
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...(fieldPaths(def.body, baseBody(base)).map((p) => p[0]) as string[]), 'nest'),
          fc.integer({ min: 200, max: 9000 }),
          fc.constantFrom('array' as const, 'object' as const),
        )
        .map(([field, depth, kind]) => {
          const marker = '"__DEEP__"';
          const body = JSON.stringify({ ...(baseBody(base) as object), [field]: '__DEEP__' }).replace(
            marker,
            nested(depth, kind),
          );
          return { headers: jsonHeaders, body };
        })
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a field the schema does not know',
    applies: () => true,
    arb: (def, base) =>
      fc
        .tuple(
          fc.oneof(
            oddString,
            fc.constantFrom(
              '__proto__',
              'constructor',
              'prototype',
              'id',
              'status',
              'laCode',
              'role',
              'admin',
            ),
          ),
          oddValue,
        )
        .filter(([name]) => !(name in (shapeOf(def.body) ?? {})))
        .map(([name, value]) => {
          const body = JSON.stringify(baseBody(base))
            .replace(/^\{/, `{${JSON.stringify(name)}:${JSON.stringify(value) ?? 'null'},`)
            .replace(/,\}$/, '}');
          return { headers: jsonHeaders, body };
        })
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a value of the wrong type, range or shape',
    applies: (def, _mode) => !!shapeOf(def.body),
    arb: (def, base) => {
      const paths = fieldPaths(def.body, baseBody(base));
      return fc
        .tuple(fc.constantFrom(...paths), oddValue)
        .map(([path, value]) => roundTrip(setAt(baseBody(base), path, value)))
        .filter((body) => rejects(def.body, body))
        .map((body) => ({ headers: jsonHeaders, body: JSON.stringify(body) }));
    },
  },
  {
    name: 'a number JSON cannot hold or a bare token',
    applies: (def) => !!shapeOf(def.body),
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...fieldPaths(def.body, baseBody(base))),
          fc.constantFrom(
            'NaN',
            'Infinity',
            '-Infinity',
            '1e999',
            '-1e999',
            '0x10',
            '01',
            '.5',
            '+1',
            '1.',
            'undefined',
            'True',
            "'x'",
          ),
        )
        .map(([path, token]) => ({
          headers: jsonHeaders,
          body: JSON.stringify(setAt(baseBody(base), path, '__RAW__')).replace('"__RAW__"', token),
        }))
        .filter((p) => bodyRefused(def, p.body)),
  },
  {
    name: 'a body where none is taken',
    applies: (def) => !def.body,
    arb: (def) =>
      fc
        .jsonValue({ maxDepth: 2 })
        .map((v) => JSON.stringify(v))
        .filter((text) => bodyRefused(def, text))
        .map((body) => ({ headers: jsonHeaders, body })),
  },
  {
    name: 'bytes that are not UTF-8',
    applies: () => true,
    arb: (_def, base) =>
      fc
        .constantFrom(
          [0xff],
          [0xc0, 0xaf],
          [0xed, 0xa0, 0x80],
          [0xe2, 0x82],
          [0xf8, 0x88, 0x80, 0x80, 0x80],
          [0x80],
        )
        .map((bad) => {
          // Inside the first string value, so a lenient decoder would turn it into an accepted U+FFFD.
          const text = bodyText(base);
          const at = text.indexOf('":"') + 3;
          const cut = at > 2 ? at + 2 : 1;
          return {
            headers: jsonHeaders,
            body: Buffer.concat([
              Buffer.from(text.slice(0, cut)),
              Buffer.from(bad),
              Buffer.from(text.slice(cut)),
            ]),
          };
        }),
  },
];
