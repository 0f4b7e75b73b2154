import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { CfnLogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';
import { ownKey } from './keys.js';

/** What CloudWatch Logs masks in every log group (and reports as a finding): staff and child identifiers. */
const MASKED_IDENTIFIERS = [
  'EmailAddress',
  'PhoneNumber-GB',
  'NhsNumber-GB',
  'NationalInsuranceNumber-GB',
  'Address',
];

/**
 * Every log group of the stack: encrypted with a key of its own that only CloudWatch Logs (for
 * this account's log groups) may use, kept for a set time, and under a data-protection policy
 * that masks identifiers if one ever reaches a log (logs carry ids only by design).
 */
export class ProtectedLogs extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);
    const logGroups = stack.formatArn({
      service: 'logs',
      resource: 'log-group',
      resourceName: '*',
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.key = ownKey(this, 'Key', {
      description: 'Secure beds: encrypts every log group',
      removalPolicy: RemovalPolicy.RETAIN,
      use: [
        new PolicyStatement({
          sid: 'CloudWatchLogsOfThisAccount',
          principals: [new ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
          actions: [
            'kms:Encrypt*',
            'kms:Decrypt*',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:Describe*',
          ],
          resources: ['*'],
          conditions: {
            ArnLike: { 'kms:EncryptionContext:aws:logs:arn': logGroups },
            StringEquals: { 'aws:SourceAccount': stack.account },
          },
        }),
      ],
    });
  }

  /** Applies the key, a retention (if none) and the data-protection policy to every log group under `scope`. */
  protect(scope: IConstruct, retention = RetentionDays.THREE_MONTHS): void {
    const stack = Stack.of(this);
    const identifiers = MASKED_IDENTIFIERS.map((name) =>
      stack.formatArn({
        service: 'dataprotection',
        region: '',
        account: 'aws',
        resource: 'data-identifier',
        resourceName: name,
      }),
    );
    for (const node of scope.node.findAll()) {
      if (!(node instanceof CfnLogGroup)) continue;
      node.kmsKeyId = this.key.keyArn;
      node.retentionInDays ??= retention;
      node.dataProtectionPolicy = {
        Name: 'secure-beds-logs',
        Description: 'Mask identifiers that should never be in a log',
        Version: '2021-06-01',
        Statement: [
          { Sid: 'audit', DataIdentifier: identifiers, Operation: { Audit: { FindingsDestination: {} } } },
          { Sid: 'redact', DataIdentifier: identifiers, Operation: { Deidentify: { MaskConfig: {} } } },
        ],
      };
    }
  }
}
