import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** The CloudWatch namespace of every business and operational metric the functions emit. */
export const METRICS_NAMESPACE = 'SecureBeds';

/** Metric names, shared by the code that emits them and the alarms and dashboard that read them. */
export const METRIC = {
  holdsPlaced: 'HoldsPlaced',
  holdsDeclined: 'HoldsDeclined',
  holdsExpired: 'HoldsExpired',
  requestsCreated: 'RequestsCreated',
  placementsMade: 'PlacementsMade',
  referralsMade: 'ReferralsMade',
  referralsDeclined: 'ReferralsDeclined',
  unmetRequests: 'UnmetRequests',
  legalAuthorityLapsed: 'LegalAuthorityLapsed',
  /** Seconds since the oldest lapsed hold the sweeper has not yet tidied expired (0 when none). */
  sweepLagSeconds: 'SweepLagSeconds',
  notificationsSent: 'NotificationsSent',
  notificationsFailed: 'NotificationsFailed',
} as const;

/** What the code needs of a metrics sink: Powertools Metrics when deployed, a recorder in tests. */
export interface MetricSink {
  addMetric(name: string, unit: (typeof MetricUnit)[keyof typeof MetricUnit], value: number): unknown;
  publishStoredMetrics(): unknown;
}

export function lambdaMetrics(serviceName = 'secure-beds'): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
}

export { MetricUnit };
