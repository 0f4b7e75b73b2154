import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { App } from '../../scripts/app.js';
import type { Role } from '../../shared/contract/enums.js';
import { londonDate } from '../../shared/domain/london-time.js';
import { toCsv } from '../../shared/http/csv.js';
import { ROUTES } from '../../shared/http/routes.js';
import { as, Client, type Res, requestBody, testApp } from '../support/app.js';
import {
  type Answer,
  expectNoInternals,
  expectProblem,
  expectSecurityHeaders,
} from '../support/hardening.js';

/**
 * What leaves the service: every API answer carries the browser-hardening headers, an error
 * never shows how the service is built (stack, SDK error names, the table), and the logs
 * carry ids but never a child's details. The app logs at DEBUG here, so that everything it
 * could log is captured.
 */

let app: App;
let la: Client;
let provider: Client;
let coordinator: Client;
const captured: string[] = [];
const spies: MockInstance[] = [];

/** A pseudonymous reference distinctive enough to find anywhere it leaks to (illustrative, not a real child's). */
const CANARY = 'case-zq81canary';

beforeAll(async () => {
  const keep = (chunk: unknown) => {
    captured.push(
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk),
    );
  };
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    spies.push(
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
        keep(chunk);
        return write(chunk as string, ...rest);
      }) as typeof stream.write),
    );
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => keep(args.map(String).join(' '))),
    );
  }
  app = await testApp({ logLevel: 'DEBUG', sweepEverySeconds: 3600 });
  la = as(app, 'la', 'E08000025');
  provider = as(app, 'provider', 'fx-provider-a');
  coordinator = as(app, 'coordinator', 'national');
});
afterAll(async () => {
  await app.stop();
  for (const spy of spies) spy.mockRestore();
});

const answerOf = (r: Res): Answer => ({
  status: r.status,
  headers: Object.fromEntries(r.headers.entries()),
  body: r.text,
});

const ORG_OF: Record<Role, string> = {
  la: 'E08000025',
  provider: 'fx-provider-a',
  coordinator: 'national',
  commissioner: 'DfE',
};

describe('security headers', () => {
  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s answers with nosniff, frame DENY, CSP, HSTS, no-store and no-referrer, signed in or not',
    async (_name, def) => {
      const path = def.path.replace(/\{\w+\}/g, 'fx-leeds');
      const role = def.policy === 'public' ? undefined : def.policy[0];
      const callers = [new Client(app.url)];
      if (role) callers.push(as(app, role, ORG_OF[role]));
      for (const caller of callers) {
        const body = def.body ? {} : undefined;
        const r = await caller.call(def.method, path, body);
        expectSecurityHeaders(Object.fromEntries(r.headers.entries()));
        if (r.status >= 400) expectProblem(answerOf(r), app.store.db.tableName);
      }
    },
  );

  it('a CSV answer, a 404 off the route table and a 405 carry them too', async () => {
    const commissioner = as(app, 'commissioner', 'DfE');
    const csv = await commissioner.get('/v1/capacity', { accept: 'text/csv' });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const nowhere = await la.get('/v1/nowhere');
    const wrongMethod = await la.call('PATCH', '/v1/requests');
    for (const r of [csv, nowhere, wrongMethod])
      expectSecurityHeaders(Object.fromEntries(r.headers.entries()));
    expect(nowhere.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toMatch(/GET/);
  });
});

describe('error bodies give nothing away', () => {
  /** Store failures as raw as they come: SDK names, the table's name and ARN in the message, a stack. */
  const failures = () => {
    const table = app.store.db.tableName;
    const arn = `arn:aws:dynamodb:eu-west-2:123456789012:table/${table}`;
    const sdk = (name: string, message: string) =>
      Object.assign(new Error(message), { name, $fault: 'client' });
    return [
      sdk('ResourceNotFoundException', `Requested resource not found: Table: ${table} not found`),
      sdk(
        'ValidationException',
        `One or more parameter values were invalid: Missing the key pk in the item (${arn})`,
      ),
      sdk('ConditionalCheckFailedException', `The conditional request failed on ${table}`),
      sdk(
        'AccessDeniedException',
        `User is not authorized to perform: dynamodb:TransactWriteItems on resource: ${arn}`,
      ),
      new TypeError(`Cannot read properties of undefined (reading '${table}')`),
    ];
  };

  it('a store failure of any kind answers a bare 503 or 500 problem, without its name, message, table or stack', async () => {
    for (const failure of failures()) {
      app.store.db.faults = () => failure;
      try {
        const answers = [
          await la.post('/v1/requests', requestBody({ childRef: CANARY })),
          await coordinator.get('/v1/requests'),
          await provider.get('/v1/units/fx-leeds/beds'),
        ];
        for (const r of answers) {
          expect(r.status, r.text).toBeGreaterThanOrEqual(500);
          const problem = expectProblem(answerOf(r), app.store.db.tableName);
          expect(['unavailable', 'internal']).toContain(problem.code);
          expect(r.text).not.toContain(failure.message);
          expect(r.text).not.toContain(failure.name);
          expect(r.text).not.toContain(CANARY);
        }
      } finally {
        app.store.db.faults = undefined;
      }
    }
  });

  it('a refused request does not echo the child’s details back in the problem', async () => {
    const r = await la.post(
      '/v1/requests',
      requestBody({ childRef: CANARY, ageYears: 99, homeLaCode: 'E99999999' }),
    );
    expect(r.status).toBe(400);
    expectProblem(answerOf(r), app.store.db.tableName);
    expect(r.text).not.toContain(CANARY);
    expectNoInternals(r.text, app.store.db.tableName);
  });
});

