import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { deliveryFromEnv } from '../shared/notify/client.js';
import { type DeliveryDeps, deliverChange } from '../shared/notify/deliver.js';
import { parseChangeEvent } from '../shared/notify/events.js';
import { lambdaMetrics, METRIC, type MetricSink, MetricUnit } from '../shared/observability/metrics.js';
import { Store } from '../shared/store/index.js';

/**
 * One batch from the notifications queue (infra/notifier.ts): each message is one change event
 * from the bus. A message whose deliveries all succeeded is done; one with any failure is handed
 * back (a partial batch failure) for SQS to retry, and after five tries it waits in the
 * dead-letter queue, which is alarmed on. Logs carry the event id and hashed addresses only.
 */
export async function processBatch(
  event: SQSEvent,
  deps: DeliveryDeps,
  metrics: MetricSink,
  logger: Pick<Logger, 'info' | 'warn'>,
): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const change = parseChangeEvent(JSON.parse(record.body));
      const sent = await deliverChange(change, deps);
      const failed = sent.filter((d) => !d.ok);
      metrics.addMetric(METRIC.notificationsSent, MetricUnit.Count, sent.length - failed.length);
      metrics.addMetric(METRIC.notificationsFailed, MetricUnit.Count, failed.length);
      if (/authority_lapsed$/.test(change.action)) {
        metrics.addMetric(METRIC.legalAuthorityLapsed, MetricUnit.Count, 1);
      }
      logger.info('notification', { eventId: change.eventId, event: change.action, deliveries: sent });
      if (failed.length) failures.push({ itemIdentifier: record.messageId });
    } catch (error) {
      logger.warn('notification unreadable or undeliverable', {
        messageId: record.messageId,
        error: error instanceof Error ? error.name : 'Error',
      });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  metrics.publishStoredMetrics();
  return { batchItemFailures: failures };
}

/** The Notify API key lives in Secrets Manager; the SDK client for it ships in the Lambda runtime. */
async function notifyApiKey(secretArn: string | undefined): Promise<string | undefined> {
  if (!secretArn) return undefined;
  const moduleName = '@aws-sdk/client-secrets-manager';
  type Sm = {
    SecretsManagerClient: new () => { send(c: unknown): Promise<{ SecretString?: string }> };
    GetSecretValueCommand: new (i: { SecretId: string }) => unknown;
  };
  const sm = (await import(moduleName)) as Sm;
  const out = await new sm.SecretsManagerClient().send(new sm.GetSecretValueCommand({ SecretId: secretArn }));
  return out.SecretString;
}

const logger = new Logger({ serviceName: 'secure-beds-notifier' });
const metrics = lambdaMetrics('secure-beds-notifier');
const store = new Store({ tableName: process.env.TABLE_NAME ?? 'secure-beds' });
let deps: Promise<DeliveryDeps> | undefined;

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  deps ??= notifyApiKey(process.env.NOTIFY_API_KEY_SECRET_ARN).then(
    (key) => ({ ...deliveryFromEnv(process.env, key), contactsOf: (org: string) => store.contacts.get(org) }),
    (error: unknown) => {
      deps = undefined; // try the secret again on the next batch
      throw error;
    },
  );
  return processBatch(event, await deps, metrics, logger);
};
