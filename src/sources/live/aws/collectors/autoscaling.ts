/**
 * EC2 Auto Scaling in one region: groups (DescribeAutoScalingGroups) and launch configurations
 * (DescribeLaunchConfigurations) as AWS::AutoScaling::* items. User data is dropped before mapping:
 * it often carries secrets and no rule reads it.
 */
import {
  AutoScalingClient,
  paginateDescribeAutoScalingGroups,
  paginateDescribeLaunchConfigurations,
  type AutoScalingGroup,
  type LaunchConfiguration,
} from '@aws-sdk/client-auto-scaling';
import type { RegionScope } from '../scope.js';
import { configRecord, tagMap } from '../shape.js';

export async function collectAutoScaling(s: RegionScope): Promise<string[]> {
  const client = s.client('autoscaling', (c) => new AutoScalingClient(c));
  const [groups, configs] = await Promise.all([
    s.call('autoscaling', 'DescribeAutoScalingGroups', async () => {
      const out: AutoScalingGroup[] = [];
      for await (const page of paginateDescribeAutoScalingGroups({ client }, {}))
        out.push(...(page.AutoScalingGroups ?? []));
      return out;
    }),
    s.call('autoscaling', 'DescribeLaunchConfigurations', async () => {
      const out: LaunchConfiguration[] = [];
      for await (const page of paginateDescribeLaunchConfigurations({ client }, {}))
        out.push(...(page.LaunchConfigurations ?? []));
      return out;
    }),
  ]);
  const covered: string[] = [];
  if (groups.ok) {
    covered.push('aws.autoscaling.group');
    for (const g of groups.value) {
      const name = g.AutoScalingGroupName ?? '';
      s.item({
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
        resourceId: g.AutoScalingGroupARN ?? name,
        resourceName: name,
        ...(g.AutoScalingGroupARN === undefined ? {} : { arn: g.AutoScalingGroupARN }),
        awsRegion: s.region,
        tags: tagMap(g.Tags),
        configuration: configRecord({ ...g, Instances: undefined, Tags: undefined }),
      });
    }
  }
  if (configs.ok) {
    covered.push('aws.autoscaling.launch-configuration');
    for (const lc of configs.value) {
      const name = lc.LaunchConfigurationName ?? '';
      s.item({
        resourceType: 'AWS::AutoScaling::LaunchConfiguration',
        resourceId: name,
        resourceName: name,
        ...(lc.LaunchConfigurationARN === undefined ? {} : { arn: lc.LaunchConfigurationARN }),
        awsRegion: s.region,
        tags: {},
        configuration: configRecord({ ...lc, UserData: undefined }),
      });
    }
  }
  return covered;
}
