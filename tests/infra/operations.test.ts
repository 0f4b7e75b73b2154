import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT, CHILD_LEVEL, TABLE_ACCESS } from '../../infra/access.js';
import { LAMBDA_ENTRIES, type LambdaName } from '../../infra/bundling.js';
import { METRIC, METRICS_NAMESPACE } from '../../shared/observability/metrics.js';
import { resourcesOf, unbundledStack } from './support.js';

let template: Template;

beforeAll(() => {
  template = unbundledStack().template;
});

const FUNCTIONS = [...Object.keys(LAMBDA_ENTRIES), 'authorizer'];

/** Every alarm, by its name. */
function alarms(): Map<string, Record<string, unknown>> {
  return new Map(
    resourcesOf(template, 'AWS::CloudWatch::Alarm').map(([, a]) => [
      a.Properties.AlarmName as string,
      a.Properties,
    ]),
  );
}

const opsTopicRef = () => {
  const topics = resourcesOf(template, 'AWS::SNS::Topic').filter(([, t]) =>
    String(t.Properties.DisplayName).includes('operations'),
  );
  expect(topics).toHaveLength(1);
  return { Ref: topics[0]?.[0] };
};

describe('alarms', () => {
  it('all go to the operations topic, on alarm and when they clear', () => {
    const topic = opsTopicRef();
    expect(alarms().size).toBeGreaterThan(0);
    for (const [name, alarm] of alarms()) {
      expect(alarm.AlarmActions, name).toEqual([topic]);
      expect(alarm.OKActions, name).toEqual([topic]);
    }
  });

  it.each(FUNCTIONS)('watch the %s Lambda for errors and throttles', (name) => {
    for (const [kind, metric] of [
      ['errors', 'Errors'],
      ['throttles', 'Throttles'],
    ]) {
      const alarm = alarms().get(`secure-beds-${name}-${kind}`);
      expect(alarm, `${name} ${kind}`).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Threshold: 1,
      });
    }
  });

  it('watch the API for 5xx answers and p95 latency', () => {
    expect(alarms().get('secure-beds-api-5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5XXError',
    });
    expect(alarms().get('secure-beds-api-p95-latency')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p95',
    });
  });

  it('watch the depth of every dead-letter queue and on-failure destination', () => {
    // Every queue but the notifications queue (the one with a redrive policy) is where failures wait.
    const queues = resourcesOf(template, 'AWS::SQS::Queue')
      .filter(([, q]) => !q.Properties.RedrivePolicy)
      .map(([id]) => id);
    const watched = [...alarms().values()]
      .filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible')
      .map((a) => (a.Dimensions as { Value: { 'Fn::GetAtt': string[] } }[])[0]?.Value['Fn::GetAtt'][0]);
    expect(queues.length).toBeGreaterThanOrEqual(4);
    expect(watched.sort()).toEqual(queues.sort());
  });

  it('watch the change pipe for failures', () => {
    expect(alarms().get('secure-beds-pipe-failures')).toMatchObject({
      Namespace: 'AWS/EventBridge/Pipes',
      MetricName: 'ExecutionFailed',
    });
  });

  it('watch the sweeper for errors and for lag, and treat a silent sweeper as lagging', () => {
    expect(alarms().get('secure-beds-sweeper-errors')).toMatchObject({ MetricName: 'Errors' });
    expect(alarms().get('secure-beds-sweeper-lag')).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: METRIC.sweepLagSeconds,
      TreatMissingData: 'breaching',
    });
  });

  it('watch the table for throttles and system errors', () => {
    for (const name of ['secure-beds-table-throttles', 'secure-beds-table-system-errors']) {
      const alarm = alarms().get(name);
      expect(alarm?.Metrics, name).toBeDefined(); // a sum over the table's operations
      expect(JSON.stringify(alarm?.Metrics), name).toContain('AWS/DynamoDB');
    }
  });

  it('watch WAF blocks', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'secure-beds-waf-blocks',
      Namespace: 'AWS/WAFV2',
      MetricName: 'BlockedRequests',
      Dimensions: Match.arrayWith([{ Name: 'WebACL', Value: 'secure-beds-api' }]),
    });
  });

  it('come with one dashboard showing the business signals', () => {
    const dashboards = resourcesOf(template, 'AWS::CloudWatch::Dashboard');
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0]?.[1].Properties.DashboardBody);
    for (const metric of [
      METRIC.holdsPlaced,
      METRIC.holdsDeclined,
      METRIC.unmetRequests,
      METRIC.legalAuthorityLapsed,
    ]) {
      expect(body).toContain(metric);
    }
  });

  it("show DynamoDB's latency for each operation the functions call (no X-Ray subsegments since decision 0016)", () => {
    const body = JSON.stringify(
      resourcesOf(template, 'AWS::CloudWatch::Dashboard')[0]?.[1].Properties.DashboardBody,
    );
    expect(body).toContain('SuccessfulRequestLatency');
    for (const operation of ['GetItem', 'Query', 'TransactWriteItems', 'BatchGetItem'])
      expect(body).toContain(operation);
  });
});

