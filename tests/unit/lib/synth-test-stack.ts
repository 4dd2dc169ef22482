// Builds the stack the way `cdk synth` does (cdk.json's context and feature flags) but with a stub
// router entry and bundling skipped, so infra tests need neither the handler nor esbuild runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IConstruct } from 'constructs';
import type { Stack } from 'aws-cdk-lib';
import { App, CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SunrouteStack } from '../../../lib/sunroute-stack';

const cdkJson = JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

export const STUB_ROUTER_ENTRY = fileURLToPath(
  new URL('./fixtures/router-handler.ts', import.meta.url),
);

export const TEST_SENDER = 'router@example.com';

export interface SynthesizedStack {
  readonly app: App;
  readonly stack: SunrouteStack;
  readonly template: Template;
}

export function synthTestStack(
  context: Record<string, unknown> = {},
  { bundle = false, outdir }: { bundle?: boolean; outdir?: string } = {},
): SynthesizedStack {
  const app = new App({
    outdir,
    context: {
      ...cdkJson.context,
      ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }),
      senderEmail: TEST_SENDER,
      ...context,
    },
  });
  const stack = new SunrouteStack(app, 'Sunroute', { routerEntry: STUB_ROUTER_ENTRY });
  return { app, stack, template: Template.fromStack(stack) };
}

/** A construct by its id path under the stack, e.g. `Router/Function`. */
export function child<T extends IConstruct>(stack: Stack, path: string): T {
  let node: IConstruct = stack;
  for (const id of path.split('/')) node = node.node.findChild(id);
  return node as T;
}

/** The logical id CloudFormation knows a construct's resource by. */
export function logicalId(stack: Stack, construct: IConstruct): string {
  const resource = construct instanceof CfnElement ? construct : construct.node.defaultChild;
  if (!(resource instanceof CfnElement)) throw new Error(`${construct.node.path} has no resource`);
  return stack.getLogicalId(resource);
}

/** The resolved CloudFormation value of a token (a Ref, GetAtt or Join), to compare with. */
export function cfn(stack: Stack, value: unknown): unknown {
  return stack.resolve(value);
}
