import { Duration, Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, arnFinding } from './nag.js';

interface SweeperScheduleProps {
  /** The sweeper (reserved concurrency 1, set where it is made). */
  readonly sweeper: IFunction;
}

/**
 * Runs the sweeper every minute from EventBridge Scheduler. A run is never retried (a missed run
 * is made up by the next, and a retry could overlap it), but it never fails silently either:
 * a schedule that cannot invoke goes to the schedule's dead-letter queue, and a run that fails
 * inside the function goes to its on-failure destination. Both queues are alarmed on
 * (infra/monitoring.ts). Each run carries its scheduled time, which the sweeper sweeps up to, so
 * a run delivered twice does the same (conditional, idempotent) work twice.
 */
export class SweeperSchedule extends Construct {
  readonly schedule: Schedule;
  /** Invocations the scheduler could not make. */
  readonly deadLetters: Queue;
  /** Runs that failed inside the function (the async invocation's on-failure destination). */
  readonly failedRuns: Queue;

  constructor(scope: Construct, id: string, props: SweeperScheduleProps) {
    super(scope, id);
    const queue = (name: string, purpose: string) => {
      const q = new Queue(this, name, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      acknowledge(q, 'AwsSolutions-SQS3', `This queue is itself a dead-letter queue: ${purpose}.`);
      acknowledge(q, 'Serverless-SQSRedrivePolicy', `This queue is itself a dead-letter queue: ${purpose}.`);
      return q;
    };
    this.deadLetters = queue('DeadLetters', 'sweeper invocations the scheduler could not make');
    this.failedRuns = queue('FailedRuns', 'sweeper runs that failed inside the function');

    props.sweeper.configureAsyncInvoke({
      retryAttempts: 0,
      maxEventAge: Duration.minutes(2),
      onFailure: new SqsDestination(this.failedRuns),
    });

    this.schedule = new Schedule(this, 'EveryMinute', {
      description: 'Secure beds: expire lapsed holds and free their beds',
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      target: new LambdaInvoke(props.sweeper, {
        input: ScheduleTargetInput.fromObject({ scheduledTime: ContextAttribute.scheduledTime }),
        retryAttempts: 0,
        maxEventAge: Duration.minutes(1),
        deadLetterQueue: this.deadLetters,
      }),
    });
    // CDK makes the scheduler's role once per stack, beside the stack's other top-level constructs.
    acknowledge(
      Stack.of(this),
      'AwsSolutions-IAM5',
      "The scheduler's role may invoke the sweeper and its versions (`<arn>:*`), as CDK's LambdaInvoke target grants; nothing else.",
      [`${arnFinding(props.sweeper, '')}:*`],
    );
  }
}
