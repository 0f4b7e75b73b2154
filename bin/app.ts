import { App, Stage, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ApiGatewayAccountStack } from '../infra/account.js';
import { propsFromContext, SecureBedsStack } from '../infra/stack.js';

const app = new App();
const props = propsFromContext(app);
// Once per account and region, whatever the environment: API Gateway's logging role.
new ApiGatewayAccountStack(app, 'SecureBedsAccount', { env: props.env });
// One stage per environment (`-c env=dev|staging|prod`, default dev), each its own settings.
const stage = new Stage(app, props.environment ?? 'dev', { env: props.env });
new SecureBedsStack(stage, 'SecureBeds', props);
// cdk-nag 3 is a policy-validation plugin (not an Aspect): any finding of either pack not
// acknowledged with a reason fails the synth.
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true }),
  new ServerlessChecks(app, { verbose: true }),
);
