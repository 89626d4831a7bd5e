/**
 * Application platform services of one region, as AWS Config items: Elastic Beanstalk environments
 * (DescribeEnvironments; their option settings from DescribeConfigurationSettings), CloudFormation
 * stacks (DescribeStacks), CodeBuild report groups (ListReportGroups, BatchGetReportGroups), Cognito
 * user pools (ListUserPools, DescribeUserPool), AppSync GraphQL APIs (ListGraphqlApis, GetApiCache),
 * AWS Private CA certificate authorities (ListCertificateAuthorities) and API Gateway V2 APIs with
 * their routes and stages (GetApis, GetRoutes, GetStages). Fields AWS Config does not record are set
 * on the mapped asset; a call that fails leaves them unknown with its reason.
 */
import { ACMPCAClient, paginateListCertificateAuthorities } from '@aws-sdk/client-acm-pca';
import {
  ApiGatewayV2Client,
  GetApisCommand,
  GetRoutesCommand,
  GetStagesCommand,
  type Api,
  type Route,
  type Stage,
} from '@aws-sdk/client-apigatewayv2';
import { AppSyncClient, GetApiCacheCommand, paginateListGraphqlApis } from '@aws-sdk/client-appsync';
import { CloudFormationClient, paginateDescribeStacks } from '@aws-sdk/client-cloudformation';
import {
  BatchGetReportGroupsCommand,
  CodeBuildClient,
  paginateListReportGroups,
} from '@aws-sdk/client-codebuild';
import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  paginateListUserPools,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  ElasticBeanstalkClient,
  type EnvironmentDescription,
} from '@aws-sdk/client-elastic-beanstalk';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

/** Option settings a judged field reads, with the option's documented default (used when absent). */
const BEANSTALK_OPTIONS = {
  healthReportingSystem: {
    namespace: 'aws:elasticbeanstalk:healthreporting:system',
    option: 'SystemType',
    read: (v: string | undefined) => v ?? 'basic',
  },
  streamLogs: {
    namespace: 'aws:elasticbeanstalk:cloudwatch:logs',
    option: 'StreamLogs',
    read: (v: string | undefined) => (v ?? 'false').trim().toLowerCase() === 'true',
  },
} as const;

export async function collectBeanstalk(s: RegionScope): Promise<string[]> {
  const client = s.client('elasticbeanstalk', (c) => new ElasticBeanstalkClient(c));
  const envs = await s.call('elasticbeanstalk', 'DescribeEnvironments', async () => {
    const out: EnvironmentDescription[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new DescribeEnvironmentsCommand({ IncludeDeleted: false, NextToken }));
      out.push(...(page.Environments ?? []));
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
    return out;
  });
  if (!envs.ok) return [];
  await Promise.all(
    envs.value.map(async (env) => {
      const EnvironmentName = env.EnvironmentName ?? '';
      const settings = await s.call('elasticbeanstalk', 'DescribeConfigurationSettings', () =>
        client.send(
          new DescribeConfigurationSettingsCommand({
            ApplicationName: env.ApplicationName ?? '',
            EnvironmentName,
          }),
        ),
      );
      const gaps: Record<string, string> = {};
      if (!settings.ok) for (const field of Object.keys(BEANSTALK_OPTIONS)) gaps[field] = settings.reason;
      const options = settings.ok
        ? (settings.value.ConfigurationSettings ?? []).flatMap((c) => c.OptionSettings ?? [])
        : [];
      s.item(
        {
          resourceType: 'AWS::ElasticBeanstalk::Environment',
          resourceId: env.EnvironmentId ?? EnvironmentName,
          resourceName: EnvironmentName,
          ...(env.EnvironmentArn === undefined ? {} : { arn: env.EnvironmentArn }),
          awsRegion: s.region,
          configuration: configRecord({ ...env, Resources: undefined }),
        },
        gaps,
        (config) => {
          if (!settings.ok) return;
          for (const [field, o] of Object.entries(BEANSTALK_OPTIONS)) {
            const set = options.find((x) => x.Namespace === o.namespace && x.OptionName === o.option);
            config[field] = o.read(set?.Value);
          }
        },
      );
    }),
  );
  return ['aws.elasticbeanstalk.environment'];
}

