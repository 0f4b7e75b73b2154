/**
 * The console in the stack: a Lambda behind API Gateway behind CloudFront, static files from a
 * private bucket with a year's cache on hashed names, sessions in the service's table (TTL), and
 * environments that must say where the console lives.
 */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiGatewayAccountStack } from '../../infra/account.js';
import { propsFromContext, SecureBedsStack } from '../../infra/stack.js';
import { TTL_ATTRIBUTE } from '../../shared/store/keys.js';

const CDK_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;

let template: Template;
let findings: string[];

beforeAll(() => {
  const app = new App({ context: CDK_CONTEXT });
  const stack = new SecureBedsStack(app, 'SecureBeds', propsFromContext(app));
  new ApiGatewayAccountStack(app, 'Account');
  findings = [new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true })]
    .flatMap((pack) => pack.validateScope(app).violations)
    .map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
  template = Template.fromStack(stack);
  // Bundles every Lambda (the console's too) with esbuild: minutes on a busy machine.
}, 540_000);

describe('the console in the stack', () => {
  it('is cdk-nag clean, every acknowledgement with a reason', () => {
    expect(findings).toEqual([]);
  });

  it('runs the web code in a Lambda behind CloudFront, pages uncached, assets from S3 by origin access control', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: 'Secure beds: the console',
      Environment: {
        Variables: Match.objectLike({
          CONSOLE_URL: 'http://localhost:3000',
          OIDC_CLIENT_ID: Match.anyValue(),
          OIDC_CLIENT_SECRET_ARN: Match.anyValue(),
          OIDC_LOGOUT_URL: Match.anyValue(),
          TABLE_NAME: Match.anyValue(),
        }),
      },
    });
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          // CachingDisabled, the managed policy.
          CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
        }),
        CacheBehaviors: [
          Match.objectLike({ PathPattern: '/assets/*', ViewerProtocolPolicy: 'redirect-to-https' }),
        ],
      }),
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it('gives hashed files a year’s cache and the rest a day', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment')).map(
      (d) =>
        (d as { Properties: { SystemMetadata?: Record<string, string> } }).Properties.SystemMetadata?.[
          'cache-control'
        ],
    );
    expect(deployments.sort()).toEqual(['public, max-age=31536000, immutable', 'public, max-age=86400']);
  });

  it('sends the same security headers on static files', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
        }),
      }),
    });
  });

  it('keeps sessions in the service table, which expires items by their `expiration` attribute', () => {
    expect(TTL_ATTRIBUTE).toBe('expiration');
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
    });
  });

  it('signs in with a confidential Cognito client that returns to the console’s callback', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'people-console',
      GenerateSecret: true,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['http://localhost:3000/auth/callback'],
      LogoutURLs: ['http://localhost:3000/signed-out'],
    });
  });

  it('leaves API Gateway’s account-wide logging role to the account stack', () => {
    template.resourceCountIs('AWS::ApiGateway::Account', 0);
  });
});

describe('environments', () => {
  const contextFor = (extra: Record<string, string>) =>
    propsFromContext(new App({ context: { ...CDK_CONTEXT, ...extra } }));

  it('default to dev, whose console may be the local one', () => {
    expect(contextFor({}).environment).toBe('dev');
  });

  it('outside dev need an https console address that is not this machine, and its certificate', () => {
    expect(() => contextFor({ env: 'prod' })).toThrow(/consoleUrl/);
    const certificate = 'arn:aws:acm:us-east-1:111111111111:certificate/illustrative';
    expect(() =>
      contextFor({ env: 'prod', consoleUrl: 'http://localhost:3000', consoleCertificateArn: certificate }),
    ).toThrow(/https/);
    const ok = contextFor({
      env: 'prod',
      consoleUrl: 'https://beds.example.gov.uk',
      consoleCertificateArn: certificate,
    });
    expect(ok.consoleUrl).toBe('https://beds.example.gov.uk');
  });
});
