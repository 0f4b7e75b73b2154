import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITableV2, Operation } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '../shared/observability/metrics.js';
import { encryptedTopic } from './topics.js';

interface MonitoringProps {
  readonly functions: Readonly<Record<string, IFunction>>;
  /** The sweeper, for its lag metric and its own error alarm. */
  readonly sweeper: IFunction;
  readonly restApiName: string;
  readonly stageName: string;
  readonly table: ITableV2;
  /** Every dead-letter queue and on-failure destination: any message in one is an alarm. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
  readonly pipeName: string;
  /** The web ACL's metric name (its visibility config) and the region it sits in. */
  readonly webAclMetricName: string;
  /** Subscribed to the operations topic when given (it must confirm by email). */
  readonly operationsEmail?: string;
}

const FIVE_MINUTES = Duration.minutes(5);

/** The operations you call when a table operation's throttles or system errors are summed. */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.QUERY,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.BATCH_GET_ITEM,
];

/**
 * Alarms to one operations topic and one dashboard for the whole service. Each alarm is named
 * for what broke, so the page that wakes someone says where to look. The business signals
 * (holds, declines, unmet requests, lapsed authority) come from Powertools Metrics in the
 * functions (shared/observability/metrics.ts) and sit on the dashboard, not behind alarms:
 * they describe demand, not faults.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // Alarm messages name resources, never records; still, the topic is encrypted with a key
    // only CloudWatch (for this account's alarms) may use to publish.
    const alarms = stack.formatArn({
      service: 'cloudwatch',
      resource: 'alarm',
      resourceName: 'secure-beds-*',
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.topic = encryptedTopic(this, {
      id: 'Alarms',
      displayName: 'Secure beds operations alarms',
      keyDescription: 'Secure beds: encrypts the operations alarm topic',
      publisher: {
        sid: 'PublishFromOurAlarmsOnly',
        service: 'cloudwatch.amazonaws.com',
        sourceArn: { ArnLike: { 'aws:SourceArn': alarms } },
      },
      email: props.operationsEmail,
    });
    const action = new SnsAction(this.topic);

    const alarm = (
      name: string,
      metric: IMetric,
      threshold: number,
      description: string,
      missing = TreatMissingData.NOT_BREACHING,
    ) => {
      const a = new Alarm(this, name, {
        alarmName: `secure-beds-${name}`,
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: missing,
      });
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(
        `${name}-errors`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `The ${name} Lambda failed`,
      );
      alarm(
        `${name}-throttles`,
        fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        `The ${name} Lambda was throttled`,
      );
    }

    const api = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiName: props.restApiName, Stage: props.stageName },
        statistic,
        period: FIVE_MINUTES,
      });
    const api5xx = api('5XXError', 'Sum');
    const apiP95 = api('Latency', 'p95');
    alarm('api-5xx', api5xx, 5, 'The API answered 5xx five or more times in five minutes');
    alarm('api-p95-latency', apiP95, 2000, 'The API’s p95 latency was over 2 s for five minutes');

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(
        `${name}-dlq-depth`,
        queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
        1,
        `Something could not be delivered and waits in the ${name} dead-letter queue`,
      );
    }

    const pipeFailures = new Metric({
      namespace: 'AWS/EventBridge/Pipes',
      metricName: 'ExecutionFailed',
      dimensionsMap: { PipeName: props.pipeName },
      statistic: 'Sum',
      period: FIVE_MINUTES,
    });
    alarm('pipe-failures', pipeFailures, 1, 'The change pipe failed to carry stream records to the bus');

    // The sweeper's own errors are `sweeper-errors` above; its lag is what it leaves behind.
    const sweepLag = new Metric({
      namespace: METRICS_NAMESPACE,
      metricName: METRIC.sweepLagSeconds,
      dimensionsMap: { service: 'secure-beds-sweeper' },
      statistic: 'Maximum',
      period: FIVE_MINUTES,
    });
    // Missing data breaches: a sweeper that stops running stops reporting its lag.
    alarm(
      'sweeper-lag',
      sweepLag,
      600,
      'A lapsed hold has waited over 10 minutes to be tidied, or the sweeper stopped reporting',
      TreatMissingData.BREACHING,
    );

    const tableThrottles = props.table.metricThrottledRequestsForOperations({
      operations: TABLE_OPERATIONS,
      period: FIVE_MINUTES,
    });
    const tableErrors = props.table.metricSystemErrorsForOperations({
      operations: TABLE_OPERATIONS,
      period: FIVE_MINUTES,
    });
    alarm('table-throttles', tableThrottles, 1, 'DynamoDB throttled requests to the table');
    alarm(
      'table-system-errors',
      tableErrors,
      1,
      'DynamoDB answered requests to the table with system errors',
    );

    const wafBlocks = new Metric({
      namespace: 'AWS/WAFV2',
      metricName: 'BlockedRequests',
      dimensionsMap: { WebACL: props.webAclMetricName, Region: stack.region, Rule: 'ALL' },
      statistic: 'Sum',
      period: FIVE_MINUTES,
    });
    alarm(
      'waf-blocks',
      wafBlocks,
      100,
      'WAF blocked 100 or more requests in five minutes: an attack or a client gone wrong',
    );

    const business = (metricName: string, service = 'secure-beds') =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        dimensionsMap: { service },
        statistic: 'Sum',
        period: Duration.hours(1),
      });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: 'secure-beds',
      defaultInterval: Duration.hours(24),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: '# Secure beds\nAlarms go to the operations topic. Figures carry ids and counts only.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API 5xx', left: [api5xx], width: 8 }),
      new GraphWidget({ title: 'API p95 latency (ms)', left: [apiP95], width: 8 }),
      new GraphWidget({ title: 'WAF blocked requests', left: [wafBlocks], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Lambda errors',
        left: Object.entries(props.functions).map(([n, fn]) =>
          fn.metricErrors({ label: n, period: FIVE_MINUTES }),
        ),
        width: 12,
      }),
      new GraphWidget({
        title: 'Lambda throttles',
        left: Object.entries(props.functions).map(([n, fn]) =>
          fn.metricThrottles({ label: n, period: FIVE_MINUTES }),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Table throttles', left: [tableThrottles], width: 4 }),
      new GraphWidget({ title: 'Table system errors', left: [tableErrors], width: 4 }),
      new GraphWidget({
        title: 'Dead-letter queues',
        left: Object.entries(props.deadLetterQueues).map(([n, q]) =>
          q.metricApproximateNumberOfMessagesVisible({ label: n, period: FIVE_MINUTES }),
        ),
        width: 8,
      }),
      new GraphWidget({
        title: 'Pipe failures; sweeper lag (s)',
        left: [pipeFailures],
        right: [sweepLag],
        width: 8,
      }),
    );
    // DynamoDB's own latency per operation: what a per-call X-Ray subsegment showed before the
    // functions stopped loading the X-Ray SDK (decision 0016).
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Table latency by operation (ms, average)',
        left: TABLE_OPERATIONS.map((operation) =>
          props.table.metricSuccessfulRequestLatency({
            dimensionsMap: { TableName: props.table.tableName, Operation: operation },
            statistic: 'Average',
            label: operation,
            period: FIVE_MINUTES,
          }),
        ),
        width: 24,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Holds placed, declined, expired',
        left: [
          business(METRIC.holdsPlaced),
          business(METRIC.holdsDeclined),
          business(METRIC.holdsExpired, 'secure-beds-sweeper'),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Requests, unmet requests, referrals, placements, lapsed legal authority',
        left: [
          business(METRIC.requestsCreated),
          business(METRIC.unmetRequests),
          business(METRIC.referralsMade),
          business(METRIC.referralsDeclined),
          business(METRIC.placementsMade),
          // Counted by the notifier from the sweeper's events: no API call lapses an authority.
          business(METRIC.legalAuthorityLapsed, 'secure-beds-notifier'),
        ],
        width: 12,
      }),
    );
  }
}
