import fc from 'fast-check';
import { baseBody, jsonHeaders, key, SAMPLE_BODY } from './call.js';
import type { Mutation } from './mutation.js';
import { fieldPaths, setAt } from './shapes.js';
import { oddString } from './values.js';

/** Breakages of what makes a write safe to repeat or to apply: Idempotency-Key, If-Match, ETags. */
export const PRECONDITION_MUTATIONS: Mutation[] = [
  {
    name: 'a bad Idempotency-Key',
    applies: (def) => !!def.idempotent,
    arb: () =>
      fc
        .oneof(oddString, fc.constantFrom('', ' ', 'a b', 'k/1', 'k?1', 'x'.repeat(129), 'ключ', 'k\t1'))
        .filter((k) => !/^[A-Za-z0-9._:-]{1,128}$/.test(k))
        .map((k) => ({ headers: { 'idempotency-key': k } })),
  },
  {
    name: 'a bad If-Match',
    applies: (def) => !!def.ifMatch,
    arb: () =>
      fc
        .oneof(
          fc.constant(undefined),
          fc.constantFrom(
            '',
            ' ',
            '*',
            '"2"',
            'W/"2"',
            '"0"',
            '"999999999"',
            '"1234567890"',
            '"-1"',
            '"1", "2"',
            'W/ "1"',
            '"1',
            '1"2',
            '"0x1"',
            '"1.0"',
            '"١"',
          ),
          oddString,
        )
        .filter((v) => {
          const m = v === undefined ? null : /^(?:W\/)?"?(\d{1,9})"?$/.exec(v.trim());
          return !m || Number(m[1]) !== 1;
        })
        .map((v) => ({ headers: { 'if-match': v } })),
  },
  {
    name: 'a stale or garbage ETag in the body',
    applies: (def, _mode) =>
      fieldPaths(def.body, SAMPLE_BODY[key(def)]?.()).some((p) => p[p.length - 1] === 'etag'),
    arb: (def, base) =>
      fc
        .tuple(
          fc.constantFrom(...fieldPaths(def.body, baseBody(base)).filter((p) => p[p.length - 1] === 'etag')),
          fc.oneof(
            fc.constantFrom('"2"', 'W/"7"', '*', '"x"', '"0"', '"1', 'abc'),
            fc.string({ minLength: 1, maxLength: 40 }),
          ),
        )
        .filter(([, etag]) => {
          const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(etag.trim());
          return !m || Number(m[1]) !== 1;
        })
        .map(([path, etag]) => ({
          headers: jsonHeaders,
          body: JSON.stringify(setAt(baseBody(base), path, etag)),
        })),
  },
];
