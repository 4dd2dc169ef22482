import { App, Stack, Validations } from 'aws-cdk-lib';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { synthTestStack } from './synth-test-stack';

// CDK's one BucketDeployment handler per stack, which uploads the web console.
const DEPLOYMENT = 'Sunroute/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C512MiB';

// With SES receiving, so every resource the stack can have is checked.
const { app, stack } = synthTestStack({ inboundDomain: 'support.example.com' });

function acknowledgments(): { path: string; id: string; reason: string }[] {
  return stack.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged, neither errors nor warnings', () => {
    const report = new AwsSolutionsChecks(app).validateScope(stack);
    const findings = report.violations.map(
      (v) =>
        `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('is acknowledged only where a reason is written down', () => {
    const acknowledged = acknowledgments();
    expect(acknowledged.map(({ path, id }) => `${path} ${id}`).sort()).toEqual([
      'Sunroute/Admin/Function Annotation::AwsSolutions-L1',
      'Sunroute/Admin/Role Annotation::AwsSolutions-IAM5[Resource::<IngestMailRawMail473348CE.Arn>/inbound/*]',
      'Sunroute/Admin/Users Annotation::AwsSolutions-COG8',
      'Sunroute/Availability/Function Annotation::AwsSolutions-L1',
      'Sunroute/ChatDelivery/Function Annotation::AwsSolutions-L1',
      'Sunroute/Console/Distribution Annotation::AwsSolutions-CFR1',
      'Sunroute/Console/Distribution Annotation::AwsSolutions-CFR2',
      'Sunroute/Console/Distribution Annotation::AwsSolutions-CFR4',
      'Sunroute/Console/Logs Annotation::AwsSolutions-S1',
      `${DEPLOYMENT} Annotation::AwsSolutions-L1`,
      `${DEPLOYMENT}/ServiceRole Annotation::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]`,
      ...[
        'Action::s3:Abort*',
        'Action::s3:DeleteObject*',
        'Action::s3:GetBucket*',
        'Action::s3:GetObject*',
        'Action::s3:List*',
        'Resource::*',
        'Resource::<ConsoleSite26539DB4.Arn>/*',
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      ].map((finding) => `${DEPLOYMENT}/ServiceRole Annotation::AwsSolutions-IAM5[${finding}]`),
      'Sunroute/HttpApi/Api/GET--availability Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/GET--survey--{id} Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/GET--tickets--{id}--ack Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/GET--tickets--{id}--messages Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/GET--tickets--{id}--resolve Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/HEAD--survey--{id} Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/HEAD--tickets--{id}--ack Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/HEAD--tickets--{id}--resolve Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/POST--ingest--chat Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/POST--ingest--email Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/POST--survey--{id} Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/POST--tickets--{id}--ack Annotation::AwsSolutions-APIG4',
      'Sunroute/HttpApi/Api/POST--tickets--{id}--resolve Annotation::AwsSolutions-APIG4',
      'Sunroute/IngestHttp/Function Annotation::AwsSolutions-L1',
      'Sunroute/IngestHttp/WebhookSecrets Annotation::AwsSolutions-SMG4',
      'Sunroute/IngestMail/Function Annotation::AwsSolutions-L1',
      'Sunroute/IngestMail/RawMail Annotation::AwsSolutions-S1',
      'Sunroute/IngestMail/Role Annotation::AwsSolutions-IAM5[Resource::<IngestMailRawMail473348CE.Arn>/inbound/*]',
      'Sunroute/Privacy/Eraser/Function Annotation::AwsSolutions-L1',
      'Sunroute/Privacy/Eraser/Role Annotation::AwsSolutions-IAM5[Resource::<IngestMailRawMail473348CE.Arn>/inbound/*]',
      'Sunroute/Privacy/RetentionSweep/Function Annotation::AwsSolutions-L1',
      'Sunroute/Privacy/RetentionSweep/Role Annotation::AwsSolutions-IAM5[Resource::<IngestMailRawMail473348CE.Arn>/inbound/*]',
      'Sunroute/Reporting/Function Annotation::AwsSolutions-L1',
      'Sunroute/Reporting/Role Annotation::AwsSolutions-IAM5[Resource::*]',
      'Sunroute/Reporting/StreamDeadLetters Annotation::AwsSolutions-SQS3',
      'Sunroute/Router/Function Annotation::AwsSolutions-L1',
      'Sunroute/Scheduler/Function Annotation::AwsSolutions-L1',
      'Sunroute/Survey/Function Annotation::AwsSolutions-L1',
      'Sunroute/TicketLinks/Function Annotation::AwsSolutions-L1',
      'Sunroute/TicketLinks/SigningKey Annotation::AwsSolutions-SMG4',
      'Sunroute/WaitingLine/Function Annotation::AwsSolutions-L1',
      'Sunroute/WaitingLine/Role Annotation::AwsSolutions-IAM5[Resource::*]',
      'Sunroute/WaitingLine/StreamDeadLetters Annotation::AwsSolutions-SQS3',
    ]);
    for (const { reason } of acknowledged) expect(reason.length).toBeGreaterThan(60);
  });

  it('needs that acknowledgment: Node 22 alone is flagged as not the latest runtime', () => {
    const bare = new App();
    const bareStack = new Stack(bare, 'Bare');
    new LambdaFunction(bareStack, 'Function', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('export const handler = () => {};'),
    });
    const report = new AwsSolutionsChecks(bare).validateScope(bareStack);
    expect(report.violations.map((v) => v.ruleName)).toContain('AwsSolutions-L1');
  });
});