export async function collectCloudFormation(s: RegionScope): Promise<string[]> {
  const client = s.client('cloudformation', (c) => new CloudFormationClient(c));
  const stacks = await s.call('cloudformation', 'DescribeStacks', async () => {
    const out = [];
    for await (const page of paginateDescribeStacks({ client }, {})) out.push(...(page.Stacks ?? []));
    return out;
  });
  if (!stacks.ok) return [];
  for (const st of stacks.value) {
    if (st.StackStatus === 'DELETE_COMPLETE') continue;
    s.item({
      resourceType: 'AWS::CloudFormation::Stack',
      resourceId: st.StackId ?? st.StackName ?? '',
      resourceName: st.StackName ?? '',
      ...(st.StackId === undefined ? {} : { arn: st.StackId }),
      awsRegion: s.region,
      tags: tagMap(st.Tags),
      // Parameters and outputs can carry secrets and no rule reads them: they are not kept.
      configuration: configRecord({ ...st, Parameters: undefined, Outputs: undefined, Tags: undefined }),
    });
  }
  return ['aws.cloudformation.stack'];
}

export async function collectReportGroups(s: RegionScope): Promise<string[]> {
  const client = s.client('codebuild', (c) => new CodeBuildClient(c));
  const arns = await s.call('codebuild', 'ListReportGroups', async () => {
    const out: string[] = [];
    for await (const page of paginateListReportGroups({ client }, {})) out.push(...(page.reportGroups ?? []));
    return out;
  });
  if (!arns.ok) return [];
  const batches: string[][] = [];
  for (let i = 0; i < arns.value.length; i += 100) batches.push(arns.value.slice(i, i + 100));
  let complete = true;
  await Promise.all(
    batches.map(async (reportGroupArns) => {
      const got = await s.call('codebuild', 'BatchGetReportGroups', () =>
        client.send(new BatchGetReportGroupsCommand({ reportGroupArns })),
      );
      if (!got.ok || (got.value.reportGroupsNotFound ?? []).length > 0) complete = false;
      if (!got.ok) return;
      for (const g of got.value.reportGroups ?? []) {
        const tags: Record<string, string> = {};
        for (const t of g.tags ?? []) if (t.key !== undefined) tags[t.key] = t.value ?? '';
        s.item({
          resourceType: 'AWS::CodeBuild::ReportGroup',
          resourceId: g.arn ?? g.name ?? '',
          resourceName: g.name ?? '',
          ...(g.arn === undefined ? {} : { arn: g.arn }),
          awsRegion: s.region,
          tags,
          configuration: configRecord({ ...g, tags: undefined }),
        });
      }
    }),
  );
  return complete ? ['aws.codebuild.report-group'] : [];
}

export async function collectUserPools(s: RegionScope): Promise<string[]> {
  const client = s.client('cognito-idp', (c) => new CognitoIdentityProviderClient(c));
  const pools = await s.call('cognito-idp', 'ListUserPools', async () => {
    const out: string[] = [];
    for await (const page of paginateListUserPools({ client }, { MaxResults: 60 }))
      for (const p of page.UserPools ?? []) if (p.Id !== undefined) out.push(p.Id);
    return out;
  });
  if (!pools.ok) return [];
  let complete = true;
  await Promise.all(
    pools.value.map(async (UserPoolId) => {
      const got = await s.call('cognito-idp', 'DescribeUserPool', () =>
        client.send(new DescribeUserPoolCommand({ UserPoolId })),
      );
      if (!got.ok || got.value.UserPool === undefined) {
        complete = false;
        return;
      }
      const p = got.value.UserPool;
      s.item({
        resourceType: 'AWS::Cognito::UserPool',
        resourceId: UserPoolId,
        resourceName: p.Name ?? UserPoolId,
        ...(p.Arn === undefined ? {} : { arn: p.Arn }),
        awsRegion: s.region,
        tags: p.UserPoolTags ?? {},
        configuration: configRecord({ ...p, UserPoolTags: undefined }),
      });
    }),
  );
  return complete ? ['aws.cognito.user-pool'] : [];
}

export async function collectAppSync(s: RegionScope): Promise<string[]> {
  const client = s.client('appsync', (c) => new AppSyncClient(c));
  const apis = await s.call('appsync', 'ListGraphqlApis', async () => {
    const out = [];
    for await (const page of paginateListGraphqlApis({ client }, {})) out.push(...(page.graphqlApis ?? []));
    return out;
  });
  if (!apis.ok) return [];
  await Promise.all(
    apis.value.map(async (api) => {
      const apiId = api.apiId ?? '';
      const notFound = (code: string) => code === 'NotFoundException';
      const cache = await s.call(
        'appsync',
        'GetApiCache',
        () => client.send(new GetApiCacheCommand({ apiId })),
        {
          quiet: (f) => notFound(f.code),
        },
      );
      const gaps: Record<string, string> = {};
      if (!cache.ok && !notFound(cache.failure.code)) gaps.cache = cache.reason;
      s.item(
        {
          resourceType: 'AWS::AppSync::GraphQLApi',
          resourceId: apiId,
          resourceName: api.name ?? apiId,
          ...(api.arn === undefined ? {} : { arn: api.arn }),
          awsRegion: s.region,
          tags: api.tags ?? {},
          configuration: configRecord({ ...api, tags: undefined }),
        },
        gaps,
        (config) => {
          if (cache.ok)
            config.cache =
              cache.value.apiCache === undefined
                ? null
                : { atRestEncryptionEnabled: cache.value.apiCache.atRestEncryptionEnabled === true };
          else if (notFound(cache.failure.code)) config.cache = null;
        },
      );
    }),
  );
  return ['aws.appsync.graphql-api'];
}

