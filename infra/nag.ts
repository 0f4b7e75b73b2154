import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges a cdk-nag rule on a construct and everything under it. cdk-nag 3 reports each
 * finding of a granular rule (IAM5, IAM4) separately, as `Rule[finding]`; pass the findings to
 * acknowledge exactly those and no others.
 */
export function acknowledge(
  scope: IConstruct,
  rule: string,
  reason: string,
  findings?: readonly string[],
): void {
  const ids = findings ? findings.map((f) => `${rule}[${f}]`) : [rule];
  for (const id of ids) Validations.of(scope).acknowledge({ id, reason });
}

/**
 * The IAM5 finding for `<resource arn>/suffix` as cdk-nag spells it (`Resource::<LogicalId.Arn>/suffix`),
 * for an L2 construct (its CloudFormation resource is its default child) or an L1 itself.
 */
export function arnFinding(construct: IConstruct, suffix: string): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  const stack = Stack.of(element);
  return `Resource::<${stack.resolve(stack.getLogicalId(element))}.Arn>${suffix}`;
}
