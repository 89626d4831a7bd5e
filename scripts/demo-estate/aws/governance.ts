/** The AWS Config recorder item, the account-level S3 Block Public Access, and CloudTrail trails. */
import type { RegionEstate } from './region.js';
import { hex } from '../ids.js';

/** The recorder's own item: every supported type, global types only in the home region. */
export function recorder(r: RegionEstate) {
  const home = r.region === r.account.home;
  r.push({
    resourceType: 'AWS::Config::ConfigurationRecorder',
    resourceId: 'default',
    resourceName: 'default',
    arn: `arn:aws:config:${r.region}:${r.account.id}:configuration-recorder/default/${hex(r.seed('recorder'), 16)}`,
    region: r.region,
    availabilityZone: 'Regional',
    createdAt: null,
    capturedAt: '2026-03-02T09:41:17.000Z',
    tags: {},
    relationships: [],
    configuration: {
      Name: 'default',
      RoleARN: `arn:aws:iam::${r.account.id}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      RecordingGroup: {
        AllSupported: true,
        IncludeGlobalResourceTypes: home,
        ResourceTypes: [],
        ExclusionByResourceTypes: { ResourceTypes: [] },
        RecordingStrategy: { UseOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' },
      },
      RecordingMode: { RecordingFrequency: 'CONTINUOUS', RecordingModeOverrides: [] },
    },
    supplementary: {},
  });
}

export function accountPublicAccessBlock(r: RegionEstate, o: { acls: boolean; policy: boolean }) {
  r.push({
    resourceType: 'AWS::S3::AccountPublicAccessBlock',
    resourceId: r.account.id,
    arn: `arn:aws:s3:::${r.account.id}`,
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: null,
    tags: {},
    relationships: [],
    configuration: {
      blockPublicAcls: o.acls,
      ignorePublicAcls: o.acls,
      blockPublicPolicy: o.policy,
      restrictPublicBuckets: o.policy,
    },
    supplementary: {},
  });
}

export function trail(
  r: RegionEstate,
  name: string,
  o: {
    bucket: string;
    multiRegion: boolean;
    organization?: boolean;
    validation: boolean;
    kmsKeyArn: string | null;
    cloudWatch: boolean;
    created: string;
    tags: Record<string, string>;
  },
) {
  const arn = `arn:aws:cloudtrail:${r.region}:${r.account.id}:trail/${name}`;
  r.push({
    resourceType: 'AWS::CloudTrail::Trail',
    resourceId: name,
    resourceName: name,
    arn,
    region: r.region,
    availabilityZone: 'Not Applicable',
    createdAt: o.created,
    tags: o.tags,
    relationships: [],
    configuration: {
      name,
      s3BucketName: o.bucket,
      s3KeyPrefix: r.account.alias,
      includeGlobalServiceEvents: o.multiRegion,
      isMultiRegionTrail: o.multiRegion,
      homeRegion: r.region,
      trailARN: arn,
      logFileValidationEnabled: o.validation,
      ...(o.cloudWatch
        ? {
            cloudWatchLogsLogGroupArn: `arn:aws:logs:${r.region}:${r.account.id}:log-group:aws-cloudtrail-logs-${r.account.alias}:*`,
            cloudWatchLogsRoleArn: `arn:aws:iam::${r.account.id}:role/cloudtrail-to-cloudwatch`,
          }
        : {}),
      ...(o.kmsKeyArn === null ? {} : { kmsKeyId: o.kmsKeyArn }),
      hasCustomEventSelectors: false,
      hasInsightSelectors: false,
      isOrganizationTrail: o.organization === true,
    },
    supplementary: {},
  });
  return arn;
}
