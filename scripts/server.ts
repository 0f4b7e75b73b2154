/**
 * `npm start`: DynamoDB Local (or DYNAMODB_ENDPOINT), the table, the national register, and the
 * API and console on http://localhost:${PORT:-3000}. Stops cleanly on SIGINT/SIGTERM.
 */
import { startApp } from './app.js';

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

const app = await startApp({
  port: num(process.env.PORT) ?? 3000,
  host: process.env.HOST ?? '127.0.0.1',
  endpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  dynamodbPort: num(process.env.DYNAMODB_PORT) ?? 8000,
  dataDir: process.env.DATA_DIR || undefined,
  holdMinutes: num(process.env.HOLD_MINUTES) ?? 120,
  offerMinutes: num(process.env.OFFER_MINUTES) ?? 60,
  rateLimit: num(process.env.RATE_LIMIT),
});
app.deps.logger.info('listening', {
  url: `http://localhost:${app.port}`,
  console: `http://localhost:${app.port}/`,
  health: '/health',
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.deps.logger.info('stopping', { signal });
    app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
