import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import {
  AssetHashType,
  CfnOutput,
  DefaultStackSynthesizer,
  DockerImage,
  Duration,
  Fn,
  Stack,
  Token,
  Validations,
} from 'aws-cdk-lib';
import type { CfnApi, HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  OAuthScope,
  UserPoolClientIdentityProvider,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import {
  CONSOLE_CONFIG_FILE,
  CONSOLE_OAUTH_SCOPES,
  CONSOLE_SOURCE_DIR,
  type ConsoleConfig,
} from '../../functions/definitions/console';
import type { AdminApi } from './admin-api';

export interface AdminConsoleProps {
  readonly projectRoot: string;
  /** The admin API: its user pool signs leads in, its authorizer must accept the console. */
  readonly admin: AdminApi;
  readonly api: HttpApi;
}

/** Headers the API lets the console send, and the ones it lets the console read. */
const CORS_ALLOW_HEADERS = ['authorization', 'content-type', 'if-match'];
const CORS_EXPOSE_HEADERS = [
  'etag',
  'x-config-version',
  'x-config-saved-at',
  'x-config-saved-by',
  'x-config-restored-from',
];

/** Builds the console into `outputDir` with this machine's Node, as `npm run build:console` does. */
function buildConsole(projectRoot: string, outputDir: string): boolean {
  execFileSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(projectRoot, CONSOLE_SOURCE_DIR, 'vite.config.ts'),
      '--outDir',
      outputDir,
      '--emptyOutDir',
    ],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return true;
}

function acknowledge(construct: IConstruct, id: string, reason: string): void {
  Validations.of(construct).acknowledge({ id, reason });
}

/**
 * The web console on AWS: its static build in a private S3 bucket behind CloudFront (origin access
 * control, HTTPS only, security headers with a content security policy naming the API and
 * Cognito), a Cognito app client for the hosted sign-in with the authorization-code flow (the
 * console sends PKCE) whose tokens the admin API's authorizer accepts, CORS on the HTTP API for
 * the console's origin, and the console's config.json written beside it at deploy time.
 */
