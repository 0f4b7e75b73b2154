/**
 * A real OpenID provider (oidc-provider), in-process, for the console's OIDC mode: the console's
 * client is confidential and must use PKCE; a person signs in with any password and a login that
 * names their group and org (`la:E08000025`, `coordinator`), which become Cognito-shaped claims
 * (`cognito:groups`, `custom:org`). Its dev sign-in pages are oidc-provider's own.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ProviderContext } from 'oidc-provider';

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the console's address (known only once it listens) and starts answering. */
  serve(consoleUrl: string): void;
  /**
   * While true, the provider shows the callback URL it would have sent the browser to, instead of
   * sending it there: tests take the code and state and present them (or tampered ones) themselves.
   */
  holdCallbacks: boolean;
  stop(): Promise<void>;
}

const CLIENT_ID = 'secure-beds-console';
const CLIENT_SECRET = 'test-only-client-secret-not-used-anywhere-else';

/** `la:E08000025` → groups [la], org E08000025; `coordinator` → org national. */
function claimsFor(login: string): Record<string, unknown> {
  const [group = '', org] = login.split(':');
  return { 'cognito:groups': [group], 'custom:org': org ?? (group === 'coordinator' ? 'national' : '') };
}

/** Turns a redirect to the console's callback into a page that shows its URL. */
function holdCallback(res: ServerResponse, callback: string): void {
  const end = res.end.bind(res) as (body?: unknown) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const location = String(res.getHeader('location') ?? '');
    if (!res.headersSent && res.statusCode >= 300 && res.statusCode < 400 && location.startsWith(callback)) {
      res.statusCode = 200;
      res.removeHeader('location');
      res.removeHeader('content-length');
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      return end(location);
    }
    return end(...(args as [unknown]));
  }) as typeof res.end;
}

export async function startTestProvider(): Promise<TestProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const held = { on: false, callback: '' };
  const server: Server = createServer((req, res) => {
    if (!handler) {
      res.writeHead(503).end();
      return;
    }
    if (held.on) holdCallback(res, held.callback);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get holdCallbacks() {
      return held.on;
    },
    set holdCallbacks(on: boolean) {
      held.on = on;
    },
    issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    serve(consoleUrl) {
      held.callback = `${consoleUrl}/auth/callback`;
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT_ID,
            client_secret: CLIENT_SECRET,
            redirect_uris: [`${consoleUrl}/auth/callback`],
            post_logout_redirect_uris: [`${consoleUrl}/signed-out`],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        // PKCE even from a confidential client, as the console always sends it.
        pkce: { required: () => true },
        claims: { openid: ['sub', 'cognito:groups', 'custom:org'] },
        // The claims go in the ID token itself, as Cognito's do.
        conformIdTokenClaims: false,
        findAccount: async (_ctx: unknown, sub: string) => ({
          accountId: sub,
          claims: async () => ({ sub, ...claimsFor(sub) }),
        }),
        // A first-party client: no consent screen, the openid scope is granted on sign-in.
        loadExistingGrant: async (ctx: ProviderContext) => {
          const { oidc } = ctx;
          const clientId = oidc.client?.clientId ?? '';
          const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
          if (grantId) return oidc.provider.Grant.find(grantId);
          const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session?.accountId ?? '' });
          grant.addOIDCScope('openid');
          await grant.save();
          return grant;
        },
        cookies: { keys: ['test-only-cookie-key'] },
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      });
      handler = provider.callback();
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
