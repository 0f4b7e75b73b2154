import { Stack } from 'aws-cdk-lib';
import { AccountRootPrincipal, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { ownKey } from './keys.js';

interface EncryptedTopicProps {
  /** The topic's construct id (its key is `TopicKey` beside it). */
  id: string;
  displayName: string;
  keyDescription: string;
  /** The one AWS service that publishes, and the ARN condition that names what may publish. */
  publisher: {
    sid: string;
    service: string;
    sourceArn: { ArnEquals: { 'aws:SourceArn': string } } | { ArnLike: { 'aws:SourceArn': string } };
  };
  /** Someone to tell by email, if given. */
  email?: string;
}

/**
 * A topic encrypted with a key of its own: AWS-managed keys (alias/aws/sns) cannot let another
 * service publish. Only the named publisher (for the named source, in this account) and SNS in
 * this account may use the key. The notifications topic and the alarm topic are both made here.
 */
export function encryptedTopic(scope: Construct, props: EncryptedTopicProps): Topic {
  const stack = Stack.of(scope);
  const key = ownKey(scope, 'TopicKey', {
    description: props.keyDescription,
    use: [
      new PolicyStatement({
        sid: props.publisher.sid,
        principals: [new ServicePrincipal(props.publisher.service)],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          ...props.publisher.sourceArn,
          StringEquals: { 'aws:SourceAccount': stack.account },
        },
      }),
      new PolicyStatement({
        sid: 'UseThroughSnsInThisAccount',
        principals: [new AccountRootPrincipal()],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: {
          StringEquals: {
            'kms:ViaService': `sns.${stack.region}.amazonaws.com`,
            'kms:CallerAccount': stack.account,
          },
        },
      }),
    ],
  });
  const topic = new Topic(scope, props.id, {
    displayName: props.displayName,
    masterKey: key,
    enforceSSL: true,
  });
  if (props.email) topic.addSubscription(new EmailSubscription(props.email));
  return topic;
}
