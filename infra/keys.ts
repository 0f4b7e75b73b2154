import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRootPrincipal,
  ArnPrincipal,
  PolicyDocument,
  PolicyStatement,
  type PolicyStatement as Statement,
} from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IConstruct } from 'constructs';

/** The key-administration actions: everything but using the key. */
const KEY_ADMIN_ACTIONS = [
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
function keyAdminStatement(scope: IConstruct): PolicyStatement {
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
 * A customer-managed key of ours: rotated yearly, administered under `keyAdminStatement`, and
 * usable only as `use` says (each key names the one service and account that may use it).
 */
export function ownKey(
  scope: IConstruct,
  id: string,
  props: { description: string; use: Statement[]; removalPolicy?: RemovalPolicy },
): Key {
  return new Key(scope, id, {
    description: props.description,
    enableKeyRotation: true,
    ...(props.removalPolicy ? { removalPolicy: props.removalPolicy } : {}),
    policy: new PolicyDocument({ statements: [keyAdminStatement(scope), ...props.use] }),
  });
}
