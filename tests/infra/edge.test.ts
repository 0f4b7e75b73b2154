import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_EVENT } from '../../infra/events.js';
import { Role } from '../../shared/contract/enums.js';
import { REGISTER_UNITS } from '../../shared/data/register.js';
import { type Resource, resourcesOf, unbundledStack } from './support.js';

// The stack's edge: WAF, Cognito and the change events (the template without bundles, in seconds).
let template: Template;
beforeAll(() => {
  template = unbundledStack().template;
});

interface PipeProperties {
  SourceParameters: { FilterCriteria: { Filters: { Pattern: string }[] } };
  TargetParameters: { InputTemplate: string; EventBridgeEventBusParameters: unknown };
}

function theOnlyPipe(): PipeProperties {
  const pipes = resourcesOf(template, 'AWS::Pipes::Pipe');
  expect(pipes).toHaveLength(1);
  const [[, pipe]] = pipes as [[string, Resource]];
  return pipe.Properties as unknown as PipeProperties;
}

describe('protection', () => {
  it('associates a WAF web ACL with per-client and per-address rate limits to the stage', () => {
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'PerClientRate',
          Statement: {
            RateBasedStatement: Match.objectLike({
              AggregateKeyType: 'CUSTOM_KEYS',
              CustomKeys: [Match.objectLike({ Header: Match.objectLike({ Name: 'authorization' }) })],
            }),
          },
        }),
        Match.objectLike({
          Name: 'PerIpRate',
          Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) },
        }),
      ]),
    });
  });
});

describe('auth', () => {
  it('requires MFA and a strong password, on the Plus tier', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      UserPoolTier: 'PLUS',
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'org', Mutable: false })]),
    });
  });

  it('has one group per role', () => {
    const groups = resourcesOf(template, 'AWS::Cognito::UserPoolGroup').map(
      ([, g]) => g.Properties.GroupName,
    );
    expect(groups.sort()).toEqual([...Role.options].sort());
  });

  it('gives each provider one client-credentials client holding only its own scope', () => {
    const providerIds = [...new Set(REGISTER_UNITS.map((u) => u.providerId))];
    const clients = resourcesOf(template, 'AWS::Cognito::UserPoolClient').map(([, c]) => c.Properties);
    for (const providerId of providerIds) {
      const mine = clients.filter((c) => c.ClientName === `provider-${providerId}`);
      expect(mine, providerId).toHaveLength(1);
      const [client] = mine;
      expect(client).toMatchObject({ AllowedOAuthFlows: ['client_credentials'], GenerateSecret: true });
      expect(client?.AllowedOAuthScopes, providerId).toHaveLength(1);
      expect(JSON.stringify(client?.AllowedOAuthScopes), providerId).toContain(`/provider:${providerId}"`);
    }
  });

  it('never lets people write their own org', () => {
    const people = resourcesOf(template, 'AWS::Cognito::UserPoolClient')
      .map(([, c]) => c.Properties)
      .find((c) => c.ClientName === 'people-console');
    expect(people?.ReadAttributes).toContain('custom:org');
    expect(people?.WriteAttributes).toBeDefined();
    expect(people?.WriteAttributes).not.toContain('custom:org');
  });
});

describe('change events', () => {
  it('pipe new audit items that notify from the table stream to the bus', () => {
    template.resourceCountIs('AWS::Events::EventBus', 1);
    const props = theOnlyPipe();
    const pattern = JSON.parse(props.SourceParameters.FilterCriteria.Filters[0]?.Pattern ?? '{}');
    expect(pattern.eventName).toEqual(['INSERT']);
    expect(pattern.dynamodb.NewImage.pk).toEqual({ S: [{ prefix: 'AUDIT#' }] });
    expect(pattern.dynamodb.NewImage.notify).toBeDefined();
    expect(props.TargetParameters.EventBridgeEventBusParameters).toEqual({
      Source: CHANGE_EVENT.source,
      DetailType: CHANGE_EVENT.detailType,
    });
  });

  it('carry ids only: never a childRef, nor the before and after of the audit item', () => {
    const inputTemplate = theOnlyPipe().TargetParameters.InputTemplate;
    expect(inputTemplate).toContain('notify.M.ids');
    expect(inputTemplate).not.toMatch(/childRef|before|after|NewImage>|NewImage\.notify>/);
  });

  it('reach an encrypted SNS topic through a rule', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: [CHANGE_EVENT.source], 'detail-type': [CHANGE_EVENT.detailType] },
      // The topic, and the notifier's queue (tests/infra/operations.test.ts), each with a DLQ.
      Targets: Match.arrayWith([
        Match.objectLike({
          Arn: { Ref: Match.stringLikeRegexp('^EventsNotifications') },
          DeadLetterConfig: Match.anyValue(),
        }),
      ]),
    });
  });
});
