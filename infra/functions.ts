import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  Code,
  type ILayerVersion,
  LayerVersion,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { grantTable, TABLE_ACCESS } from './access.js';
import {
  buildPowertoolsLayer,
  ESM_REQUIRE_BANNER,
  EXTERNAL_MODULES,
  LAMBDA_BUILD,
  LAMBDA_ENTRIES,
  LAMBDA_FORMAT,
  LAYER_MODULES_DIR,
  LAYER_PACKAGES,
  type LambdaName,
  POWERTOOLS_VERSION,
} from './bundling.js';
import { acknowledge, arnFinding } from './nag.js';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The newest Node.js runtime this aws-cdk-lib knows (cdk-nag AwsSolutions-L1 asks for the latest). */
export const RUNTIME = Runtime.NODEJS_24_X;

/**
 * Built locally with esbuild (never Docker), with the options and format the bench measures
 * (LAMBDA_BUILD): the AWS SDK and Powertools stay out of the bundle, found in the runtime and in
 * our Powertools layer (powertoolsLayer below) at run time.
 */
export const BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: LAMBDA_FORMAT === 'cjs' ? OutputFormat.CJS : OutputFormat.ESM,
  target: LAMBDA_BUILD.target,
  minify: LAMBDA_BUILD.minify,
  sourceMap: false,
  externalModules: [...LAMBDA_BUILD.external],
  ...(LAMBDA_FORMAT === 'esm' ? { banner: ESM_REQUIRE_BANNER } : {}),
  mainFields: [...LAMBDA_BUILD.mainFields],
};

/**
 * The console's: ESM whatever the API's format, because web/ finds its files by `import.meta.url`.
 * It keeps Powertools in its bundle: an ESM `import` is not resolved through the layer's
 * NODE_PATH, and the console is not held to the API's bundle budget.
 */
export const ESM_BUNDLING: BundlingOptions = {
  ...BUNDLING,
  format: OutputFormat.ESM,
  banner: ESM_REQUIRE_BANNER,
  externalModules: EXTERNAL_MODULES,
};

/**
 * Our own Powertools layer (decision 0016): logger and metrics at POWERTOOLS_VERSION, each
 * pre-bundled into one minified file by esbuild on this machine (no Docker) at synth, the same
 * build the bench loads the bundles with. One per stack.
 */
function powertoolsLayer(scope: Construct): ILayerVersion {
  const stack = Stack.of(scope);
  const id = 'PowertoolsLayer';
  const existing = stack.node.tryFindChild(id) as ILayerVersion | undefined;
  if (existing) return existing;
  return new LayerVersion(stack, id, {
    code: Code.fromAsset(builtLayerDir()),
    compatibleRuntimes: [RUNTIME],
    compatibleArchitectures: [Architecture.ARM_64],
    license: 'MIT-0',
    description: `Powertools for AWS Lambda (TypeScript) ${POWERTOOLS_VERSION}: ${LAYER_PACKAGES.join(', ')}, one minified file each`,
  });
}

/**
 * The layer's tree, built into a fresh directory and then kept under a name made of its content's
 * hash: every synth (and every test process) of the same versions shares one directory instead of
 * leaving one behind each time, and a concurrent build of the same content loses the rename
 * harmlessly.
 */
