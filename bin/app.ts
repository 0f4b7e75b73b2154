import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { propsFromContext, SecureBedsStack } from '../infra/stack.js';

const app = new App();
new SecureBedsStack(app, 'SecureBeds', propsFromContext(app));
// cdk-nag 3 is a policy-validation plugin (not an Aspect): any finding of either pack not
// acknowledged with a reason fails the synth.
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true }),
  new ServerlessChecks(app, { verbose: true }),
);
