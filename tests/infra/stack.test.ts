import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LAMBDA_ENTRIES,
  LAMBDA_RUNTIME_MAJOR,
  LAYER_PACKAGES,
  POWERTOOLS_VERSION,
} from '../../infra/bundling.js';
import { propsFromContext, SecureBedsStack } from '../../infra/stack.js';
import { DEPLOYED_ROUTES, ROUTES } from '../../shared/http/routes.js';
import { projectionOf, TABLE_KEYS } from '../../shared/store/table.js';
import { CHILD_LEVEL_FIELDS } from '../support/child-fields.js';

type Resource = { Type: string; Properties: Record<string, unknown> };
type Violation = { ruleName: string; severity: string; violatingResources: { constructPath?: string }[] };

/** The same feature flags `npx cdk synth` uses, so the template under test is the one deployed. */
const CDK_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;

let stack: SecureBedsStack;
let template: Template;
let nagViolations: Violation[];

beforeAll(() => {
  const app = new App({ context: CDK_CONTEXT });
  stack = new SecureBedsStack(app, 'SecureBeds', propsFromContext(app));
  // As bin/app.ts, but called directly so that findings come back as data instead of a failed synth.
  nagViolations = [
    new AwsSolutionsChecks(app, { verbose: true }),
    new ServerlessChecks(app, { verbose: true }),
  ].flatMap((pack) => pack.validateScope(app).violations) as Violation[];
  // Bundles every entry with esbuild and runs CDK's CloudFormation schema check, as `cdk synth` does.
  template = Template.fromStack(stack);
  // Bundles every Lambda (the console's too) with esbuild: minutes on a busy machine.
}, 540_000);

/** CDK's BucketDeployment handler (the console's static files): its runtime and role are CDK's. */
const isBucketDeployment = (id: string) => id.startsWith('CustomCDKBucketDeployment');

