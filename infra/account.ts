import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnAccount } from 'aws-cdk-lib/aws-apigateway';
import { ManagedPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/**
 * API Gateway writes execution logs through one role per account and region. It is not any one
 * service's: an app stack that owned it would take it away from every other API in the account
 * when deleted. Deploy this stack once per account and region, before the environments.
 */
export class ApiGatewayAccountStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);
    const role = new Role(this, 'CloudWatchRole', {
      assumedBy: new ServicePrincipal('apigateway.amazonaws.com'),
      description: 'API Gateway: write execution logs for every API in this account and region',
      managedPolicies: [
        ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs'),
      ],
    });
    new CfnAccount(this, 'Account', { cloudWatchRoleArn: role.roleArn });
    acknowledge(
      role,
      'AwsSolutions-IAM4',
      'AmazonAPIGatewayPushToCloudWatchLogs is the policy AWS documents for this role; API Gateway names the log groups itself, so there is no narrower resource to write a policy against.',
      ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'],
    );
  }
}