describe('logs carry ids, never child details', () => {
  it('a request’s whole journey, its failures included, never writes its childRef to the log', async () => {
    captured.length = 0;
    const created = await la.post('/v1/requests', requestBody({ childRef: CANARY }));
    expect(created.status).toBe(201);
    const requestId = created.body.id as string;
    await la.get(`/v1/requests/${requestId}`);
    await la.get(`/v1/requests/${requestId}/matches`);
    await la.get('/v1/requests');
    const hold = await la.post('/v1/holds', { requestId, unitId: 'fx-leeds' });
    expect(hold.status).toBe(201);
    await provider.get(`/v1/requests/${requestId}`);
    const placement = await provider.post(`/v1/holds/${hold.body.id}/accept`, {});
    expect(placement.status).toBe(201);
    expect(placement.body.childRef).toBe(CANARY);
    await la.get(`/v1/placements/${placement.body.id}`);
    await provider.post(`/v1/placements/${placement.body.id}/step-down-ready`, {
      readyFrom: londonDate(new Date()),
      plannedDestination: 'foster_care',
    });
    await provider.post(`/v1/placements/${placement.body.id}/discharge`, { destination: 'home' });
    // Failures log more than successes: a refused body, and a store failure mid-create.
    await la.post('/v1/requests', requestBody({ childRef: CANARY, ageYears: 99 }));
    await la.post('/v1/requests', `{"childRef":"${CANARY}",`);
    app.store.db.faults = () =>
      Object.assign(new Error(`cannot write ${CANARY}`), { name: 'InternalServerError' });
    const failed = await la.post('/v1/requests', requestBody({ childRef: CANARY }));
    app.store.db.faults = undefined;
    expect(failed.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the outbox relay log its notifications

    const log = captured.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(CANARY);
    const lines = log.split('\n').flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    const requests = lines.filter((l) => l.message === 'request');
    expect(requests.length).toBeGreaterThan(10);
    for (const l of requests) expect(l.requestId).toEqual(expect.any(String));
    const held = lines.find((l) => l.message === 'hold created');
    expect(held).toMatchObject({ holdId: hold.body.id, requestId, unitId: 'fx-leeds' });
    expect(lines.find((l) => l.message === 'store unavailable')).toMatchObject({
      status: 503,
      level: 'WARN',
    });
  });
});

/** RFC 4180, as a spreadsheet reads it: quoted cells, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV answers', () => {
  it('no CSV cell can start a formula, whatever text it holds', () => {
    const risky = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ','), fc.string()).map(([a, b]) => a + b),
      fc.constantFrom(
        '=HYPERLINK("http://x","y")',
        '=cmd|" /C calc"!A0',
        '@SUM(1+1)',
        '-2+3',
        '+1',
        '-5',
        '1e3',
      ),
    );
    fc.assert(
      fc.property(fc.array(risky, { maxLength: 8 }), (values) => {
        const cells = readCsv(
          toCsv(
            ['value'],
            values.map((value) => ({ value })),
          ),
        )
          .slice(1)
          .map((r) => r[0] ?? '');
        expect(cells).toHaveLength(values.length);
        cells.forEach((cell, i) => {
          const formulaStart = /^[=+\-@\t\r]/.test(cell);
          // A formula-like cell may only be a plain number (e.g. -5); anything else is defused with a quote.
          expect(!formulaStart || !Number.isNaN(Number(cell)), JSON.stringify(cell)).toBe(true);
          expect([values[i], `'${values[i]}`]).toContain(cell);
        });
      }),
      { numRuns: 300 },
    );
  });
});