function resourcesOf(type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** Every API method as `METHOD /path`, its path rebuilt by walking each resource's ParentId. */
function deployedMethods(): Map<string, Record<string, unknown>> {
  const resources = new Map(resourcesOf('AWS::ApiGateway::Resource'));
  const pathOf = (ref: unknown): string => {
    const parent = (ref as { Ref?: string }).Ref;
    const resource = parent ? resources.get(parent) : undefined;
    if (!resource) return ''; // the API's root (Fn::GetAtt RootResourceId)
    return `${pathOf(resource.Properties.ParentId)}/${resource.Properties.PathPart as string}`;
  };
  // The service's API, not the console's proxy API (infra/console.ts).
  const apiId = Object.keys(template.findResources('AWS::ApiGateway::RestApi')).find((id) =>
    id.startsWith('Api'),
  );
  return new Map(
    resourcesOf('AWS::ApiGateway::Method')
      .filter(([, method]) => (method.Properties.RestApiId as { Ref?: string }).Ref === apiId)
      .map(([, method]) => [
        `${method.Properties.HttpMethod as string} ${pathOf(method.Properties.ResourceId) || '/'}`,
        method.Properties,
      ]),
  );
}

describe('the table', () => {
  it('has PITR, deletion protection, KMS encryption, TTL, a NEW_IMAGE stream and the GSIs of TABLE_KEYS', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_KEYS.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.pk, KeyType: 'HASH' },
          { AttributeName: index.sk, KeyType: 'RANGE' },
        ],
        Projection: projectionOf(index),
      })),
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_IMAGE' },
      Replicas: [
        Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
          SSESpecification: { KMSMasterKeyId: Match.anyValue() },
        }),
      ],
    });
  });

  it('projects into each index only what its readers take from it, and no child-level field into any', () => {
    const [[, table]] = resourcesOf('AWS::DynamoDB::GlobalTable') as [[string, Resource]];
    const indexes = table.Properties.GlobalSecondaryIndexes as {
      IndexName: string;
      Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
    }[];
    const carried = Object.fromEntries(
      indexes.map((i) => [
        i.IndexName,
        [i.Projection.ProjectionType, ...(i.Projection.NonKeyAttributes ?? [])],
      ]),
    );
    // Written out, not read from TABLE_KEYS, so that widening an index is a change to this test too.
    expect(carried).toEqual({
      // LA lists (filtered by status, requestId) and the register (streams, status); capacity reads keys only.
      gsi1: ['INCLUDE', 'status', 'requestId', 'streams'],
      // Provider lists, filtered by status and requestId.
      gsi2: ['INCLUDE', 'status', 'requestId'],
      // Commissioning figures (CloudFormation allows 20 per index).
      gsi3: [
        'INCLUDE',
        'status',
        'stream',
        'homeRegionCode',
        'regionCode',
        'unmet',
        'placedAt',
        'withdrawnAt',
        'outcome',
        'refreshDueAt',
        'referralIds',
        'decidedAt',
        'declineReason',
        'requestId',
        'startedAt',
        'dischargedAt',
        'contractedTo',
        'distanceKm',
        'stepDownReadyFrom',
        'plannedDestination',
        'delayReason',
      ],
      // Capacity's forecast.
      gsi4: ['INCLUDE', 'stream', 'regionCode', 'plannedDischargeOn'],
    });
    // Who the child is, what they need, under what order, and anything written in free text.
    for (const [name, attributes] of Object.entries(carried))
      expect(
        attributes.filter((a) => CHILD_LEVEL_FIELDS.includes(a)),
        name,
      ).toEqual([]);
  });

  it('is kept when the stack is deleted', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('the functions', () => {
  it('are one per LAMBDA_ENTRIES name plus the authorizer', () => {
    // …and the console's (infra/console.ts) and CDK's BucketDeployment handler, which copies its files.
    template.resourceCountIs('AWS::Lambda::Function', Object.keys(LAMBDA_ENTRIES).length + 3);
  });

  it('all run on arm64 with the one Node.js major the bundles are built for', () => {
    const functions = resourcesOf('AWS::Lambda::Function').filter(([id]) => !isBucketDeployment(id));
    expect(functions).toHaveLength(Object.keys(LAMBDA_ENTRIES).length + 2);
    for (const [id, fn] of functions) {
      expect(fn.Properties.Architectures, id).toEqual(['arm64']);
      expect(fn.Properties.Runtime, id).toBe(`nodejs${LAMBDA_RUNTIME_MAJOR}.x`);
      expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
    }
  });

  it('find Powertools in our own layer (logger and metrics at the pinned version), built for their runtime', () => {
    // (CDK's BucketDeployment brings its own layers for the console's files.)
    const layers = resourcesOf('AWS::Lambda::LayerVersion').filter(([id]) =>
      id.startsWith('PowertoolsLayer'),
    );
    expect(layers).toHaveLength(1);
    const [name, layer] = layers[0] ?? [];
    expect(layer?.Properties.CompatibleRuntimes).toEqual([`nodejs${LAMBDA_RUNTIME_MAJOR}.x`]);
    expect(layer?.Properties.CompatibleArchitectures).toEqual(['arm64']);
    expect(layer?.Properties.Description).toContain(POWERTOOLS_VERSION);
    for (const pkg of LAYER_PACKAGES) expect(layer?.Properties.Description).toContain(pkg);
    // The publisher's layer (decision 0015) is no longer looked up.
    expect(JSON.stringify(template.toJSON().Parameters ?? {})).not.toContain('/aws/service/powertools');
    const bundled = resourcesOf('AWS::Lambda::Function').filter(([id]) => /^Functions/.test(id));
    expect(bundled).toHaveLength(Object.keys(LAMBDA_ENTRIES).length + 1); // and the authorizer
    for (const [id, fn] of bundled) expect(fn.Properties.Layers, id).toEqual([{ Ref: name }]);
  });

  it('give the route functions the table name, user pool, hold length and service name', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          TABLE_NAME: Match.anyValue(),
          USER_POOL_ID: Match.anyValue(),
          HOLD_MINUTES: '120',
          POWERTOOLS_SERVICE_NAME: 'secure-beds',
        },
      },
    });
  });

  it('tell the authorizer and every route function which pool and which clients to trust (aws-jwt-verify)', () => {
    const verifying = resourcesOf('AWS::Lambda::Function').filter(([id]) =>
      /Functions(units|requests|holds|placements|commissioning|system|authorizer)[A-Z0-9]/i.test(id),
    );
    expect(verifying.length).toBe(7);
    for (const [id, fn] of verifying) {
      const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      for (const name of ['USER_POOL_ID', 'PEOPLE_CLIENT_ID', 'PROVIDER_CLIENT_IDS']) {
        expect(vars[name], `${id} ${name}`).toBeDefined();
      }
      expect(vars.TOKEN_AUDIENCE, id).toBeUndefined();
    }
  });

  it('use no AWS-managed policies: each role writes only its own log group', () => {
    for (const [id, role] of resourcesOf('AWS::IAM::Role')) {
      if (isBucketDeployment(id)) continue; // CDK's own handler, run only while deploying
      expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
    }
  });

  type Statement = { Effect: string; Action: unknown; Condition?: Record<string, Record<string, unknown>> };
  const allowedWrites = (policy: { Properties: Record<string, unknown> }) =>
    (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter(
      (st) =>
        st.Effect === 'Allow' &&
        /dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/.test(JSON.stringify(st.Action)),
    );

  it('let read-only groups read the table and never write it', () => {
    const policies = resourcesOf('AWS::IAM::Policy').filter(([id]) => /Functions(notify|fhir)Role/.test(id));
    expect(policies).toHaveLength(2);
    for (const [id, policy] of policies) {
      expect(JSON.stringify(policy.Properties.PolicyDocument), id).toContain('dynamodb:Query');
      expect(allowedWrites(policy), id).toEqual([]);
    }
  });

  it('let commissioning write only its kept demand and usage days (decisions 0013, 0015), never a child-level item', () => {
    const policies = resourcesOf('AWS::IAM::Policy').filter(([id]) => /FunctionscommissioningRole/.test(id));
    expect(policies).toHaveLength(1);
    const [[, policy]] = policies as [[string, Resource]];
    const writes = allowedWrites(policy);
    expect(writes).toHaveLength(1);
    expect(JSON.stringify(writes[0]?.Action)).not.toMatch(/DeleteItem|BatchWriteItem/);
    expect(writes[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DEMANDDAY', 'USAGEDAY'] },
    });
  });

  it('run the sweeper every minute', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 minute)' });
  });
});

