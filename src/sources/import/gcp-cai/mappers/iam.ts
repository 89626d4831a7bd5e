/**
 * iam.googleapis.com/ServiceAccount → gcp.iam.service-account and iam.googleapis.com/ServiceAccountKey
 * → gcp.iam.service-account-key. CAI names a service account by its unique id
 * (`//iam.googleapis.com/projects/p/serviceAccounts/1234`); Parapet's uid uses its email instead, so
 * the VMs, keys and IAM members that know only the email point at the same asset.
 */
import { unknown } from '../../../../model/unknown.js';
import { gcpServiceAccount, gcpServiceAccountKey } from '../../../../inventory/gcp/iam.js';
import { str } from '../../json-file.js';
import { lastSegment, serviceAccountUid } from '../names.js';
import type { ProjectDirectory } from '../projects.js';
import { flag, text } from './fields.js';
import { mapperFields, type CaiMapper } from './types.js';

/**
 * The project a service account lives in, from its email: `x@<project>.iam.gserviceaccount.com`,
 * `<project>@appspot.gserviceaccount.com`, `<number>-compute@developer.gserviceaccount.com`; else `fallback`.
 */
export function serviceAccountProject(email: string, fallback: string, projects: ProjectDirectory): string {
  const e = email.toLowerCase();
  const user = /^[^@]+@([a-z][a-z0-9-]{4,28}[a-z0-9])\.iam\.gserviceaccount\.com$/.exec(e);
  if (user?.[1] !== undefined) return user[1];
  const appspot = /^([a-z][a-z0-9-]{4,28}[a-z0-9])@appspot\.gserviceaccount\.com$/.exec(e);
  if (appspot?.[1] !== undefined) return appspot[1];
  const compute = /^(\d+)-compute@developer\.gserviceaccount\.com$/.exec(e);
  if (compute?.[1] !== undefined) return projects.idOf(compute[1]) ?? fallback;
  return fallback;
}

/** The uid of the service account with this email, as gcp.iam.service-account assets carry it. */
export function serviceAccountTarget(email: string, fallback: string, projects: ProjectDirectory): string {
  return serviceAccountUid(serviceAccountProject(email, fallback, projects), email);
}

export const serviceAccountMapper: CaiMapper = {
  ...mapperFields(gcpServiceAccount),
  fromData(data, { rec, project }) {
    const email = str(data.email);
    return {
      config: {
        email: email ?? unknown('the service account record has no email'),
        uniqueId: text(data.uniqueId),
        displayName: text(data.displayName),
        disabled: flag(data.disabled),
      },
      ...(email === undefined ? {} : { uid: serviceAccountUid(project, email), name: email }),
      ...(email === undefined ? { name: lastSegment(rec.name) } : {}),
    };
  },
};

/** `//iam.googleapis.com/projects/p/serviceAccounts/<email or unique id>/keys/<key>` → the account part. */
function accountSegment(name: string): string | undefined {
  return /\/serviceAccounts\/([^/]+)\/keys\//.exec(name)?.[1];
}

export const serviceAccountKeyMapper: CaiMapper = {
  ...mapperFields(gcpServiceAccountKey),
  fromData(data, { rec, ctx, project }) {
    const segment = accountSegment(rec.name) ?? accountSegment(`/${str(data.name) ?? ''}`);
    const email =
      segment === undefined
        ? undefined
        : segment.includes('@')
          ? segment
          : ctx.projects.serviceAccountEmail(segment);
    const relations =
      email !== undefined
        ? [{ kind: 'member-of', target: serviceAccountTarget(email, project, ctx.projects) }]
        : segment !== undefined
          ? [
              {
                kind: 'member-of',
                target: `//iam.googleapis.com/projects/${project}/serviceAccounts/${segment}`,
              },
            ]
          : [];
    return {
      config: {
        keyType: data.keyType ?? unknown('the key record has no keyType'),
        validAfterTime: data.validAfterTime ?? unknown('the key record has no validAfterTime'),
        validBeforeTime: text(data.validBeforeTime),
        disabled: flag(data.disabled),
        serviceAccountEmail:
          email ??
          unknown(
            segment === undefined
              ? 'the key record does not name its service account'
              : `the key names its service account by unique id ${segment}, and no service account record of the import has that id`,
          ),
        keyAlgorithm: text(data.keyAlgorithm),
      },
      relations,
      name: lastSegment(rec.name),
    };
  },
};