export class AdminConsole extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly url: string;

  constructor(scope: Construct, id: string, props: AdminConsoleProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logs are delivered with an ACL.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    acknowledge(
      logs,
      'AwsSolutions-S1',
      'This bucket receives the console bucket’s access logs and CloudFront’s logs; logging the ' +
        'log bucket into itself would log every log delivery without telling anyone more.',
    );
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'site/',
    });

    const userPool = props.admin.userPool as UserPool;
    this.domain = userPool.addDomain('SignIn', {
      // Unique per account and region, as Cognito's shared domain needs.
      cognitoDomain: {
        domainPrefix: Fn.join('-', [stack.stackName.toLowerCase(), stack.account]),
      },
    });
    const issuer = `https://cognito-idp.${stack.region}.amazonaws.com/${userPool.userPoolId}`;
    // Any API of this region, not this one by id: the API's CORS names the distribution, which
    // names this policy, so naming the API here would be a circular dependency.
    const apiOrigins = `https://*.execute-api.${stack.region}.${stack.urlSuffix}`;

    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          override: true,
          contentSecurityPolicy: [
            "default-src 'self'",
            "img-src 'self' data:",
            `connect-src 'self' ${apiOrigins} https://cognito-idp.${stack.region}.amazonaws.com ${this.domain.baseUrl()}`,
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'",
          ].join('; '),
        },
        strictTransportSecurity: {
          override: true,
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { override: true, frameOption: HeadersFrameOption.DENY },
        referrerPolicy: { override: true, referrerPolicy: HeadersReferrerPolicy.NO_REFERRER },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'sunroute web console',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Support leads sign in from wherever their teams work, around the world; the console is ' +
        'static files and every request to the API is authenticated, so no geo restriction.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'The distribution serves only static files; the API it calls authenticates every request ' +
        'with Cognito JWTs. A web ACL costs a fixed monthly fee this does not warrant yet.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'Without a custom domain CloudFront uses its default *.cloudfront.net certificate, whose ' +
        'minimum protocol cannot be set; with a domain, set TLSv1.2_2021 on its certificate.',
    );
    this.url = `https://${this.distribution.distributionDomainName}/`;

    this.client = userPool.addClient('ConsoleClient', {
      // A browser app: no secret it could keep, and no API sign-in flows (passwords, SRP, custom
      // challenges), only the hosted sign-in and its refresh tokens.
      generateSecret: false,
      authFlows: { userPassword: false, userSrp: false, custom: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: CONSOLE_OAUTH_SCOPES.map((scope) => OAuthScope.custom(scope)),
        callbackUrls: [this.url],
        logoutUrls: [this.url],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      preventUserExistenceErrors: true,
    });
    props.admin.allowClient(this.client);

    // The console and the API are two origins: the API answers the console's preflights and lets
    // it read the ETag it needs for If-Match.
    const api = props.api.node.defaultChild as CfnApi;
    api.corsConfiguration = {
      allowOrigins: [Fn.join('', ['https://', this.distribution.distributionDomainName])],
      allowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
      allowHeaders: CORS_ALLOW_HEADERS,
      exposeHeaders: CORS_EXPOSE_HEADERS,
      maxAge: 3600,
    };

    const config: ConsoleConfig = {
      apiUrl: `${props.api.apiEndpoint}/`,
      auth: {
        mode: 'cognito',
        authority: issuer,
        clientId: this.client.userPoolClientId,
        domain: this.domain.baseUrl(),
      },
    };
    const deployment = new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(join(props.projectRoot, CONSOLE_SOURCE_DIR), {
          // The hash of what was built, so a change in the shared core code it bundles counts.
          assetHashType: AssetHashType.OUTPUT,
          bundling: {
            local: { tryBundle: (outputDir) => buildConsole(props.projectRoot, outputDir) },
            // Only where this machine cannot build (it always can where `npm ci` ran).
            image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
            command: ['sh', '-c', 'echo "build the console with npm run build:console" && exit 1'],
          },
        }),
        Source.jsonData(CONSOLE_CONFIG_FILE, config),
      ],
      // index.html and config.json change with every deploy; the hashed assets revalidate cheaply.
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentHandler(deployment);

    new CfnOutput(scope, 'ConsoleUrl', { value: this.url });
  }

  /**
   * CDK's BucketDeployment handler (one per stack, outside this construct) copies the build from
   * the CDK asset bucket into the console bucket and invalidates the distribution; its role's
   * findings are named one by one, so a new permission would still be flagged.
   */
  private acknowledgeDeploymentHandler(deployment: BucketDeployment): void {
    const stack = Stack.of(this);
    const site = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    // As cdk-nag writes the asset bucket: values CDK knows at synthesis literally, others as <Ref>.
    const known = (value: string, ref: string) => (Token.isUnresolved(value) ? `<${ref}>` : value);
    const qualifier =
      (stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') as string | undefined) ??
      DefaultStackSynthesizer.DEFAULT_QUALIFIER;
    const assets =
      `arn:${known(stack.partition, 'AWS::Partition')}:s3:::cdk-${qualifier}-assets-` +
      `${known(stack.account, 'AWS::AccountId')}-${known(stack.region, 'AWS::Region')}`;
    acknowledge(
      deployment.handlerRole,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK’s BucketDeployment handler logs through the AWS managed AWSLambdaBasicExecutionRole; ' +
        'it runs only while CloudFormation deploys the console.',
    );
    const wildcards: Record<string, string> = {
      'Action::s3:GetBucket*': 'reads the asset and console buckets’ locations',
      'Action::s3:GetObject*': 'reads the built console from the CDK asset bucket',
      'Action::s3:List*': 'lists the console bucket to remove files a new build no longer has',
      'Action::s3:Abort*': 'aborts its own multipart uploads when a copy fails',
      'Action::s3:DeleteObject*': 'removes files of the previous build from the console bucket',
      [`Resource::${assets}/*`]: 'reads any object of the CDK asset bucket',
      [`Resource::<${site}.Arn>/*`]: 'writes every file of the build into the console bucket',
      'Resource::*':
        'invalidates the distribution, which CloudFront grants on no narrower resource',
    };
    for (const [finding, what] of Object.entries(wildcards)) {
      acknowledge(
        deployment.handlerRole,
        `AwsSolutions-IAM5[${finding}]`,
        `CDK’s BucketDeployment handler ${what}; it runs only while the console is deployed.`,
      );
    }
    // The role's parent: the handler function itself, whose runtime aws-cdk-lib chooses.
    const handler = deployment.handlerRole.node.scope;
    if (handler) {
      acknowledge(
        handler,
        'AwsSolutions-L1',
        'The runtime of CDK’s BucketDeployment handler is chosen by aws-cdk-lib, which moves it ' +
          'forward with its releases; it runs only while the console is deployed.',
      );
    }
  }
}
