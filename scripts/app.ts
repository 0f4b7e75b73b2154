import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { REGISTER_UNITS, type SeedUnit } from '../shared/data/register.js';
import { Unavailable } from '../shared/domain/errors.js';
import { anyVerifier, localTokens, oidcVerifier } from '../shared/http/auth.js';
import { makeDeps } from '../shared/http/deps.js';
import {
  ClientAborted,
  readBody,
  SERVER_LIMITS,
  type ServerLimits,
  toApiGatewayEvent,
  writeResult,
} from '../shared/http/node-adapter.js';
import { toProblem } from '../shared/http/problem.js';
import { createRouter, type Router, SECURITY_HEADERS } from '../shared/http/router.js';
import { ROUTES } from '../shared/http/routes.js';
import type { Deps } from '../shared/http/types.js';
import type { DeliveryDeps } from '../shared/notify/deliver.js';
import type { StoreTimeouts } from '../shared/store/db.js';
import { Store } from '../shared/store/index.js';
import { sweepRequestRhythm } from '../shared/store/request-rhythm.js';
import { type SeedProfile, seedUnits } from '../shared/store/seed.js';
import { sweepExpiredHolds, sweepLegalAuthority } from '../shared/store/sweep.js';
import { ensureTable } from '../shared/store/table.js';
import type { OidcSettings } from '../web/auth/oidc.js';
import { createConsole } from '../web/console.js';
import { Admission, type AdmissionLimits, AdmissionRefused } from './admission.js';
import { type DynamoLocal, startDynamoLocal } from './dynamo-local.js';
import { startOutboxRelay } from './outbox-relay.js';

export interface AppOptions {
  port?: number;
  host?: string;
  /** Use this DynamoDB (e.g. one the test run started); otherwise start DynamoDB Local. */
  endpoint?: string;
  dynamodbPort?: number;
  dataDir?: string;
  tableName?: string;
  holdMinutes?: number;
  /** How long a referral's offer stands (SPEC: OFFER_MINUTES, default 60). */
  offerMinutes?: number;
  rateLimit?: number;
  seed?: readonly SeedUnit[] | false;
  seedProfile?: SeedProfile;
  clock?: () => Date;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  sweepEverySeconds?: number;
  /** The store's time limits (default: DEFAULT_TIMEOUTS, or the STORE_* environment). */
  storeTimeouts?: Partial<StoreTimeouts>;
  /** How long the server waits for a client's headers and whole request (default SERVER_LIMITS). */
  serverLimits?: Partial<ServerLimits>;
  /** Deliver notifications through this Notify endpoint and these templates (as the deployed notifier does). */
  notify?: Omit<DeliveryDeps, 'contactsOf'>;
  /** The console signs people in with this OpenID provider (CONSOLE_AUTH=oidc), and the API trusts its ID tokens. */
  oidc?: OidcSettings;
  /**
   * Tests only: wraps the router the console calls in-process, so the test harness can hold every
   * answer the console receives to openapi.json (tests/support/contract.ts). The API itself, and
   * the deployed console (functions/console.ts), never pass through it.
   */
  consoleRouter?: (router: Router) => Router;
  /**
   * At most this many requests worked on at once, the rest queued (scripts/admission.ts). Unset:
   * no bound, as the tests run the app (their races want every request concurrent); `npm start`
   * sets it.
   */
  admission?: AdmissionLimits;
  /** Tests only: wraps the router the API calls, to watch what reaches it. */
  apiRouter?: (router: Router) => Router;
}

export interface App {
  url: string;
  port: number;
  deps: Deps;
  store: Store;
  server: Server;
  /** The admission gate, when `admission` was given. */
  admission: Admission | undefined;
  stop(): Promise<void>;
}

