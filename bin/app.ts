import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SunrouteStack } from '../lib/sunroute-stack';

const app = new App();
// Without credentials both are undefined and the stack stays environment-agnostic, which is what
// lets `cdk synth` run offline.
new SunrouteStack(app, 'SunrouteStack', {
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// cdk-nag 3 is a policy validation plugin, no longer an aspect: an unacknowledged finding, error
// or warning, stops synthesis, so CI's synth enforces what the tests check.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
