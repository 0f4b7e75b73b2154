import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, requestBody } from '../support/app.js';

/** `npm start` as a user runs it: a real process, its own DynamoDB Local, signals to stop it. */

const dataDir = mkdtempSync(join(tmpdir(), 'secure-beds-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  proc: ChildProcess;
  url: string;
  dynamoPort: number;
}

async function start(env: Record<string, string>): Promise<Started> {
  const { freePort } = await import('../../scripts/dynamo-local.js');
  const dynamoPort = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DYNAMODB_PORT: String(dynamoPort),
      POWERTOOLS_LOG_LEVEL: 'INFO',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out.slice(-500)}`)), 60_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /"url":"(http:\/\/localhost:\d+)"/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out.slice(-500)}`)));
  });
  return { proc, url, dynamoPort };
}

function stop(s: Started, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    s.proc.on('exit', (code) => resolve(code));
    s.proc.kill(signal);
  });
}

const javaOnPort = (port: number) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('DynamoDBLocal.jar') && l.includes(`-port ${port}`)).length;

describe('npm start', () => {
  it('serves /health and the register, keeps data in DATA_DIR across restarts, and stops DynamoDB Local with it', async () => {
    const first = await start({ DATA_DIR: dataDir });
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const la = new Client(first.url, 'la', 'E08000025');
    const units = await la.get('/v1/units?limit=100');
    // England's 13 secure children's homes, and Hillside in Wales, which English LAs may use.
    const homes = units.body.items.filter((u: { kind: string }) => u.kind === 'secure_childrens_home');
    expect(homes.filter((u: { laCode: string }) => u.laCode.startsWith('E'))).toHaveLength(13);
    expect(homes).toHaveLength(14);
    const created = await la.post('/v1/requests', requestBody());
    expect(created.status).toBe(201);
    expect(javaOnPort(first.dynamoPort)).toBe(1);
    expect(await stop(first, 'SIGTERM')).toBe(0);
    expect(javaOnPort(first.dynamoPort)).toBe(0);

    const second = await start({ DATA_DIR: dataDir });
    const again = new Client(second.url, 'la', 'E08000025');
    expect((await again.get(`/v1/requests/${created.body.id}`)).status).toBe(200);
    const reseeded = await again.get('/v1/units?limit=100');
    expect(reseeded.body.items.length).toBe(units.body.items.length);
    expect(await stop(second, 'SIGINT')).toBe(0);
    expect(javaOnPort(second.dynamoPort)).toBe(0);
  }, 180_000); // two cold starts of npm start (DynamoDB Local, seed): a minute each on a busy machine
});