describe('the API', () => {
  it('deploys exactly the route table without its local-only routes', () => {
    const expected = DEPLOYED_ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect([...deployedMethods().keys()].sort()).toEqual(expected);
  });

  it('has no /local resource or method anywhere', () => {
    expect(ROUTES.some((r) => r.path.startsWith('/local'))).toBe(true); // the route exists locally…
    const localResources = resourcesOf('AWS::ApiGateway::Resource').filter(
      ([, r]) => r.Properties.PathPart === 'local',
    );
    expect(localResources).toEqual([]); // …and nowhere in the stack
    expect([...deployedMethods().keys()].filter((m) => m.includes('/local'))).toEqual([]);
  });

  it('puts the authorizer on every /v1 and FHIR method but the CapabilityStatement', () => {
    const methods = deployedMethods();
    const v1 = DEPLOYED_ROUTES.filter(
      (r) => r.path.startsWith('/v1/') || (r.path.startsWith('/fhir/') && r.path !== '/fhir/r4/metadata'),
    );
    expect(v1.length).toBeGreaterThan(0);
    for (const route of v1) {
      const method = methods.get(`${route.method} ${route.path}`);
      expect(method?.AuthorizationType, `${route.method} ${route.path}`).toBe('CUSTOM');
      expect(method?.AuthorizerId, `${route.method} ${route.path}`).toBeDefined();
    }
  });

  it('leaves GET /health and the FHIR CapabilityStatement open, and nothing else', () => {
    expect(deployedMethods().get('GET /health')).toMatchObject({ AuthorizationType: 'NONE' });
    expect(deployedMethods().get('GET /fhir/r4/metadata')).toMatchObject({ AuthorizationType: 'NONE' });
    const open = [...deployedMethods()].filter(([, m]) => m?.AuthorizationType === 'NONE').map(([k]) => k);
    expect(open.sort()).toEqual(['GET /fhir/r4/metadata', 'GET /health']);
  });

  it('authorizes with a TOKEN authorizer on the Authorization header', () => {
    template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'TOKEN',
      IdentitySource: 'method.request.header.Authorization',
    });
  });

  it('logs access to a log group, validates requests and throttles the stage', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
      TracingEnabled: true,
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
          ThrottlingRateLimit: Match.anyValue(),
          ThrottlingBurstLimit: Match.anyValue(),
        }),
      ]),
    });
    template.resourceCountIs('AWS::ApiGateway::RequestValidator', 1);
  });

  it('answers its own 401s and 429s as problem+json with the contract codes', () => {
    for (const [type, code] of [
      ['UNAUTHORIZED', 'unauthenticated'],
      ['THROTTLED', 'rate_limited'],
    ]) {
      template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: type,
        ResponseParameters: { 'gatewayresponse.header.Content-Type': "'application/problem+json'" },
        ResponseTemplates: { 'application/json': Match.stringLikeRegexp(`"code":"${code}"`) },
      });
    }
  });
});

describe('cdk-nag AwsSolutions and Serverless', () => {
  it('reports no unacknowledged errors', () => {
    const errors = nagViolations.filter((v) => v.severity === 'error');
    expect(errors.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`)).toEqual(
      [],
    );
  });

  it('reports no unacknowledged warnings', () => {
    const warnings = nagViolations.filter((v) => v.severity === 'warning');
    expect(
      warnings.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath)}`),
    ).toEqual([]);
  });

  it('leaves no error or AwsSolutions or Serverless warning in the stack annotations', () => {
    const annotations = Annotations.fromStack(stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.stringLikeRegexp('(AwsSolutions|Serverless)-.*'))).toEqual([]);
  });
});