export async function collectPrivateCas(s: RegionScope): Promise<string[]> {
  const client = s.client('acm-pca', (c) => new ACMPCAClient(c));
  const cas = await s.call('acm-pca', 'ListCertificateAuthorities', async () => {
    const out = [];
    for await (const page of paginateListCertificateAuthorities({ client }, {}))
      out.push(...(page.CertificateAuthorities ?? []));
    return out;
  });
  if (!cas.ok) return [];
  for (const ca of cas.value) {
    if (ca.Status === 'DELETED') continue;
    s.item({
      resourceType: 'AWS::ACMPCA::CertificateAuthority',
      resourceId: ca.Arn ?? '',
      ...(ca.Arn === undefined ? {} : { arn: ca.Arn }),
      awsRegion: s.region,
      configuration: configRecord({ ...ca, CertificateAuthorityConfiguration: undefined }),
    });
  }
  return ['aws.acmpca.certificate-authority'];
}

/** Every page of a V2 listing (`Items`, `NextToken`). */
async function v2Pages<T>(get: (NextToken?: string) => Promise<{ Items?: T[]; NextToken?: string }>) {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await get(token);
    out.push(...(page.Items ?? []));
    token = page.NextToken;
  } while (token !== undefined);
  return out;
}

export async function collectApiGatewayV2(s: RegionScope): Promise<string[]> {
  const client = s.client('apigatewayv2', (c) => new ApiGatewayV2Client(c));
  const apis = await s.call('apigatewayv2', 'GetApis', () =>
    v2Pages<Api>((NextToken) => client.send(new GetApisCommand({ NextToken }))),
  );
  if (!apis.ok) return [];
  let stagesComplete = true;
  await Promise.all(
    apis.value.map(async (api) => {
      const ApiId = api.ApiId ?? '';
      const [routes, stages] = await Promise.all([
        s.call('apigatewayv2', 'GetRoutes', () =>
          v2Pages<Route>((NextToken) => client.send(new GetRoutesCommand({ ApiId, NextToken }))),
        ),
        s.call('apigatewayv2', 'GetStages', () =>
          v2Pages<Stage>((NextToken) => client.send(new GetStagesCommand({ ApiId, NextToken }))),
        ),
      ]);
      const apiArn = `arn:${s.partition}:apigateway:${s.region}::/apis/${ApiId}`;
      s.item(
        {
          resourceType: 'AWS::ApiGatewayV2::Api',
          resourceId: ApiId,
          resourceName: api.Name ?? ApiId,
          arn: apiArn,
          awsRegion: s.region,
          tags: api.Tags ?? {},
          configuration: configRecord({ ...api, Tags: undefined }),
        },
        routes.ok ? {} : { routes: routes.reason },
        (config) => {
          if (routes.ok)
            config.routes = routes.value.map((r) => ({
              routeId: r.RouteId ?? '',
              routeKey: r.RouteKey ?? '',
              authorizationType: r.AuthorizationType ?? 'NONE',
            }));
        },
      );
      if (!stages.ok) {
        stagesComplete = false;
        return;
      }
      for (const st of stages.value) {
        const name = st.StageName ?? '';
        s.item({
          resourceType: 'AWS::ApiGatewayV2::Stage',
          resourceId: `${ApiId}/${name}`,
          resourceName: name,
          arn: `${apiArn}/stages/${name}`,
          awsRegion: s.region,
          tags: st.Tags ?? {},
          configuration: {
            ...configRecord({ ...st, Tags: undefined, StageVariables: undefined }),
            apiId: ApiId,
          },
        });
      }
    }),
  );
  return ['aws.apigateway.v2-api', ...(stagesComplete ? ['aws.apigateway.v2-stage'] : [])];
}

/** Everything above for the region: the asset types listed completely. */
export async function collectApps(s: RegionScope): Promise<string[]> {
  const covered = await Promise.all([
    collectBeanstalk(s),
    collectCloudFormation(s),
    collectReportGroups(s),
    collectUserPools(s),
    collectAppSync(s),
    collectPrivateCas(s),
    collectApiGatewayV2(s),
  ]);
  return covered.flat();
}
