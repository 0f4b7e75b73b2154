import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { AccountRootPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../shared/store/table.js';
import { ownKey } from './keys.js';

interface DataProps {
  /** How far back point-in-time recovery reaches (1–35 days); default 35, the most DynamoDB keeps. */
  readonly recoveryPeriodInDays?: number;
}

/**
 * The one table, built from the same TABLE_KEYS the local server uses, so the deployed key schema
 * cannot drift from the one the tests run against.
 *
 * Encrypted with a customer-managed KMS key rather than the AWS-owned default: the table holds
 * child-level special category data, and a key of our own puts every decrypt in CloudTrail, lets
 * the key policy (not only IAM) say who may read it, and can be disabled to cut off all access at
 * once. The cost is $1 a month plus requests, which DynamoDB keeps low by caching data keys.
 */
export class Data extends Construct {
  readonly table: TableV2;
  readonly key: Key;

  constructor(scope: Construct, id: string, props: DataProps = {}) {
    super(scope, id);
    // Not the default "the account may do anything": named admins manage it, and it is used only
    // through DynamoDB, by principals of this account that IAM allows (infra/access.ts).
    this.key = ownKey(this, 'TableKey', {
      description: 'Secure beds: encrypts the table, its stream and its backups',
      removalPolicy: RemovalPolicy.RETAIN,
      use: [
        new PolicyStatement({
          sid: 'UseThroughDynamoDBOnly',
          principals: [new AccountRootPrincipal()],
          actions: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:DescribeKey',
            'kms:CreateGrant',
          ],
          resources: ['*'],
          conditions: {
            StringEquals: {
              'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com`,
              'kms:CallerAccount': Stack.of(this).account,
            },
          },
        }),
      ],
    });

    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      // Each index carries only what its readers take from it (decision 0014): the same
      // projections DynamoDB Local is given, from the one definition.
      globalSecondaryIndexes: TABLE_KEYS.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.pk, type: AttributeType.STRING },
        sortKey: { name: index.sk, type: AttributeType.STRING },
        ...(index.projection.type === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...index.projection.attributes] }
          : { projectionType: ProjectionType.KEYS_ONLY }),
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: props.recoveryPeriodInDays ?? 35,
      },
      deletionProtection: true,
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      // The audit items double as the outbox: the stream carries each new one to EventBridge.
      dynamoStream: StreamViewType.NEW_IMAGE,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
