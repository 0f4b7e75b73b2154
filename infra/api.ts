import { Duration } from 'aws-cdk-lib';
import {
  AccessLogFormat,
  AuthorizationType,
  EndpointType,
  type IAuthorizer,
  LambdaIntegration,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RequestValidator,
  ResponseType,
  RestApi,
  TokenAuthorizer,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functionForGroup } from '../shared/http/groups.js';
import type { RouteDef } from '../shared/http/types.js';
import type { LambdaName } from './bundling.js';
import { acknowledge } from './nag.js';

/**
 * Every call under /v1 needs a token (SPEC: Identity and roles), and so does FHIR under /fhir/r4
 * ("same tokens and roles as /v1") but its CapabilityStatement, which says how to get one.
 */
const needsToken = (path: string) =>
  path === '/v1' || path.startsWith('/v1/') || (path.startsWith('/fhir/') && path !== '/fhir/r4/metadata');

/** Why each open method is open, for cdk-nag's record. */
const OPEN_BECAUSE: Record<string, string> = {
  '/health':
    'GET /health is the liveness check for load balancers and uptime monitors; it reveals nothing but {"status":"ok"} (SPEC: no auth, no /v1).',
  '/fhir/r4/metadata':
    "GET /fhir/r4/metadata is FHIR's CapabilityStatement, open on every FHIR server: it describes the API and how to authenticate, and holds no record.",
};

