import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRootPrincipal,
  ArnPrincipal,
  PolicyDocument,
  PolicyStatement,
  ServicePrincipal,
} from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { CfnLogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct, type IConstruct } from 'constructs';

/** What CloudWatch Logs masks in every log group (and reports as a finding): staff and child identifiers. */
export const MASKED_IDENTIFIERS = [
  'EmailAddress',
  'PhoneNumber-GB',
  'NhsNumber-GB',
  'NationalInsuranceNumber-GB',
  'Address',
];

/** The key-administration actions: everything but using the key. */
export const KEY_ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
];

/**
 * The administration statement of each of our keys: the named admin roles (CDK context
 * `keyAdminArns`, comma-separated) or, without any, the account, may manage the key but never
 * use it to encrypt or decrypt.
 */
export function keyAdminStatement(scope: IConstruct): PolicyStatement {
  const raw = scope.node.tryGetContext('keyAdminArns');
  const arns = typeof raw === 'string' && raw ? raw.split(',').map((a) => a.trim()) : [];
  return new PolicyStatement({
    sid: 'KeyAdministration',
    actions: KEY_ADMIN_ACTIONS,
    principals: arns.length ? arns.map((arn) => new ArnPrincipal(arn)) : [new AccountRootPrincipal()],
    resources: ['*'],
  });
}

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
    this.key = new Key(this, 'Key', {
      description: 'Secure beds: encrypts every log group',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      policy: new PolicyDocument({
        statements: [
          keyAdminStatement(this),
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
      }),
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
