import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { propsFromContext, SecureBedsStack } from '../../infra/stack.js';

export type Resource = { Type: string; Properties: Record<string, unknown>; [k: string]: unknown };

/** The same feature flags `npx cdk synth` uses, so the template under test is the one deployed. */
export const CDK_CONTEXT = JSON.parse(
  readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8'),
).context;

/**
 * The stack without bundling its Lambdas: the template is the deployed one but for asset hashes,
 * and it synthesises in seconds. stack.test.ts and bundles.test.ts build the real bundles.
 */
export function unbundledStack(context: Record<string, unknown> = {}): {
  app: App;
  stack: SecureBedsStack;
  template: Template;
} {
  const app = new App({ context: { ...CDK_CONTEXT, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new SecureBedsStack(app, 'SecureBeds', propsFromContext(app));
  return { app, stack, template: Template.fromStack(stack) };
}

export function resourcesOf(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}
