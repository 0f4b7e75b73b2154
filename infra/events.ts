import { Annotations, Duration, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SnsTopic } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';
import { encryptedTopic } from './topics.js';

/** The notification rule's name, fixed so that policies can name its ARN. */
const NOTIFY_RULE_NAME = 'secure-beds-change-events';

/** The `source` and `detail-type` of every change event on the bus. */
export const CHANGE_EVENT = { source: 'secure-beds', detailType: 'Change notified' } as const;

/**
 * Only new audit items that ask to notify someone: the audit item is the outbox record, written
 * in the same transaction as the change it reports (shared/store/audit.ts). `notify` is a map,
 * and EventBridge `exists` matches leaves only, so the pattern tests its `to` list's strings.
 */
const CHANGE_FILTER = {
  eventName: ['INSERT'],
  dynamodb: {
    NewImage: {
      pk: { S: [{ prefix: 'AUDIT#' }] },
      notify: { M: { to: { L: { S: [{ exists: true }] } } } },
    },
  },
};

/**
 * What a change event carries: ids and the action, never the audit item's before/after (which
 * can hold a childRef or a child's needs). `to` and `ids` stay in DynamoDB's typed JSON
 * (`{"S": "…"}`): a template can only copy a value, not reshape it.
 */
export const CHANGE_TEMPLATE = `{
  "eventId": "<$.dynamodb.NewImage.id.S>",
  "entity": "<$.dynamodb.NewImage.entity.S>",
  "entityType": "<$.dynamodb.NewImage.entityType.S>",
  "action": "<$.dynamodb.NewImage.action.S>",
  "at": "<$.dynamodb.NewImage.at.S>",
  "to": <$.dynamodb.NewImage.notify.M.to.L>,
  "ids": <$.dynamodb.NewImage.notify.M.ids.M>
}`;

interface EventsProps {
  /** The table whose stream (NEW_IMAGE) carries the audit items. */
  readonly table: ITableV2;
  /** Optional: an address subscribed to the notifications topic (it must confirm by email). */
  readonly notificationEmail?: string;
  readonly logRetention: RetentionDays;
}

/**
 * Change notifications: an EventBridge Pipe from the table's stream to a bus, filtered to new
 * audit items that ask to notify, reshaped to ids only; a rule from the bus to an SNS topic.
 * Subscribers who need more read it through the API, as who they are.
 */
export class Events extends Construct {
  readonly bus: EventBus;
  readonly topic: Topic;
  readonly pipe: CfnPipe;
  readonly deadLetters: Queue;
  /** Every change event; the notifier adds its queue as a second target (infra/notifier.ts). */
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);
    const streamArn = props.table.tableStreamArn;
    if (!streamArn) throw new Error('Events needs a table with a stream');

    this.bus = new EventBus(this, 'Bus', { description: 'Secure beds: change notifications (ids only)' });

    // What the pipe and the rule could not deliver after their retries; kept 14 days for replay.
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.deadLetters,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue of the change pipe and the notification rule.',
    );
    acknowledge(
      this.deadLetters,
      'Serverless-SQSRedrivePolicy',
      'This queue is itself the dead-letter queue of the change pipe and the notification rule; its depth is alarmed on (infra/monitoring.ts).',
    );

    const pipeLogs = new LogGroup(this, 'PipeLogs', { retention: props.logRetention });
    const pipeRole = new Role(this, 'PipeRole', {
      assumedBy: new ServicePrincipal('pipes.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'Secure beds: the change pipe (table stream to event bus)',
    });
    props.table.grantStreamRead(pipeRole);
    this.bus.grantPutEventsTo(pipeRole);
    this.deadLetters.grantSendMessages(pipeRole);
    pipeLogs.grantWrite(pipeRole);
    this.pipe = new CfnPipe(this, 'ChangePipe', {
      description: 'Secure beds: new audit items that notify, as ids-only events',
      roleArn: pipeRole.roleArn,
      source: streamArn,
      sourceParameters: {
        dynamoDbStreamParameters: {
          startingPosition: 'LATEST',
          batchSize: 10,
          maximumBatchingWindowInSeconds: 1,
          maximumRetryAttempts: 10,
          deadLetterConfig: { arn: this.deadLetters.queueArn },
        },
        filterCriteria: { filters: [{ pattern: JSON.stringify(CHANGE_FILTER) }] },
      },
      target: this.bus.eventBusArn,
      targetParameters: {
        eventBridgeEventBusParameters: CHANGE_EVENT,
        inputTemplate: CHANGE_TEMPLATE,
      },
      // Errors only, and without execution data: the raw stream record is the whole audit item.
      logConfiguration: {
        cloudwatchLogsLogDestination: { logGroupArn: pipeLogs.logGroupArn },
        level: 'ERROR',
      },
    });
    this.pipe.node.addDependency(pipeRole);

    // A key of our own, not alias/aws/sns: AWS-managed keys cannot let EventBridge publish.
    // The rule's ARN, built from its fixed name so the key policy can name it without a cycle
    // (key → topic → rule → key).
    const stack = Stack.of(this);
    const ruleArn = stack.formatArn({
      service: 'events',
      resource: 'rule',
      resourceName: `${this.bus.eventBusName}/${NOTIFY_RULE_NAME}`,
    });
    this.topic = encryptedTopic(this, {
      id: 'Notifications',
      displayName: 'Secure beds notifications',
      keyDescription: 'Secure beds: encrypts the notifications topic',
      publisher: {
        sid: 'PublishFromTheNotifyRuleOnly',
        service: 'events.amazonaws.com',
        sourceArn: { ArnEquals: { 'aws:SourceArn': ruleArn } },
      },
      email: props.notificationEmail,
    });

    this.rule = new Rule(this, 'NotifyRule', {
      ruleName: NOTIFY_RULE_NAME,
      eventBus: this.bus,
      description: 'Secure beds: every change event to the notifications topic',
      eventPattern: { source: [CHANGE_EVENT.source], detailType: [CHANGE_EVENT.detailType] },
      targets: [
        // Through a reference, so that CDK adds no grant of its own (it would grant EventBridge the
        // key and the topic with no aws:SourceArn); the grants are made below, for this rule only.
        new SnsTopic(Topic.fromTopicArn(this, 'TopicForRule', this.topic.topicArn), {
          message: RuleTargetInput.fromEventPath('$.detail'),
          deadLetterQueue: this.deadLetters,
          retryAttempts: 20,
          maxEventAge: Duration.hours(24),
        }),
      ],
    });
    // The topic is referenced by ARN (above) within this same stack and environment.
    Annotations.of(this.rule).acknowledgeWarning(
      '@aws-cdk/aws-events:ruleUnresolvedEnvironment',
      'The target topic is in this stack; it is referenced by ARN only to keep CDK from adding an unconditioned grant.',
    );
    // EventBridge may publish for this rule only (the key's policy says the same, above).
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'PublishFromTheNotifyRuleOnly',
        principals: [new ServicePrincipal('events.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { ArnEquals: { 'aws:SourceArn': this.rule.ruleArn } },
      }),
    );
  }
}
