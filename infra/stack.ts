import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { REGISTER_UNITS } from '../shared/data/register.js';
import { DEPLOYED_ROUTES } from '../shared/http/routes.js';
import { Api } from './api.js';
import { Auth } from './auth.js';
import { Console } from './console.js';
import { Data } from './data.js';
import { Events } from './events.js';
import { Functions } from './functions.js';
import { ProtectedLogs } from './logs.js';
import { Monitoring } from './monitoring.js';
import { Notifier } from './notifier.js';
import { Protection } from './protection.js';
import { SweeperSchedule } from './sweeper.js';

interface SecureBedsStackProps extends StackProps {
  /** SPEC: HOLD_MINUTES (default 120). */
  readonly holdMinutes?: number;
  /** Subscribed to the notifications topic when given. */
  readonly notificationEmail?: string;
  /** Subscribed to the operations alarm topic when given. */
  readonly operationsEmail?: string;
  /** The hosted sign-in's domain prefix; default `secure-beds-<account id>`. */
  readonly authDomainPrefix?: string;
  /** Which environment (a CDK stage each): only `dev` may leave consoleUrl out. */
  readonly environment?: string;
  /** The console's https address, where Cognito's sign-in returns; in dev, default the local console. */
  readonly consoleUrl?: string;
  /** The certificate (us-east-1) for consoleUrl's domain on CloudFront; required outside dev. */
  readonly consoleCertificateArn?: string;
  /** SPEC: RATE_LIMIT, requests per second per client; default 20. */
  readonly rateLimit?: number;
  /** GOV.UK Notify template ids by event type, as JSON (shared/notify/templates.ts). */
  readonly notifyTemplates?: string;
}

/** Reads the stack's settings from CDK context (`cdk synth -c holdMinutes=30 …`). */
export function propsFromContext(scope: Construct): SecureBedsStackProps {
  const context = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  };
  const number = (key: string): number | undefined => {
    const raw = context(key);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`context ${key} must be a positive number`);
    return value;
  };
  return {
    description: 'Secure beds: national secure-bed booking for children in England',
    // Pinned to London: child-level records stay in the UK, and TableV2 must know its region to
    // render a customer-managed key. The account stays whatever the deploying credentials say.
    env: { region: context('region') ?? 'eu-west-2' },
    holdMinutes: number('holdMinutes'),
    notificationEmail: context('notificationEmail'),
    operationsEmail: context('operationsEmail'),
    authDomainPrefix: context('authDomainPrefix'),
    ...consoleContext(context('env') ?? 'dev', context('consoleUrl'), context('consoleCertificateArn')),
    rateLimit: number('rateLimit'),
    notifyTemplates: context('notifyTemplates'),
  };
}

/** Outside dev the console's address and certificate must be given, and may not be local. */
function consoleContext(environment: string, consoleUrl?: string, consoleCertificateArn?: string) {
  if (environment !== 'dev') {
    if (!consoleUrl || !consoleCertificateArn) {
      throw new Error(`env ${environment} needs context consoleUrl and consoleCertificateArn`);
    }
    const url = new URL(consoleUrl);
    if (url.protocol !== 'https:' || /^(localhost|127\.|\[::1\])/.test(url.hostname)) {
      throw new Error(`env ${environment}: consoleUrl must be an https address that is not this machine`);
    }
  }
  return { environment, consoleUrl, consoleCertificateArn };
}