/** The whole local service: DynamoDB (embedded or given), the table, the register, API and console. */
export async function startApp(o: AppOptions = {}): Promise<App> {
  const logger = new Logger({ serviceName: 'secure-beds', logLevel: o.logLevel ?? 'INFO' });
  const dynamo: DynamoLocal | undefined = o.endpoint
    ? undefined
    : await startDynamoLocal({ port: o.dynamodbPort, dataDir: o.dataDir });
  const endpoint = o.endpoint ?? (dynamo as DynamoLocal).endpoint;
  const tableName = o.tableName ?? 'secure-beds';
  const store = new Store({ tableName, endpoint, timeouts: o.storeTimeouts });
  await ensureTable(store.db.client, tableName);
  const clock = o.clock ?? (() => new Date());
  if (o.seed !== false) {
    const written = await seedUnits(store.db, o.seed ?? REGISTER_UNITS, {
      now: clock(),
      profile: o.seedProfile ?? 'typical',
    });
    logger.info('register loaded', {
      unitsWritten: written,
      unitsInRegister: (o.seed ?? REGISTER_UNITS).length,
    });
  }
  // Matching orders units from this process's copy of their facts: read it once now, not in the
  // first search (a Lambda reads it in its first search instead; decision 0009).
  await store.units.matchFacts.units();
  const tokens = await localTokens();
  const deps = makeDeps({
    tableName,
    store,
    verifier: o.oidc ? anyVerifier(tokens, await providerVerifier(o.oidc)) : tokens,
    localTokens: tokens,
    holdMinutes: o.holdMinutes,
    offerMinutes: o.offerMinutes,
    rateLimit: o.rateLimit,
    clock,
    logger,
  });
  const router = createRouter(ROUTES, deps);
  const web = createConsole(deps, o.consoleRouter?.(router) ?? router, { oidc: o.oidc });

  const api = o.apiRouter?.(router) ?? router;
  const gate = o.admission ? new Admission(o.admission) : undefined;
  const limits = { ...SERVER_LIMITS, ...o.serverLimits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
    async (req, res) => {
      try {
        const path = (req.url ?? '/').split('?')[0] ?? '/';
        const isApi =
          path === '/health' ||
          path.startsWith('/v1') ||
          path.startsWith('/local/') ||
          path.startsWith('/fhir/');
        // GET /health skips the queue: it must answer within 3 s, and it is one small read.
        const admitted = <T>(work: () => Promise<T>) =>
          gate && path !== '/health' ? gate.run(work) : work();
        if (!isApi && (await admitted(() => web(req, res)))) return;
        const { text, tooLarge, raw } = await readBody(req);
        const result = await admitted(async () =>
          // A client that gave up while its request waited gets no work done for it.
          req.socket.destroyed ? undefined : api.handle(toApiGatewayEvent(req, text, tooLarge, raw)),
        );
        if (result) writeResult(res, result);
      } catch (error) {
        if (error instanceof AdmissionRefused) {
          logger.warn('request refused: the queue is full', { path: (req.url ?? '/').split('?')[0] });
          if (!res.headersSent) {
            res.writeHead(503, {
              ...SECURITY_HEADERS,
              'content-type': 'application/problem+json',
              'retry-after': '1',
              'x-request-id': randomUUID(),
            });
            res.end(JSON.stringify(toProblem(new Unavailable(error.message))));
          }
          return;
        }
        if (error instanceof ClientAborted) {
          // Once, at info: a client hanging up is theirs to worry about, not an error of ours.
          logger.info('request aborted by the client', {
            method: req.method,
            path: (req.url ?? '/').split('?')[0],
          });
          return;
        }
        logger.error('unhandled', { error: error instanceof Error ? error.message : String(error) });
        if (!res.headersSent) {
          res.writeHead(500, { ...SECURITY_HEADERS, 'content-type': 'application/problem+json' });
          res.end(
            JSON.stringify({
              type: 'about:blank',
              title: 'Something went wrong',
              status: 500,
              detail: 'Unexpected error',
              code: 'internal',
            }),
          );
        }
      }
    },
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  await new Promise<void>((resolve) => server.listen(o.port ?? 3000, o.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const sweepMs = (o.sweepEverySeconds ?? 30) * 1000;
  const sweeper = setInterval(() => {
    const now = clock();
    sweepExpiredHolds(store, now)
      .then((n) => n && logger.info('expired holds tidied', { count: n }))
      .then(() => sweepLegalAuthority(store, now))
      .then((n) => n && logger.info('legal authority announced', { count: n }))
      .then(() => sweepRequestRhythm(store, now))
      .then(
        (n) => (n.reminded || n.lapsed) && logger.info('request reminders sent', n),
        (e) => logger.warn('sweep failed', { error: e instanceof Error ? e.message : String(e) }),
      );
  }, sweepMs);
  sweeper.unref();

  const stopRelay = startOutboxRelay(store, logger, clock, 1000, o.notify);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    deps,
    store,
    server,
    admission: gate,
    async stop() {
      clearInterval(sweeper);
      stopRelay();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.db.client.destroy();
      await dynamo?.stop();
    },
  };
}

/** The provider's ID tokens, checked against the keys its discovery document names. */
async function providerVerifier(oidc: OidcSettings) {
  const discovery = new URL('.well-known/openid-configuration', `${oidc.issuer.replace(/\/$/, '')}/`);
  const metadata = (await (await fetch(discovery)).json()) as { jwks_uri: string; issuer: string };
  return oidcVerifier(metadata.issuer, oidc.clientId, metadata.jwks_uri);
}