describe('the sweeper', () => {
  const sweeperId = () => {
    const sweepers = resourcesOf(template, 'AWS::Lambda::Function').filter(([, f]) =>
      String(f.Properties.Description).endsWith('sweeper'),
    );
    expect(sweepers).toHaveLength(1);
    return sweepers[0]?.[0];
  };

  it('runs every minute from EventBridge Scheduler with no retries, its own DLQ and its scheduled time', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 minute)',
      Target: {
        Arn: { 'Fn::GetAtt': [sweeperId(), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 0 },
        DeadLetterConfig: { Arn: Match.anyValue() },
        Input: Match.stringLikeRegexp('<aws.scheduler.scheduled-time>'),
      },
    });
    template.resourceCountIs('AWS::Events::Rule', 1); // only the notification rule remains
  });

  it('has reserved concurrency 1, no async retries and an on-failure destination', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('sweeper$'),
      ReservedConcurrentExecutions: 1,
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: sweeperId() },
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });
});

describe('notification delivery', () => {
  const notifierId = () => {
    const fns = resourcesOf(template, 'AWS::Lambda::Function').filter(([, f]) =>
      String(f.Properties.Description).endsWith('notify'),
    );
    expect(fns).toHaveLength(1);
    return fns[0]?.[0];
  };

  it('takes every change event from the bus rule into a queue, ids only', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      Targets: Match.arrayWith([
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NotifierQueue'), 'Arn'] },
          InputPath: '$.detail',
          DeadLetterConfig: Match.anyValue(),
        }),
      ]),
    });
  });

  it('retries a failed message five times, then parks it in a dead-letter queue', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: notifierId() },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('gives the notifier its Notify key as a secret it alone may read, and its templates', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('notify$'),
      Environment: {
        Variables: Match.objectLike({
          NOTIFY_API_KEY_SECRET_ARN: { Ref: Match.stringLikeRegexp('^NotifierNotifyApiKey') },
          NOTIFY_TEMPLATES: Match.anyValue(),
          CONSOLE_URL: Match.anyValue(),
        }),
      },
    });
    // Only the notifier reads the Notify key (the console reads its own OIDC client secret).
    const readers = resourcesOf(template, 'AWS::IAM::Policy').filter(([, p]) => {
      const doc = JSON.stringify(p.Properties.PolicyDocument);
      return doc.includes('secretsmanager:GetSecretValue') && doc.includes('NotifierNotifyApiKey');
    });
    expect(readers.map(([id]) => id)).toEqual([expect.stringMatching(/notifyRole/)]);
  });
});

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string[]>>;
};

/** Every statement of the policies attached to one function's role. */
function statementsOf(name: string): Statement[] {
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([id]) => id.startsWith(`Functions${name}Role`))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}
const actionsOf = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const keysOf = (s: Statement, quantifier = 'ForAllValues:StringLike') =>
  s.Condition?.[quantifier]?.['dynamodb:LeadingKeys'];

describe('table permissions', () => {
  const names = Object.keys(TABLE_ACCESS) as LambdaName[];

  it('never allow a Scan, a batch write or a wildcard action on the table, to any role', () => {
    for (const [id, policy] of resourcesOf(template, 'AWS::IAM::Policy')) {
      for (const st of (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement) {
        if (st.Effect !== 'Allow') continue;
        for (const action of actionsOf(st)) {
          expect(action, id).not.toMatch(/^dynamodb:(Scan|BatchWriteItem|\*|.*\*)$/);
        }
      }
    }
  });

  it.each(names)('give %s exactly the partitions of its access pattern', (name) => {
    const dynamo = statementsOf(name).filter(
      (s) => s.Effect === 'Allow' && actionsOf(s).some((a) => a.startsWith('dynamodb:')),
    );
    const reads = dynamo.find((s) => actionsOf(s).includes('dynamodb:Query'));
    const writes = dynamo.find((s) => actionsOf(s).includes('dynamodb:PutItem'));
    expect(keysOf(reads as Statement)).toEqual([...TABLE_ACCESS[name].read]);
    if (TABLE_ACCESS[name].write.length)
      expect(keysOf(writes as Statement)).toEqual([...TABLE_ACCESS[name].write]);
    else expect(writes).toBeUndefined();
    for (const s of dynamo) expect(keysOf(s), JSON.stringify(s.Action)).toBeDefined(); // every grant is by partition
    const deletes = dynamo.filter((s) => actionsOf(s).includes('dynamodb:DeleteItem'));
    // No API function deletes anything (idempotency records are put in transactions, and TTL ends them).
    expect(deletes.map((s) => keysOf(s))).toEqual(
      TABLE_ACCESS[name].delete ? [[...TABLE_ACCESS[name].delete]] : [],
    );
  });

  it.each(names)('deny %s any change to an audit item: the trail is write-once', (name) => {
    const deny = statementsOf(name).find((s) => s.Effect === 'Deny');
    expect(actionsOf(deny as Statement).sort()).toEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:DeleteItem',
      'dynamodb:UpdateItem',
    ]);
    expect(keysOf(deny as Statement, 'ForAnyValue:StringLike')).toEqual([AUDIT]);
  });

  it('never let commissioning read a request, hold, placement or audit item by its key', () => {
    const read = TABLE_ACCESS.commissioning.read;
    for (const prefix of [...CHILD_LEVEL, AUDIT]) expect(read).not.toContain(prefix);
    // Its only writes are the kept demand days and usage nights: settled, coarse facts with no
    // child-level field (decisions 0013, 0015).
    expect(TABLE_ACCESS.commissioning.write).toEqual(['DEMANDDAY', 'USAGEDAY']);
  });

  it('let only the notifier and the system function (contacts) reach contact lists', () => {
    for (const name of names) {
      const reaches = [...TABLE_ACCESS[name].read, ...TABLE_ACCESS[name].write].includes('CONTACTS#*');
      expect(reaches, name).toBe(name === 'notify' || name === 'system');
    }
  });
});

