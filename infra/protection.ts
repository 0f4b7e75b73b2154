import { Stack } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

interface ProtectionProps {
  /** The API stage to protect. */
  readonly stageArn: string;
  /**
   * Requests a minute one client may make: counted per bearer token, so one client's burst
   * never spends another's allowance (SPEC: RATE_LIMIT is per client).
   */
  readonly requestsPerMinutePerClient: number;
  /** Requests in five minutes from one address, token or not: the backstop for floods without one. */
  readonly requestsPerFiveMinutesPerIp: number;
}

const RATE_LIMITED_BODY = 'rateLimited';

/**
 * A WAFv2 web ACL on the API stage: AWS managed rules for common exploits and known-bad inputs
 * and addresses, then per-client and per-address rate limits that answer 429 in the contract's
 * problem shape. API Gateway's own stage throttling (infra/api.ts) caps the total behind it.
 */
export class Protection extends Construct {
  readonly webAcl: CfnWebACL;
  readonly logs: LogGroup;
  /** The web ACL's CloudWatch metric name (WAF's `WebACL` dimension). */
  readonly metricName = 'secure-beds-api';

  constructor(scope: Construct, id: string, props: ProtectionProps) {
    super(scope, id);
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const managed = (priority: number, name: string, ruleActionOverrides?: { name: string }[]) => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(ruleActionOverrides
            ? {
                ruleActionOverrides: ruleActionOverrides.map((r) => ({
                  name: r.name,
                  actionToUse: { count: {} },
                })),
              }
            : {}),
        },
      },
      visibilityConfig: visibility(name),
    });
    const rateLimited = {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: RATE_LIMITED_BODY,
          responseHeaders: [{ name: 'retry-after', value: '60' }],
        },
      },
    };

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      description: 'Secure beds API: managed protections and per-client rate limits',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(this.metricName),
      customResponseBodies: {
        [RATE_LIMITED_BODY]: {
          // WAF offers application/json, not application/problem+json; the body is the same shape.
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({
            type: 'about:blank',
            title: 'Too Many Requests',
            status: 429,
            detail: 'Too many requests from this client: retry after a minute',
            code: 'rate_limited',
          }),
        },
      },
      rules: [
        // The contract allows bodies up to 64 KiB and answers 413 itself above that; the managed
        // rule's 8 KB body limit would refuse valid requests, so it only counts.
        managed(0, 'AWSManagedRulesCommonRuleSet', [{ name: 'SizeRestrictions_BODY' }]),
        managed(1, 'AWSManagedRulesKnownBadInputsRuleSet'),
        managed(2, 'AWSManagedRulesAmazonIpReputationList'),
        {
          name: 'PerClientRate',
          priority: 10,
          action: rateLimited,
          statement: {
            rateBasedStatement: {
              limit: props.requestsPerMinutePerClient,
              evaluationWindowSec: 60,
              aggregateKeyType: 'CUSTOM_KEYS',
              customKeys: [
                { header: { name: 'authorization', textTransformations: [{ priority: 0, type: 'NONE' }] } },
              ],
            },
          },
          visibilityConfig: visibility('PerClientRate'),
        },
        {
          name: 'PerIpRate',
          priority: 11,
          action: rateLimited,
          statement: {
            rateBasedStatement: {
              limit: props.requestsPerFiveMinutesPerIp,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          visibilityConfig: visibility('PerIpRate'),
        },
      ],
    });

    // WAF's log group name must start `aws-waf-logs-`. Tokens are redacted: a logged token is a
    // usable credential until it expires.
    this.logs = new LogGroup(this, 'Logs', {
      logGroupName: `aws-waf-logs-secure-beds-${Stack.of(this).stackName}`,
      retention: RetentionDays.ONE_YEAR,
    });
    new CfnLoggingConfiguration(this, 'Logging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [this.logs.logGroupArn],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }, { singleHeader: { Name: 'cookie' } }],
    });

    new CfnWebACLAssociation(this, 'StageAssociation', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
