/**
 * `npm start`: DynamoDB Local (or DYNAMODB_ENDPOINT), the table, the national register, and the
 * API and console on http://localhost:${PORT:-3000}. Stops cleanly on SIGINT/SIGTERM.
 */
import { deliveryFromEnv } from '../shared/notify/client.js';
import { LOCAL_ADMISSION } from './admission.js';
import { startApp } from './app.js';

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/** CONSOLE_AUTH=oidc: sign in with an OpenID provider (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET). */
function oidcFromEnv(port: number) {
  const env = process.env;
  if (env.CONSOLE_AUTH !== 'oidc') return undefined;
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`CONSOLE_AUTH=oidc needs ${name}`);
    return value;
  };
  const issuer = need('OIDC_ISSUER');
  return {
    issuer,
    clientId: need('OIDC_CLIENT_ID'),
    clientSecret: need('OIDC_CLIENT_SECRET'),
    publicUrl: env.CONSOLE_URL || `http://localhost:${port}`,
    logoutUrl: env.OIDC_LOGOUT_URL || undefined,
    allowHttp: /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(issuer),
  };
}

const port = num(process.env.PORT) ?? 3000;
const app = await startApp({
  port,
  oidc: oidcFromEnv(port),
  host: process.env.HOST ?? '127.0.0.1',
  endpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  dynamodbPort: num(process.env.DYNAMODB_PORT) ?? 8000,
  dataDir: process.env.DATA_DIR || undefined,
  holdMinutes: num(process.env.HOLD_MINUTES) ?? 120,
  offerMinutes: num(process.env.OFFER_MINUTES) ?? 60,
  rateLimit: num(process.env.RATE_LIMIT),
  // A bounded number of requests at once against the embedded DynamoDB Local, the rest queued
  // (scripts/admission.ts; docs/performance.md, "npm run load").
  admission: {
    inFlight: num(process.env.LOCAL_MAX_IN_FLIGHT) ?? LOCAL_ADMISSION.inFlight,
    queue: num(process.env.LOCAL_MAX_QUEUE) ?? LOCAL_ADMISSION.queue,
  },
  // NOTIFY_API_KEY and NOTIFY_BASE_URL (e.g. a Notify test key, or a local recorder) turn delivery on.
  notify:
    process.env.NOTIFY_BASE_URL || process.env.NOTIFY_API_KEY ? deliveryFromEnv(process.env) : undefined,
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
