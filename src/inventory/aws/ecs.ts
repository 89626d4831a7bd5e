/** ECS: clusters (Container Insights), services (public IPs, Fargate platform) and task definitions. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ecsCluster = defineAssetType({
  type: 'aws.ecs.cluster',
  provider: 'aws',
  title: 'ECS cluster',
  config: z.object({
    /** The `containerInsights` cluster setting: `enabled`, `enhanced` or `disabled` (null when unset). */
    containerInsights: maybe(z.string().nullable()),
  }),
});

export const ecsService = defineAssetType({
  type: 'aws.ecs.service',
  provider: 'aws',
  title: 'ECS service',
  config: z.object({
    cluster: maybe(z.string().nullable()),
    /** `EC2`, `FARGATE`, `EXTERNAL`; null when a capacity provider strategy decides. */
    launchType: maybe(z.string().nullable()),
    /** Capacity providers of the strategy (`FARGATE`, `FARGATE_SPOT`, ...); empty when none. */
    capacityProviders: maybe(z.array(z.string())),
    /** Fargate platform version (`LATEST`, `1.4.0`); null when not set. */
    platformVersion: maybe(z.string().nullable()),
    /** Fargate platform family (`LINUX`, `WINDOWS_SERVER_2019_FULL`...); null when not reported. */
    platformFamily: maybe(z.string().nullable()),
    /** awsvpc `assignPublicIp`: `ENABLED` or `DISABLED`; null without awsvpc networking. */
    assignPublicIp: maybe(z.string().nullable()),
    taskDefinition: maybe(z.string().nullable()),
  }),
});

export const ecsContainer = z.object({
  name: z.string(),
  /** True/false as set; null when unset (not privileged). */
  privileged: z.boolean().nullable(),
  /** True/false as set; null when unset (writable). */
  readonlyRootFilesystem: z.boolean().nullable(),
  /** `user`, `user:group`, uid or uid:gid; null when unset (the image's user, root by default). */
  user: z.string().nullable(),
  /** Names only: values are never kept (they may be secrets). */
  environmentNames: z.array(z.string()),
  /** The log driver (`awslogs`, `awsfirelens`, `splunk`...); null when the container logs nowhere. */
  logDriver: z.string().nullable(),
});
export type EcsContainer = z.infer<typeof ecsContainer>;

export const ecsTaskDefinition = defineAssetType({
  type: 'aws.ecs.task-definition',
  provider: 'aws',
  title: 'ECS task definition',
  config: z.object({
    family: maybe(z.string()),
    revision: maybe(z.number().int().nullable()),
    /** `ACTIVE`, `INACTIVE` or `DELETE_IN_PROGRESS`. */
    status: maybe(z.string().nullable()),
    /** `bridge`, `host`, `awsvpc`, `none`; null when unset (bridge on Linux). */
    networkMode: maybe(z.string().nullable()),
    /** `host` or `task`; null when unset (each container its own namespace). */
    pidMode: maybe(z.string().nullable()),
    containers: maybe(z.array(ecsContainer)),
  }),
});

export const ecsAssetTypes = [ecsCluster, ecsService, ecsTaskDefinition] as const;
