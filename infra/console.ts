import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Stack } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  LambdaRestApi,
  LogGroupLogDestination,
  MethodLoggingLevel,
} from 'aws-cdk-lib/aws-apigateway';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { RestApiOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsVersions,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CONSOLE_HEADERS } from '../web/app/security.js';
import { loadAssets } from '../web/assets.js';
import { CONSOLE_ACCESS, grantTable } from './access.js';
import { ESM_BUNDLING, RUNTIME } from './functions.js';
import { acknowledge, arnFinding } from './nag.js';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ConsoleProps {
  readonly table: ITableV2;
  readonly userPoolId: string;
  /** The confidential client the console signs people in with. */
  readonly clientId: string;
  /** Cognito's hosted sign-out (`<domain>/logout`): Cognito publishes no end_session_endpoint. */
  readonly logoutUrl: string;
  /** The console's public address (https), the one registered as Cognito's callback. */
  readonly consoleUrl: string;
  /** For consoleUrl's domain, in us-east-1; none in dev, which uses CloudFront's own name. */
  readonly certificate?: ICertificate;
  readonly domainNames?: string[];
  readonly holdMinutes: number;
  readonly rateLimit: number;
  readonly logRetention: RetentionDays;
}

/** Writes every asset at the path it is served at (hashed folder for our CSS and JS) for the bucket. */
function stageAssets(): { immutable: string; daily: string } {
  const root = mkdtempSync(join(tmpdir(), 'secure-beds-assets-'));
  const immutable = join(root, 'immutable');
  const daily = join(root, 'daily');
  for (const [path, asset] of loadAssets().files()) {
    const file = join(asset.immutable ? immutable : daily, path.slice(1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, asset.body);
  }
  return { immutable, daily };
}

/**
 * The console deployed: one Lambda runs the same web/ code as `npm start` (pages call the route
 * table in-process), behind a regional REST API, behind CloudFront. CloudFront serves /assets/*
 * from a private S3 bucket (origin access control) with a year's cache on hashed names; every
 * other path goes to the Lambda uncached. Sessions are items in the service's table.
 */
export class Console extends Construct {
  readonly fn: NodejsFunction;
  readonly api: LambdaRestApi;
  readonly distribution: Distribution;
  readonly assets: Bucket;
  readonly clientSecret: Secret;

  constructor(scope: Construct, id: string, props: ConsoleProps) {
    super(scope, id);

    this.clientSecret = new Secret(this, 'ClientSecret', {
      description: 'Secure beds: the console’s Cognito client secret (copied in once after the first deploy)',
    });

    const logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Secure beds: the console Lambda',
    });
    logGroup.grantWrite(role);
    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, 'functions/console.ts'),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      handler: 'handler',
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(15),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      tracing: Tracing.ACTIVE,
      paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103),
      environment: {
        POWERTOOLS_SERVICE_NAME: 'secure-beds-console',
        TABLE_NAME: props.table.tableName,
        USER_POOL_ID: props.userPoolId,
        OIDC_CLIENT_ID: props.clientId,
        OIDC_CLIENT_SECRET_ARN: this.clientSecret.secretArn,
        OIDC_LOGOUT_URL: props.logoutUrl,
        CONSOLE_URL: props.consoleUrl,
        HOLD_MINUTES: String(props.holdMinutes),
        RATE_LIMIT: String(props.rateLimit),
      },
      bundling: {
        ...ESM_BUNDLING,
        // Templates and files read at run time: our views and public files beside the bundle,
        // govuk-frontend where `require.resolve` looks for it.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (input: string, output: string) => [
            `cp -r ${input}/web/views ${output}/views`,
            `cp -r ${input}/web/public ${output}/public`,
            `mkdir -p ${output}/node_modules/govuk-frontend`,
            `cp ${input}/node_modules/govuk-frontend/package.json ${output}/node_modules/govuk-frontend/`,
            `cp -r ${input}/node_modules/govuk-frontend/dist ${output}/node_modules/govuk-frontend/dist`,
          ],
        },
      },
      description: 'Secure beds: the console',
    });
    // Pages change data through the in-process router, so the console needs what the API's
    // functions need together, plus its own sessions: those partitions only (infra/access.ts).
    grantTable(this.fn, props.table, CONSOLE_ACCESS);
    this.clientSecret.grantRead(this.fn);

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    this.api = new LambdaRestApi(this, 'Api', {
      handler: this.fn,
      proxy: true,
      description: 'Secure beds: the console (reached through CloudFront)',
      // The account-wide logging role belongs to the account stack (infra/account.ts), not this one.
      cloudWatchRole: false,
      binaryMediaTypes: ['font/*', 'image/*'],
      deployOptions: {
        stageName: 'console',
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.jsonWithStandardFields(),
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        // People, not systems: a few thousand across the country.
        throttlingRateLimit: 100,
        throttlingBurstLimit: 200,
      },
    });

    this.assets = new Bucket(this, 'Assets', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });

    // The API's headers for the files as for the pages (pages carry their own nonce'd CSP).
    const headers = new ResponseHeadersPolicy(this, 'AssetHeaders', {
      comment: 'Secure beds console: security headers on static files',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
        contentSecurityPolicy: {
          contentSecurityPolicy: CONSOLE_HEADERS['content-security-policy'] ?? "default-src 'none'",
          override: true,
        },
      },
    });
    const assetOrigin = S3BucketOrigin.withOriginAccessControl(this.assets);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Secure beds: the console',
      ...(props.certificate
        ? {
            certificate: props.certificate,
            domainNames: props.domainNames,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: new RestApiOrigin(this.api),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        // Pages are per person: never cached. Cookies, query and headers reach the Lambda; Host
        // does not (API Gateway answers only to its own name).
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: assetOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers,
        },
      },
    });

    const staged = stageAssets();
    // Hashed names (our CSS and JS under /assets/<hash>/, govuk-frontend's versioned fonts): a year.
    new BucketDeployment(this, 'ImmutableAssets', {
      sources: [Source.asset(staged.immutable)],
      destinationBucket: this.assets,
      prune: false,
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
    });
    // Names without a hash (icons, manifest): a day.
    new BucketDeployment(this, 'DailyAssets', {
      sources: [Source.asset(staged.daily)],
      destinationBucket: this.assets,
      prune: false,
      cacheControl: [CacheControl.fromString('public, max-age=86400')],
    });
    this.acknowledgeFindings(props.table);
  }

  private acknowledgeFindings(table: ITableV2): void {
    acknowledge(
      this,
      'AwsSolutions-IAM5',
      'From CDK grants scoped to our own resources, as for the API functions: X-Ray has no resource-level permissions (Resource::*); the table grant covers its GSIs; the KMS grant is the data-key family on the table key only.',
      [
        'Resource::*',
        arnFinding(table, '/index/*'),
        'Action::kms:GenerateDataKey*',
        'Action::kms:ReEncrypt*',
      ],
    );
    acknowledge(
      this.fn,
      'Serverless-LambdaDLQ',
      'Invoked synchronously by API Gateway for a person waiting on a page; a failed page is shown to them, and there is no asynchronous event to keep.',
    );
    // BucketDeployment's handler is a stack-wide singleton that CDK defines and versions itself.
    const deployer = Stack.of(this).node.children.find((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (deployer) {
      const why =
        'CDK’s own BucketDeployment handler, run only while deploying to copy the console’s static files into its bucket';
      acknowledge(deployer, 'AwsSolutions-IAM4', `${why}: CDK gives it AWSLambdaBasicExecutionRole.`, [
        'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      ]);
      acknowledge(
        deployer,
        'AwsSolutions-IAM5',
        `${why}: CDK grants it read of the asset staging bucket and write of ours, by prefix.`,
        [
          'Action::s3:GetBucket*',
          'Action::s3:GetObject*',
          'Action::s3:List*',
          'Action::s3:Abort*',
          'Action::s3:DeleteObject*',
          `Resource::arn:aws:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${Stack.of(this).region}/*`,
          arnFinding(this.assets, '/*'),
        ],
      );
      acknowledge(deployer, 'AwsSolutions-L1', `${why}: its runtime is CDK’s choice.`);
      acknowledge(deployer, 'Serverless-LambdaLatestVersion', `${why}: its runtime is CDK’s choice.`);
      acknowledge(
        deployer,
        'Serverless-LambdaDLQ',
        `${why}: CloudFormation invokes it and fails the deployment on error.`,
      );
      acknowledge(deployer, 'Serverless-LambdaTracing', `${why}: nothing to trace outside a deployment.`);
    }
    acknowledge(
      this.api,
      'AwsSolutions-APIG2',
      'One proxy method hands every request to the console Lambda, which validates each form with the contract’s zod schemas and answers GOV.UK error pages; an API Gateway model has nothing to validate against.',
    );
    acknowledge(
      this.api,
      'AwsSolutions-APIG4',
      'The console is a website: its pages check the signed-in session themselves (web/app/routes.ts), and the sign-in pages must be reachable without one. The API it calls in-process verifies every Cognito token again.',
    );
    acknowledge(
      this.api,
      'AwsSolutions-COG4',
      'See AwsSolutions-APIG4 on this API: sign-in is Cognito’s hosted UI, sessions are the console’s.',
    );
    acknowledge(
      this.api,
      'AwsSolutions-APIG3',
      'Reached through CloudFront; the WAF belongs on the distribution (see AwsSolutions-CFR2) rather than on the origin.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'The console is for people working for English local authorities and providers, who travel and use VPNs: no country is excluded.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'The console rate-limits every page per client like the API (RATE_LIMIT); a CLOUDFRONT-scope web ACL must live in us-east-1 and is attached per environment by the account’s security tooling.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR3',
      'Every page request is logged by the console API’s access log and the Lambda’s own JSON logs; asset requests carry nothing about anyone.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'TLSv1.2_2021 is set; in dev without a custom domain CloudFront’s default certificate is used, which CloudFront does not let us pin.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR7',
      'The assets origin uses origin access control (S3BucketOrigin.withOriginAccessControl); the finding is about the older origin access identity.',
    );
    acknowledge(
      this.assets,
      'AwsSolutions-S1',
      'The bucket holds only public, versioned govuk-frontend and console files, written by the deployment; CloudFront serves them, nothing else reads it.',
    );
    acknowledge(
      this.clientSecret,
      'AwsSolutions-SMG4',
      'The value is the Cognito app client’s secret, which Cognito generates and rotates (a new client); Secrets Manager rotation cannot change it.',
    );
  }
}
