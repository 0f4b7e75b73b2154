import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import type { ConsoleSecret } from '../app/secret.js';
import { hostCookie, readCookie } from '../session.js';

/** How the console signs people in with an OpenID provider (deployed: Cognito's hosted sign-in). */
export interface OidcSettings {
  /** The provider's issuer; its discovery document says where everything else is. */
  issuer: string;
  clientId: string;
  /** A confidential client: the code is only worth anything with this secret (and the PKCE verifier). */
  clientSecret: string;
  /** The console's address as browsers see it: the callback and the after-sign-out page hang off it. */
  publicUrl: string;
  /**
   * Cognito publishes no end_session_endpoint; its hosted UI signs out at `<domain>/logout`
   * (client_id and logout_uri). Other providers: leave unset, their end_session_endpoint is used.
   */
  logoutUrl?: string;
  /** Only for a provider started by tests on http://127.0.0.1. */
  allowHttp?: boolean;
}

/** Why a callback was refused (shown to nobody: logged, and the person is asked to start again). */
export class SignInRefused extends Error {}

export const OIDC_COOKIE = '__Host-sb_oidc';
/** Ten minutes to sign in at the provider; after that the callback is refused. */
const FLOW_SECONDS = 600;

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  startedAt: number;
}

/**
 * The authorisation code flow with PKCE, as a confidential client (openid-client v6). What the
 * callback must match (state, nonce, PKCE verifier) travels in a short-lived cookie sealed with
 * AES-256-GCM under the console's shared secret, not in a session: there is none before sign-in,
 * and any instance may receive the callback.
 */
export class OidcClient {
  private config: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcSettings,
    private readonly secret: ConsoleSecret,
    private readonly clock: () => Date,
  ) {}

  get callbackUrl(): string {
    return new URL('/auth/callback', this.settings.publicUrl).href;
  }

  get signedOutUrl(): string {
    return new URL('/signed-out', this.settings.publicUrl).href;
  }

  /** Where to send the browser to sign in, and the cookie that must come back with it. */
  async start(): Promise<{ location: string; cookie: string }> {
    const config = await this.discovered();
    const flow: Flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      startedAt: this.clock().getTime(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl,
      scope: 'openid',
      response_type: 'code',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
    });
    return { location: url.href, cookie: hostCookie(OIDC_COOKIE, await this.seal(flow), FLOW_SECONDS) };
  }

  /**
   * Checks the provider's answer against the flow this browser started (state), redeems the
   * code with the client secret and PKCE verifier, and checks the ID token (signature, issuer,
   * audience, expiry, nonce). Answers the ID token and its claims; anything amiss throws.
   */
  async finish(callback: URL, cookieHeader: string | undefined) {
    const flow = await this.unseal(readCookie(cookieHeader, OIDC_COOKIE));
    if (!flow) throw new SignInRefused('no sign-in was started in this browser, or it took too long');
    const config = await this.discovered();
    // The provider answers on our public address; the request may have reached us by another name.
    const current = new URL(`${this.callbackUrl}${callback.search}`);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        pkceCodeVerifier: flow.verifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new SignInRefused(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new SignInRefused('no ID token');
    return { idToken: tokens.id_token, claims };
  }

  /** Where to send the browser so the provider's session ends too. */
  async signOutUrl(idToken: string | undefined): Promise<string> {
    const { clientId, logoutUrl } = this.settings;
    if (logoutUrl) {
      const url = new URL(logoutUrl);
      url.searchParams.set('client_id', clientId);
      url.searchParams.set('logout_uri', this.signedOutUrl);
      return url.href;
    }
    const config = await this.discovered();
    if (!config.serverMetadata().end_session_endpoint) return this.signedOutUrl;
    return client.buildEndSessionUrl(config, {
      client_id: clientId,
      post_logout_redirect_uri: this.signedOutUrl,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).href;
  }

  private discovered(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp } = this.settings;
    this.config ??= client
      .discovery(
        new URL(issuer),
        clientId,
        clientSecret,
        client.ClientSecretBasic(clientSecret),
        allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        // A provider that was down at first use is asked again next time.
        this.config = undefined;
        throw error;
      });
    return this.config;
  }

  private async key(): Promise<Buffer> {
    return createHash('sha256')
      .update(await this.secret.sign('oidc-flow', 'key'))
      .digest();
  }

  private async seal(flow: Flow): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.key(), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
    return [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url')).join('.');
  }

  private async unseal(value: string | undefined): Promise<Flow | undefined> {
    const [iv, body, tag] = (value ?? '').split('.').map((p) => Buffer.from(p, 'base64url'));
    if (!iv || !body || !tag || iv.length !== 12 || tag.length !== 16) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', await this.key(), iv);
      decipher.setAuthTag(tag);
      const flow = JSON.parse(
        Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'),
      ) as Flow;
      const age = this.clock().getTime() - flow.startedAt;
      return age >= 0 && age <= FLOW_SECONDS * 1000 ? flow : undefined;
    } catch {
      return undefined;
    }
  }
}
