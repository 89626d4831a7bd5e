/**
 * CodeBuild projects: sources, build environment and logs. Secrets never enter the inventory: source
 * URLs keep their credentials masked (with a flag saying they carried some), and environment
 * variables keep their name and type, not their value.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const codeBuildProject = defineAssetType({
  type: 'aws.codebuild.project',
  provider: 'aws',
  title: 'CodeBuild project',
  config: z.object({
    name: z.string(),
    /** The primary and secondary sources. */
    sources: maybe(
      z.array(
        z.object({
          /** `BITBUCKET`, `GITHUB`, `CODECOMMIT`, `S3`, `NO_SOURCE`, ... */
          type: z.string(),
          /** The location with any user name, password or token masked as `***`. */
          location: z.string().nullable(),
          /** The location URL carried a user name, password or token. */
          credentialsInUrl: z.boolean(),
        }),
      ),
    ),
    /** Environment variables: name and type (`PLAINTEXT`, `PARAMETER_STORE`, `SECRETS_MANAGER`). */
    environmentVariables: maybe(z.array(z.object({ name: z.string(), type: z.string() }))),
    /** Builds run Docker in privileged mode. */
    privilegedMode: maybe(z.boolean()),
    cloudWatchLogsEnabled: maybe(z.boolean()),
    s3LogsEnabled: maybe(z.boolean()),
    /** Logs written to S3 are encrypted; null when logs do not go to S3. */
    s3LogsEncrypted: maybe(z.boolean().nullable()),
    serviceRole: maybe(z.string().nullable()),
  }),
});

export const codeBuildAssetTypes = [codeBuildProject] as const;