type KeyStatement = {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Principal: unknown;
  Condition?: Record<string, Record<string, unknown>>;
};
const keyStatements = (): [string, KeyStatement[]][] =>
  resourcesOf(template, 'AWS::KMS::Key').map(([id, k]) => [
    id,
    (k.Properties.KeyPolicy as { Statement: KeyStatement[] }).Statement,
  ]);
const asList = (a: string | string[]) => (Array.isArray(a) ? a : [a]);

describe('keys', () => {
  it('have named admins who cannot use them, and no "kms:*" for anyone', () => {
    expect(keyStatements().length).toBeGreaterThanOrEqual(4);
    for (const [id, statements] of keyStatements()) {
      for (const s of statements) expect(asList(s.Action), id).not.toContain('kms:*');
      const admin = statements.find((s) => s.Sid === 'KeyAdministration');
      expect(admin, id).toBeDefined();
      expect(
        asList(admin?.Action ?? []).filter((a) => /Encrypt|Decrypt|GenerateDataKey/.test(a)),
        id,
      ).toEqual([]);
    }
  });

  it('let the table key be used only through DynamoDB, by this account', () => {
    const [, statements] = keyStatements().find(([id]) => id.startsWith('DataTableKey')) ?? ['', []];
    const use = statements.find((s) => s.Sid === 'UseThroughDynamoDBOnly');
    expect(use?.Condition?.StringEquals).toMatchObject({
      'kms:ViaService': expect.stringMatching(/^dynamodb\./),
      'kms:CallerAccount': expect.anything(),
    });
    expect(
      statements.filter((s) => s.Sid !== 'KeyAdministration' && s.Sid !== 'UseThroughDynamoDBOnly'),
    ).toEqual([]);
  });

  it('let services use the topic keys only from our own rule and alarms (aws:SourceArn)', () => {
    for (const [prefix, service] of [
      ['EventsTopicKey', 'events.amazonaws.com'],
      ['MonitoringTopicKey', 'cloudwatch.amazonaws.com'],
    ]) {
      const [, statements] = keyStatements().find(([id]) => id.startsWith(prefix as string)) ?? ['', []];
      const forService = statements.filter((s) => JSON.stringify(s.Principal).includes(service as string));
      expect(forService, prefix).toHaveLength(1);
      expect(JSON.stringify(forService[0]?.Condition), prefix).toContain('aws:SourceArn');
    }
  });

  it('let only the notify rule publish to the notifications topic', () => {
    const policies = resourcesOf(template, 'AWS::SNS::TopicPolicy').map(([, p]) =>
      JSON.stringify(p.Properties),
    );
    const eventsGrants = policies.join().match(/events\.amazonaws\.com/g) ?? [];
    expect(eventsGrants).toHaveLength(1);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: { ArnEquals: { 'aws:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });
});

describe('logs', () => {
  it('are all encrypted with the log key, kept for a set time and under a data-protection policy', () => {
    const groups = resourcesOf(template, 'AWS::Logs::LogGroup');
    expect(groups.length).toBeGreaterThanOrEqual(10);
    for (const [id, group] of groups) {
      expect(group.Properties.KmsKeyId, id).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^LogsKey/), 'Arn'],
      });
      expect(group.Properties.RetentionInDays, id).toBeGreaterThan(0);
      expect(JSON.stringify(group.Properties.DataProtectionPolicy), id).toContain('NhsNumber-GB');
    }
  });

  it('include WAF logs, with tokens and cookies redacted', () => {
    template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: Match.arrayWith([{ SingleHeader: { Name: 'authorization' } }]),
    });
  });

  it('include the API execution log group, so it has a retention', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: { 'Fn::Join': ['', Match.arrayWith(['API-Gateway-Execution-Logs_'])] },
      RetentionInDays: Match.anyValue(),
    });
  });
});