/** Wires the constructs together; each one owns its concern (see infra/*.ts). */
export class SecureBedsStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly functions: Functions;
  readonly api: Api;
  readonly events: Events;
  readonly protection: Protection;
  readonly sweeper: SweeperSchedule;
  readonly monitoring: Monitoring;
  readonly console: Console;
  readonly notifier: Notifier;

  constructor(scope: Construct, id: string, props: SecureBedsStackProps = {}) {
    super(scope, id, props);
    const rateLimit = props.rateLimit ?? 20;
    if ((props.environment ?? 'dev') !== 'dev' && !props.consoleUrl)
      throw new Error('consoleUrl is required outside dev');
    // Only in dev: Cognito returns to a console on the developer's machine (npm start, CONSOLE_AUTH=oidc).
    const consoleUrl = props.consoleUrl ?? 'http://localhost:3000';

    const logs = new ProtectedLogs(this, 'Logs');
    this.data = new Data(this, 'Data');

    this.auth = new Auth(this, 'Auth', {
      providerIds: [...new Set(REGISTER_UNITS.map((unit) => unit.providerId))].sort(),
      domainPrefix: props.authDomainPrefix ?? `secure-beds-${this.account}`,
      callbackUrls: [`${consoleUrl}/auth/callback`],
      logoutUrls: [`${consoleUrl}/signed-out`],
    });

    this.functions = new Functions(this, 'Functions', {
      table: this.data.table,
      userPoolId: this.auth.userPool.userPoolId,
      peopleClientId: this.auth.peopleClient.userPoolClientId,
      providerClientIds: [...this.auth.providerClients.values()].map((c) => c.userPoolClientId),
      holdMinutes: props.holdMinutes ?? 120,
      logRetention: RetentionDays.THREE_MONTHS,
    });

    this.api = new Api(this, 'Api', {
      routes: DEPLOYED_ROUTES,
      functions: this.functions.byName,
      authorizer: this.functions.authorizer,
      stageName: 'prod',
      // Around the whole national service: a few thousand people and a few dozen provider systems.
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogRetention: RetentionDays.ONE_YEAR,
    });

    this.protection = new Protection(this, 'Protection', {
      stageArn: this.api.stageArn,
      requestsPerMinutePerClient: rateLimit * 60,
      // An LA's staff share one address behind its network: allow five clients' worth from each.
      requestsPerFiveMinutesPerIp: rateLimit * 60 * 5 * 5,
    });

    this.events = new Events(this, 'Events', {
      table: this.data.table,
      notificationEmail: props.notificationEmail,
      logRetention: RetentionDays.THREE_MONTHS,
    });

    this.notifier = new Notifier(this, 'Notifier', {
      fn: this.functions.byName.notify,
      rule: this.events.rule,
      ruleDeadLetters: this.events.deadLetters,
      templatesJson: props.notifyTemplates ?? JSON.stringify({ default: {} }),
      consoleUrl,
    });

    this.sweeper = new SweeperSchedule(this, 'Sweeper', { sweeper: this.functions.byName.sweeper });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: { ...this.functions.byName, authorizer: this.functions.authorizer },
      sweeper: this.functions.byName.sweeper,
      restApiName: this.api.restApi.restApiName,
      stageName: this.api.restApi.deploymentStage.stageName,
      table: this.data.table,
      deadLetterQueues: {
        events: this.events.deadLetters,
        'sweeper-schedule': this.sweeper.deadLetters,
        'sweeper-runs': this.sweeper.failedRuns,
        notifications: this.notifier.deadLetters,
      },
      pipeName: this.events.pipe.ref,
      webAclMetricName: this.protection.metricName,
      operationsEmail: props.operationsEmail,
    });

    this.console = new Console(this, 'Console', {
      table: this.data.table,
      userPoolId: this.auth.userPool.userPoolId,
      clientId: this.auth.peopleClient.userPoolClientId,
      logoutUrl: `${this.auth.domain.baseUrl()}/logout`,
      consoleUrl,
      ...(props.consoleCertificateArn
        ? {
            certificate: Certificate.fromCertificateArn(
              this,
              'ConsoleCertificate',
              props.consoleCertificateArn,
            ),
            domainNames: [new URL(consoleUrl).hostname],
          }
        : {}),
      holdMinutes: props.holdMinutes ?? 120,
      rateLimit,
      logRetention: RetentionDays.THREE_MONTHS,
    });
    new CfnOutput(this, 'ConsoleDistributionDomain', {
      value: this.console.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ConsoleClientSecretArn', { value: this.console.clientSecret.secretArn });

    // Last, so that it reaches every log group above: key, retention, data-protection policy.
    logs.protect(this);

    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'PeopleClientId', { value: this.auth.peopleClient.userPoolClientId });
    new CfnOutput(this, 'TokenUrl', { value: this.auth.tokenUrl });
    new CfnOutput(this, 'ProviderClientIds', { value: this.auth.providerClientIdsJson() });
    new CfnOutput(this, 'NotificationsTopicArn', { value: this.events.topic.topicArn });
    new CfnOutput(this, 'OperationsTopicArn', { value: this.monitoring.topic.topicArn });
  }
}
