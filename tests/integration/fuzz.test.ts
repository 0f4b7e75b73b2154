import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../shared/http/router.js';
import { ROUTES } from '../../shared/http/routes.js';
import { as, requestBody } from '../support/app.js';
import {
  baseline,
  bodyText,
  type Call,
  key,
  paramNames,
  paramValue,
  SAMPLE_BODY,
} from '../support/fuzz/call.js';
import { brokenBy, brokenCall, usable } from '../support/fuzz/compose.js';
import { setUpWorld } from '../support/fuzz/setup.js';
import { expectRefused, httpSafe, viaFetch, viaHttp, viaRouter } from '../support/fuzz/transport.js';
import { ORG_OF, world } from '../support/fuzz/world.js';
import { expectProblem, snapshot } from '../support/hardening.js';

/**
 * Throws malformed calls at every route of the route table (a new route is fuzzed as soon as it
 * is in ROUTES) through the real router and the real store: each generated call starts from a
 * call the route would accept and breaks it in one to three ways that must each be refused. The
 * answer must be a 4xx problem+json that gives nothing away, and the table must not change.
 */

beforeAll(setUpWorld);
afterAll(() => world.app.stop());

// ---------------------------------------------------------------- the properties

const NAMED = ROUTES.map((def) => [key(def), def] as const);
/**
 * Tuned for two cores: about 1 300 router calls (each followed by a table scan) and 80 over
 * HTTP. FUZZ_SCALE=10 multiplies them all, for a longer hunt before a release.
 */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const RUNS_PER_KIND = 3 * SCALE;
const RUNS_MIXED = 10 * SCALE;
const RUNS_HTTP = 80 * SCALE;

describe('malformed calls through the router', () => {
  it('every baseline the fuzzer breaks is a call its route accepts', () => {
    for (const def of ROUTES) {
      const base = baseline(def);
      if (def.body && SAMPLE_BODY[key(def)])
        expect(def.body.safeParse(JSON.parse(bodyText(base))).success, key(def)).toBe(true);
      if (def.query) expect(def.query.safeParse(Object.fromEntries(base.query)).success, key(def)).toBe(true);
      const values = Object.fromEntries(paramNames(def).map((n) => [n, paramValue(def, n)]));
      if (def.params) expect(def.params.safeParse(values).success, key(def)).toBe(true);
    }
  });

  it.each(NAMED)(
    '%s refuses every broken call with a 4xx problem and changes nothing',
    async (_name, def) => {
      // One scan per call: each is compared with the table as the call before left it, so a
      // call that changes it fails alone, and fast-check's shrinking is judged fairly after it.
      let table = await snapshot(world.app);
      const refusedAndUnchanged = async ({ call, broken }: { call: Call; broken: string[] }) => {
        const before = table;
        try {
          expectRefused(await viaRouter(call), broken);
        } finally {
          table = await snapshot(world.app);
        }
        expect(table, `${broken.join(' + ')} changed the table`).toEqual(before);
      };
      // Every kind of breakage on its own, so none is left to chance; then a few together.
      for (const mutation of usable(def, 'router')) {
        await fc.assert(fc.asyncProperty(brokenBy(def, [mutation], 'router'), refusedAndUnchanged), {
          numRuns: RUNS_PER_KIND,
        });
      }
      await fc.assert(fc.asyncProperty(brokenCall(def, 'router'), refusedAndUnchanged), {
        numRuns: RUNS_MIXED,
      });
      const health = await viaRouter({ method: 'GET', path: '/health', query: [], headers: {} });
      expect(health.status).toBe(200);
    },
    60_000 * SCALE,
  );
});

describe('malformed calls over real HTTP', () => {
  it(
    'the local server refuses broken calls to any route with a 4xx problem and changes nothing',
    async () => {
      const before = await snapshot(world.app);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROUTES).chain((def) => brokenCall(def, 'http')),
          async ({ call, broken }) => {
            fc.pre(httpSafe(call));
            expectRefused(await viaHttp(call), broken);
          },
        ),
        { numRuns: RUNS_HTTP },
      );
      expect(await snapshot(world.app)).toEqual(before);
      expect((await fetch(`${world.app.url}/health`)).status).toBe(200);
    },
    60_000 * SCALE,
  );

  it('a body streamed past 64 KiB is cut off with 413 before it is read in full', async () => {
    const answer = await viaHttp({
      method: 'POST',
      path: '/v1/requests',
      query: [],
      headers: { authorization: `Bearer ${world.tokens.la}`, 'content-type': 'application/json' },
      body: Buffer.alloc(4 * MAX_BODY_BYTES, 0x20),
    });
    expect(answer.status).toBe(413);
    expectProblem(answer, world.app.store.db.tableName);
  });
});

describe('odd but valid text', () => {
  it('a childRef of any printable script or emoji is stored and read back exactly, never a 5xx', async () => {
    const la = as(world.app, 'la', ORG_OF.la);
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
      .map((s) => `${s.replace(/[\s\p{C}]/gu, '')}-7`)
      .filter((s) => s.length <= 64);
    await fc.assert(
      fc.asyncProperty(printable, async (childRef) => {
        const created = await la.post('/v1/requests', requestBody({ childRef }));
        expect(created.status, created.text).toBeLessThan(500);
        if (created.status !== 201) {
          expectProblem(viaFetch(created), world.app.store.db.tableName);
          return;
        }
        const read = await la.get(`/v1/requests/${created.body.id}`);
        expect(read.body.childRef).toBe(childRef);
      }),
      { numRuns: 15 },
    );
  });
});
