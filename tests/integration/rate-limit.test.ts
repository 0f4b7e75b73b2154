import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../scripts/app.js';
import { ADDRESS_FACTOR } from '../../shared/http/router.js';
import { testApp } from '../support/app.js';

/**
 * RATE_LIMIT, requests per second per client, is enforced twice: per address before the token is
 * read (so floods of anonymous or badly signed requests are turned away too), and per user (the
 * token's `sub`) after it (so one busy user does not slow their whole organisation). The app's
 * clock stands still here, so no bucket refills during a test and the counts are exact.
 */

const RATE = 3;
let app: App;
beforeAll(async () => {
  const frozen = new Date('2026-11-20T10:00:00Z');
  app = await testApp({ rateLimit: RATE, clock: () => frozen });
});
afterAll(() => app.stop());

interface Answer {
  status: number;
  code?: string;
  retryAfter?: string;
}

/** A GET sent from one loopback address of our choosing (127.0.0.0/8 all reaches the server). */
function get(path: string, from: string, token?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${app.url}${path}`,
      { localAddress: from, headers: token ? { authorization: `Bearer ${token}` } : {}, agent: false },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { code?: string }).code;
          } catch {
            /* a body that is not JSON has no code */
          }
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, code, retryAfter });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();
const mint = (sub: string) =>
  app.deps.localTokens?.mint({ role: 'la', org: 'E08000025', sub }) ?? Promise.reject(new Error('no tokens'));

function expectLimited(a: Answer | undefined) {
  expect(a?.status).toBe(429);
  expect(a?.code).toBe('rate_limited');
  expect(Number(a?.retryAfter)).toBeGreaterThanOrEqual(1);
}

describe('rate limiting (RATE_LIMIT)', () => {
  it('turns away a flood of anonymous requests by address before reading any token', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => get('/v1/units', '127.0.0.2')));
    // Each failed authentication costs ADDRESS_FACTOR: RATE of them, then 429 for the rest.
    expect(statuses(answers)).toEqual([...Array(RATE).fill(401), ...Array(30 - RATE).fill(429)]);
    expectLimited(answers.find((a) => a.status === 429));
    // Another address is not affected.
    expect((await get('/health', '127.0.0.3')).status).toBe(200);
  });

  it('turns away a flood of badly signed tokens the same way', async () => {
    const forged = `${(await mint('someone')).slice(0, -4)}AAAA`;
    // One after another: a signature check is asynchronous, so a concurrent burst may see a few
    // more reach it before the first failures are charged (never more than one bucketful).
    const answers: Answer[] = [];
    for (let i = 0; i < 15; i++) answers.push(await get('/v1/units', '127.0.0.4', forged));
    expect(answers.map((a) => a.status)).toEqual([...Array(RATE).fill(401), ...Array(15 - RATE).fill(429)]);
    expectLimited(answers.at(-1));
    const flood = await Promise.all(Array.from({ length: 20 }, () => get('/v1/units', '127.0.0.4', forged)));
    expect(flood.every((a) => a.status === 429)).toBe(true);
  });

  it('limits each user by their token’s sub: a busy user does not slow a colleague in the same org', async () => {
    const [busy, colleague] = await Promise.all([mint('user-busy'), mint('user-colleague')]);
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => get('/v1/units?limit=1', '127.0.0.5', busy)),
    );
    expect(statuses(burst)).toEqual([...Array(RATE).fill(200), ...Array(10 - RATE).fill(429)]);
    expectLimited(burst.find((a) => a.status === 429));
    // Same organisation, same address, its own bucket.
    expect((await get('/v1/units?limit=1', '127.0.0.5', colleague)).status).toBe(200);
  });

  it('still limits an address shared by many users, at ADDRESS_FACTOR times the rate', async () => {
    const users = await Promise.all(
      Array.from({ length: ADDRESS_FACTOR + 2 }, (_, i) => mint(`office-user-${i}`)),
    );
    const answers = await Promise.all(users.map((t) => get('/v1/units?limit=1', '127.0.0.6', t)));
    const sorted = statuses(answers);
    const allowed = RATE * ADDRESS_FACTOR;
    expect(sorted.filter((s) => s === 200)).toHaveLength(Math.min(users.length, allowed));
    // A few more from the same address, any user: the address bucket runs out.
    const more = await Promise.all(
      Array.from({ length: allowed }, (_, i) => get('/health', '127.0.0.6', users[i % users.length])),
    );
    expect(more.some((a) => a.status === 429)).toBe(true);
  });
});