function builtLayerDir(): string {
  const fresh = mkdtempSync(join(tmpdir(), 'secure-beds-powertools-layer-build-'));
  buildPowertoolsLayer(fresh);
  const hash = createHash('sha256');
  for (const pkg of LAYER_PACKAGES)
    for (const file of ['package.json', 'index.js'])
      hash.update(readFileSync(join(fresh, LAYER_MODULES_DIR, pkg, file)));
  const kept = join(tmpdir(), `secure-beds-powertools-layer-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(kept)) rmSync(fresh, { recursive: true, force: true });
  else {
    try {
      renameSync(fresh, kept);
    } catch {
      rmSync(fresh, { recursive: true, force: true }); // another process kept the same content first
    }
  }
  return kept;
}

interface FunctionsProps {
  readonly table: ITableV2;
  /** Tokens are verified against this pool's published keys, by the authorizer and again by each Lambda. */
  readonly userPoolId: string;
  /** The people's app client (ID tokens) and provider systems' clients (access tokens) the API trusts. */
  readonly peopleClientId: string;
  readonly providerClientIds: readonly string[];
  /** How long a hold lasts (SPEC: HOLD_MINUTES, default 120). */
  readonly holdMinutes: number;
  /** How long a referral's offer stands (SPEC: OFFER_MINUTES, default 60). */
  readonly offerMinutes?: number;
  readonly logRetention: RetentionDays;
}

/** One Lambda per LAMBDA_ENTRIES name, the API's TOKEN authorizer, and the sweeper's schedule. */
export class Functions extends Construct {
  readonly byName: Readonly<Record<LambdaName, NodejsFunction>>;
  readonly authorizer: NodejsFunction;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const names = Object.keys(LAMBDA_ENTRIES) as LambdaName[];
    // shared/http/cognito.ts trustFromEnv: which pool, and which clients may send which token.
    const trust = {
      USER_POOL_ID: props.userPoolId,
      PEOPLE_CLIENT_ID: props.peopleClientId,
      PROVIDER_CLIENT_IDS: props.providerClientIds.join(','),
    };
    const byName = {} as Record<LambdaName, NodejsFunction>;
    for (const name of names) {
      const fn = this.bundled(name, LAMBDA_ENTRIES[name], props, {
        TABLE_NAME: props.table.tableName,
        ...trust,
        HOLD_MINUTES: String(props.holdMinutes),
        OFFER_MINUTES: String(props.offerMinutes ?? 60),
      });
      grantTable(fn, props.table, TABLE_ACCESS[name]);
      byName[name] = fn;
    }
    this.byName = byName;

    this.authorizer = this.bundled('authorizer', 'infra/authorizer/handler.ts', props, trust);

    acknowledge(
      this,
      'AwsSolutions-IAM5',
      "X-Ray's PutTraceSegments and PutTelemetryRecords support no resource-level permissions (Resource::*); the table grant (infra/access.ts) covers its own GSIs (<table>/index/*), limited by dynamodb:LeadingKeys to the partitions each function uses.",
      ['Resource::*', arnFinding(props.table, '/index/*')],
    );
  }

  /** A NodejsFunction with its own role and log group: it may write its own logs and nothing else until granted. */
  private bundled(
    name: string,
    entry: string,
    props: FunctionsProps,
    environment: Record<string, string>,
  ): NodejsFunction {
    const logGroup = new LogGroup(this, `${name}Logs`, { retention: props.logRetention });
    // Our own role instead of the AWS-managed basic execution policy: no logs:CreateLogGroup, and
    // log writes limited to this function's group.
    const role = new Role(this, `${name}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Secure beds: the ${name} Lambda`,
    });
    logGroup.grantWrite(role);
    const isSweeper = name === 'sweeper';
    const fn = new NodejsFunction(this, name, {
      entry: join(PROJECT_ROOT, entry),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      handler: 'handler',
      runtime: RUNTIME,
      architecture: Architecture.ARM_64,
      // 1 GB buys the CPU that keeps cold starts (jose, zod, the SDK client) short; API Gateway
      // gives up after 29 s.
      memorySize: isSweeper ? 512 : 1024,
      timeout: isSweeper ? Duration.seconds(50) : Duration.seconds(15),
      // One sweeper run at a time: runs never overlap, whatever the schedule delivers.
      ...(isSweeper ? { reservedConcurrentExecutions: 1 } : {}),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'secure-beds',
        ...environment,
      },
      bundling: BUNDLING,
      // Powertools is external in BUNDLING: the layer is where `require` finds it.
      layers: [powertoolsLayer(this)],
      description: `Secure beds: ${name}`,
    });
    acknowledge(
      fn,
      'Serverless-LambdaDLQ',
      isSweeper
        ? 'The sweeper is invoked asynchronously by its schedule and sends a failed run to an on-failure destination (infra/sweeper.ts), which carries the error and request context a DLQ would not.'
        : 'Invoked synchronously by API Gateway: a failure is answered to the caller at once (a 5xx problem, alarmed on), so there is no event to keep for later.',
    );
    return fn;
  }
}
