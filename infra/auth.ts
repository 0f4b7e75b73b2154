import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { Role } from '../shared/contract/enums.js';

/**
 * The resource server's identifier: provider systems ask for `secure-beds/provider:<id>`, the
 * form `principalFromClaims` (shared/http/auth.ts) reads as role `provider`, org `<id>`.
 */
const RESOURCE_SERVER_ID = 'secure-beds';

/** The one scope a provider's client may hold. */
const providerScopeName = (providerId: string) => `provider:${providerId}`;

interface AuthProps {
  /** Every provider id in the register: each gets one scope and one client-credentials client. */
  readonly providerIds: readonly string[];
  /** Prefix of the Cognito hosted domain (sign-in pages and the token endpoint); unique in the region. */
  readonly domainPrefix: string;
  /** Where the console's hosted sign-in may send people back to. */
  readonly callbackUrls: readonly string[];
  readonly logoutUrls: readonly string[];
}

/**
 * Who may call the API. People sign in to the user pool (MFA required) and carry their role as a
 * group and their org as the immutable `custom:org`; provider systems use client credentials,
 * one app client per provider granted only that provider's scope, so a provider's client can
 * only ever act for its own id.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly peopleClient: UserPoolClient;
  readonly providerClients: ReadonlyMap<string, UserPoolClient>;
  readonly resourceServer: UserPoolResourceServer;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      // Accounts are made by coordinators (AdminCreateUser), who set the org once.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      customAttributes: {
        // Immutable: set when the account is made, never changed, by the user or anyone else.
        org: new StringAttribute({ minLen: 1, maxLen: 40, mutable: false }),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 12,
      },
      // Plus tier: threat protection blocks sign-ins from compromised credentials and risky
      // contexts. These accounts open child-level records, so it is worth its per-user price.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Role.options.forEach((role, precedence) => {
      this.userPool.addGroup(`Group-${role}`, {
        groupName: role,
        description: `Secure beds role: ${role}`,
        precedence,
      });
    });

    const scopes = new Map(
      props.providerIds.map((providerId) => [
        providerId,
        new ResourceServerScope({
          scopeName: providerScopeName(providerId),
          scopeDescription: `Act as provider ${providerId}`,
        }),
      ]),
    );
    this.resourceServer = this.userPool.addResourceServer('Api', {
      identifier: RESOURCE_SERVER_ID,
      userPoolResourceServerName: 'Secure beds API',
      scopes: [...scopes.values()],
    });

    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    this.peopleClient = this.userPool.addClient('PeopleClient', {
      userPoolClientName: 'people-console',
      // The console's confidential client: authorisation code with PKCE through the hosted sign-in,
      // redeemed with this secret by the console Lambda (infra/console.ts), never by a browser.
      generateSecret: true,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [...props.callbackUrls],
        logoutUrls: [...props.logoutUrls],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('org'),
      // custom:org is deliberately absent: a person can never say which org they act for.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // One working day: people sign in again (with MFA) each morning.
      refreshTokenValidity: Duration.hours(12),
    });

    const providerClients = new Map<string, UserPoolClient>();
    for (const [providerId, scope] of scopes) {
      providerClients.set(
        providerId,
        this.userPool.addClient(`Provider-${providerId}`, {
          userPoolClientName: `provider-${providerId}`,
          generateSecret: true,
          // Machines only: no user sign-in flows beyond the refresh flow Cognito always allows.
          authFlows: { userSrp: false },
          oAuth: {
            flows: { clientCredentials: true },
            scopes: [OAuthScope.resourceServer(this.resourceServer, scope)],
          },
          preventUserExistenceErrors: true,
          enableTokenRevocation: true,
          accessTokenValidity: Duration.hours(1),
        }),
      );
    }
    this.providerClients = providerClients;
  }

  /** Where provider systems exchange their client id and secret for an access token. */
  get tokenUrl(): string {
    return `${this.domain.baseUrl()}/oauth2/token`;
  }

  /** Provider id → app client id, as one JSON string (for a stack output). */
  providerClientIdsJson(): string {
    return Stack.of(this).toJsonString(
      Object.fromEntries([...this.providerClients].map(([id, client]) => [id, client.userPoolClientId])),
    );
  }
}
