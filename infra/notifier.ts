import { Duration } from 'aws-cdk-lib';
import { type Rule, RuleTargetInput } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

interface NotifierProps {
  /** The notifier Lambda (functions/notify.ts), made with the others in infra/functions.ts. */
  readonly fn: LambdaFunction;
  /** The bus rule that matches every change event. */
  readonly rule: Rule;
  /** Where the rule puts what it could not deliver to the queue. */
  readonly ruleDeadLetters: Queue;
  /** Template ids by event type (JSON, shared/notify/templates.ts); from CDK context `notifyTemplates`. */
  readonly templatesJson: string;
  /** Where message links point. */
  readonly consoleUrl: string;
}

/**
 * Delivers change events to organisations' contacts (GOV.UK Notify email and SMS, webhooks):
 * the bus rule → a queue → the notifier Lambda, which hands back any message with a failed
 * delivery; SQS retries it (five receives) and then parks it in a dead-letter queue, alarmed on.
 * The Notify API key is a secret an operator sets once after the first deploy.
 */
export class Notifier extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly apiKey: Secret;

  constructor(scope: Construct, id: string, props: NotifierProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const reason =
      'This queue is itself the dead-letter queue of the notifications queue; its depth is alarmed on.';
    acknowledge(this.deadLetters, 'AwsSolutions-SQS3', reason);
    acknowledge(this.deadLetters, 'Serverless-SQSRedrivePolicy', reason);

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(4),
      // Six times the function's timeout, as Lambda's SQS integration advises.
      visibilityTimeout: Duration.seconds(90),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });

    props.rule.addTarget(
      new SqsQueue(this.queue, {
        message: RuleTargetInput.fromEventPath('$.detail'),
        deadLetterQueue: props.ruleDeadLetters,
        retryAttempts: 20,
        maxEventAge: Duration.hours(24),
      }),
    );

    this.apiKey = new Secret(this, 'NotifyApiKey', {
      description: 'Secure beds: the GOV.UK Notify API key (set it after the first deploy)',
    });
    acknowledge(
      this.apiKey,
      'AwsSolutions-SMG4',
      'A GOV.UK Notify API key is issued and revoked in the Notify admin site, which no rotation Lambda can drive; it is replaced there and here by hand.',
    );
    this.apiKey.grantRead(props.fn);

    props.fn.addEnvironment('NOTIFY_API_KEY_SECRET_ARN', this.apiKey.secretArn);
    props.fn.addEnvironment('NOTIFY_TEMPLATES', props.templatesJson);
    props.fn.addEnvironment('CONSOLE_URL', props.consoleUrl);
    props.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
      }),
    );
    acknowledge(
      props.fn,
      'Serverless-LambdaEventSourceMappingDestination',
      'An SQS event source cannot have an on-failure destination; the queue itself sends a message that failed five times to its dead-letter queue (alarmed on).',
    );
  }
}