interface ApiProps {
  /** The routes to deploy: DEPLOYED_ROUTES, the route table without its local-only routes. */
  readonly routes: readonly RouteDef[];
  readonly functions: Readonly<Record<LambdaName, IFunction>>;
  /** The TOKEN authorizer's function (see docs/decisions/0002-rest-api-and-authorizer.md). */
  readonly authorizer: IFunction;
  readonly stageName: string;
  /** Steady-state requests per second across the whole stage, and the burst above it. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly accessLogRetention: RetentionDays;
}

/**
 * The REST API, generated from the route table: one resource per path, one method per route,
 * each integrated with its group's Lambda. The token authorizer sits on every /v1 method; only
 * /health is open.
 */
export class Api extends Construct {
  readonly restApi: RestApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.accessLogRetention });

    this.restApi = new RestApi(this, 'RestApi', {
      description: 'Secure beds: national secure-bed booking for children in England',
      endpointTypes: [EndpointType.REGIONAL],
      // The account-wide logging role is infra/account.ts's, deployed once per account and region.
      cloudWatchRole: false,
      deployOptions: {
        stageName: props.stageName,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTimeEpoch',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            resourcePath: '$context.resourcePath',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            sub: '$context.authorizer.principalId',
            role: '$context.authorizer.role',
            org: '$context.authorizer.org',
            error: '$context.error.responseType',
            waf: '$context.waf.status',
          }),
        ),
        // Execution logs for errors only, and never request or response bodies: those carry
        // child-level records.
        loggingLevel: MethodLoggingLevel.ERROR,
        dataTraceEnabled: false,
        metricsEnabled: true,
        tracingEnabled: true,
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
      },
    });
    this.addProblemResponses();
    // API Gateway writes execution logs to a group it names itself; made here, it has a retention
    // (and, like every group, the stack's log key and data-protection policy: infra/logs.ts).
    new LogGroup(this, 'ExecutionLogs', {
      logGroupName: `API-Gateway-Execution-Logs_${this.restApi.restApiId}/${props.stageName}`,
      retention: props.accessLogRetention,
    });

    const validator = new RequestValidator(this, 'Validator', {
      restApi: this.restApi,
      // Bodies are validated by the contract's zod schemas in the Lambda, which answer with the
      // field-level problem+json the contract promises; here only the declared parameters.
      validateRequestParameters: true,
      validateRequestBody: false,
    });

    const authorizer = new TokenAuthorizer(this, 'TokenAuthorizer', {
      handler: props.authorizer,
      identitySource: 'method.request.header.Authorization',
      // A header that is not a bearer token is refused (401) without invoking the Lambda.
      validationRegex: '^[Bb]earer [A-Za-z0-9._~+/=-]+$',
      // The Lambdas verify every token again, so a cached allow can never outlive the token's own expiry.
      resultsCacheTtl: Duration.minutes(5),
    });

    const integrations = new Map<LambdaName, LambdaIntegration>();
    const integrationFor = (name: LambdaName) => {
      let integration = integrations.get(name);
      if (!integration) {
        integration = new LambdaIntegration(props.functions[name], { allowTestInvoke: false });
        integrations.set(name, integration);
      }
      return integration;
    };

    for (const route of props.routes) {
      const resource = this.restApi.root.resourceForPath(route.path);
      const guarded = needsToken(route.path);
      assertDeployable(route, guarded);
      const method = resource.addMethod(route.method, integrationFor(functionFor(route)), {
        requestValidator: validator,
        requestParameters: Object.fromEntries(
          pathParameters(route.path).map((name) => [`method.request.path.${name}`, true]),
        ),
        ...(guarded
          ? { authorizer: authorizer as IAuthorizer, authorizationType: AuthorizationType.CUSTOM }
          : { authorizationType: AuthorizationType.NONE }),
      });
      if (!guarded) {
        const because = OPEN_BECAUSE[route.path];
        if (!because) throw new Error(`${route.method} ${route.path} is open: say why in OPEN_BECAUSE`);
        acknowledge(method, 'AwsSolutions-APIG4', because);
        acknowledge(
          method,
          'AwsSolutions-COG4',
          `${route.method} ${route.path} is deliberately open: see AwsSolutions-APIG4 on this method.`,
        );
      }
    }

    acknowledge(
      this.restApi,
      'AwsSolutions-APIG2',
      "The validator checks every method's declared parameters at the edge. Bodies are validated in the Lambda by the contract's zod schemas, which answer 400 with the field-level problem+json errors SPEC promises (and 413/415 for size and media type); an API Gateway model would duplicate those schemas and answer in a different shape.",
    );
    acknowledge(
      this.restApi,
      'AwsSolutions-COG4',
      'Every /v1 method uses a Lambda TOKEN authorizer that verifies tokens from this Cognito user pool. A Cognito authorizer accepts only ID tokens on a method without scopes and only access tokens on one with scopes, but the same methods serve people (ID tokens) and provider systems (client-credentials access tokens): see docs/decisions/0002-rest-api-and-authorizer.md.',
    );
  }

  /** The stage's ARN, for the WAF association. */
  get stageArn(): string {
    return this.restApi.deploymentStage.stageArn;
  }

  /**
   * What API Gateway answers by itself (before or instead of a Lambda) in the contract's
   * problem+json shape, with its stable code.
   */
  private addProblemResponses(): void {
    const problems: [string, ResponseType, number, string, string][] = [
      ['Unauthorized', ResponseType.UNAUTHORIZED, 401, 'unauthenticated', 'Unauthorized'],
      ['AccessDenied', ResponseType.ACCESS_DENIED, 403, 'forbidden', 'Forbidden'],
      ['MissingToken', ResponseType.MISSING_AUTHENTICATION_TOKEN, 404, 'not_found', 'Not Found'],
      ['NotFound', ResponseType.RESOURCE_NOT_FOUND, 404, 'not_found', 'Not Found'],
      ['Throttled', ResponseType.THROTTLED, 429, 'rate_limited', 'Too Many Requests'],
      ['TooLarge', ResponseType.REQUEST_TOO_LARGE, 413, 'payload_too_large', 'Payload Too Large'],
      ['BadParameters', ResponseType.BAD_REQUEST_PARAMETERS, 400, 'validation_failed', 'Bad Request'],
      ['BadBody', ResponseType.BAD_REQUEST_BODY, 400, 'validation_failed', 'Bad Request'],
      ['WafFiltered', ResponseType.WAF_FILTERED, 403, 'forbidden', 'Forbidden'],
      ['Default5xx', ResponseType.DEFAULT_5XX, 503, 'unavailable', 'Service Unavailable'],
    ];
    for (const [id, type, status, code, title] of problems) {
      this.restApi.addGatewayResponse(id, {
        type,
        statusCode: String(status),
        responseHeaders: { 'Content-Type': "'application/problem+json'" },
        templates: {
          'application/json': `{"type":"about:blank","title":"${title}","status":${status},"detail":$context.error.messageString,"code":"${code}"}`,
        },
      });
    }
  }
}

/** `/v1/units/{unitId}/beds/{bedId}` → `['unitId', 'bedId']`. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

function functionFor(route: RouteDef): LambdaName {
  const name = functionForGroup(route.group);
  if (!name) throw new Error(`${route.method} ${route.path} is local-only`);
  return name;
}

/** Fails the synth rather than deploy a local-only route or an open door under /v1. */
function assertDeployable(route: RouteDef, guarded: boolean): void {
  if (route.localOnly || route.group === 'local' || route.path.startsWith('/local')) {
    throw new Error(`${route.method} ${route.path} is local-only and must never be deployed`);
  }
  if (!guarded && route.policy !== 'public') {
    throw new Error(
      `${route.method} ${route.path} has a role policy but sits outside /v1, where no token is asked`,
    );
  }
  if (guarded && route.policy === 'public') {
    throw new Error(`${route.method} ${route.path} is public, but every /v1 call needs a token`);
  }
}
