import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import type { AdminApi } from '../../../lib/constructs/admin-api';
import type { AdminConsole } from '../../../lib/constructs/admin-console';
import type { SunrouteHttpApi } from '../../../lib/constructs/sunroute-http-api';
import { cfn, child, logicalId, synthTestStack } from './synth-test-stack';

const { stack, template } = synthTestStack();
const console_ = child<AdminConsole>(stack, 'Console');
const admin = child<AdminApi>(stack, 'Admin');
const api = child<SunrouteHttpApi>(stack, 'HttpApi').api;
const distribution = logicalId(stack, console_.distribution);
const consoleOrigin = {
  'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }]],
};
const consoleUrl = {
  'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/']],
};

describe('web console hosting and sign-in', () => {
  it('keeps the files in a private, encrypted bucket that only the distribution reads', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'site/' },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(stack, console_.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: {
              StringEquals: {
                'AWS:SourceArn': Match.anyValue(),
              },
            },
          }),
        ]),
      },
    });
  });

  it('serves them over HTTPS only, with origin access control, logs and security headers', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
        Origins: [Match.objectLike({ OriginAccessControlId: Match.anyValue() })],
      }),
    });
    const [policy] = Object.values(
      template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    );
    const security = policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // The console may call the API and Cognito, and nothing else off its own origin.
    expect(csp).toContain('connect-src');
    expect(csp).toContain('.execute-api.');
    expect(csp).toContain('https://cognito-idp.');
    expect(security.FrameOptions.FrameOption).toBe('DENY');
    expect(security.StrictTransportSecurity.AccessControlMaxAgeSec).toBe(365 * 86_400);
  });

  it('signs leads in through the pool with a code-flow client bound to the console URL', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      UserPoolId: { Ref: logicalId(stack, admin.userPool) },
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [consoleUrl],
      LogoutURLs: [consoleUrl],
      SupportedIdentityProviders: ['COGNITO'],
      // No password, SRP or custom flows: the browser only ever uses the hosted sign-in.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      UserPoolId: { Ref: logicalId(stack, admin.userPool) },
    });
  });

  it('lets the console’s tokens through the admin API’s authorizer, besides the CLI’s', () => {
    const [authorizer] = Object.values(template.findResources('AWS::ApiGatewayV2::Authorizer'));
    expect(authorizer!.Properties.JwtConfiguration.Audience).toEqual([
      cfn(stack, admin.client.userPoolClientId),
      cfn(stack, console_.client.userPoolClientId),
    ]);
  });

  it('opens the API to the console’s origin only, with If-Match in and the ETag out', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: [consoleOrigin],
        AllowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
        AllowHeaders: Match.arrayWith(['authorization', 'content-type', 'if-match']),
        ExposeHeaders: Match.arrayWith(['etag', 'x-config-version']),
        MaxAge: 3600,
      },
    });
  });

  it('uploads the build with its config.json and clears the distribution’s cache', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(1);
    const properties = deployments[0]!.Properties;
    expect(properties.DestinationBucketName).toEqual({ Ref: logicalId(stack, console_.bucket) });
    expect(properties.DistributionId).toEqual({ Ref: distribution });
    expect(properties.DistributionPaths).toEqual(['/*']);
    expect(properties.SourceObjectKeys).toHaveLength(2);
    // config.json names the API, the pool's issuer, the console's client and the sign-in domain.
    const markers = JSON.stringify(properties.SourceMarkers);
    expect(markers).toContain(logicalId(stack, console_.client));
    expect(markers).toContain(logicalId(stack, admin.userPool));
    expect(markers).toContain(logicalId(stack, api));
    expect(markers).toContain(logicalId(stack, console_.domain));
  });

  it('says where the console is', () => {
    expect(template.findOutputs('ConsoleUrl').ConsoleUrl!.Value).toEqual(consoleUrl);
  });
});
