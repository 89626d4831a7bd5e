import { describe, expect, it } from 'vitest';
import {
  bindingLabel,
  isAdminRole,
  isDefaultComputeServiceAccount,
  isGoogleManagedServiceAgent,
  isPublicMember,
  serviceAccountOf,
} from './iam-policy.js';

describe('GCP IAM policy helpers', () => {
  it('recognises public members', () => {
    expect(['allUsers', 'allAuthenticatedUsers'].every(isPublicMember)).toBe(true);
    expect(['user:allUsers@x.com', 'domain:example.com', 'group:all@x.com'].some(isPublicMember)).toBe(false);
  });

  it('reads service account members, not deleted ones', () => {
    expect(serviceAccountOf('serviceAccount:ci@p.iam.gserviceaccount.com')).toBe(
      'ci@p.iam.gserviceaccount.com',
    );
    expect(serviceAccountOf('deleted:serviceAccount:ci@p.iam.gserviceaccount.com?uid=1')).toBeUndefined();
    expect(serviceAccountOf('user:a@example.com')).toBeUndefined();
  });

  it('tells admin roles from others', () => {
    for (const role of [
      'roles/owner',
      'roles/editor',
      'roles/compute.admin',
      'roles/iam.serviceAccountAdmin',
      'projects/p/roles/netAdmin',
    ])
      expect(isAdminRole(role), role).toBe(true);
    for (const role of [
      'roles/viewer',
      'roles/storage.objectViewer',
      'roles/iam.serviceAccountUser',
      'roles/adminless.viewer',
    ])
      expect(isAdminRole(role), role).toBe(false);
  });

  it('tells Google-managed service agents and the default compute account', () => {
    expect(isGoogleManagedServiceAgent('service-123@gcp-sa-cloudbuild.iam.gserviceaccount.com')).toBe(true);
    expect(isGoogleManagedServiceAgent('123@cloudservices.gserviceaccount.com')).toBe(true);
    expect(isGoogleManagedServiceAgent('123-compute@developer.gserviceaccount.com')).toBe(false);
    expect(isDefaultComputeServiceAccount('123-compute@developer.gserviceaccount.com')).toBe(true);
    expect(isDefaultComputeServiceAccount('default')).toBe(true);
    expect(isDefaultComputeServiceAccount('app@p.iam.gserviceaccount.com')).toBe(false);
  });

  it('labels conditional bindings by title, else expression', () => {
    expect(bindingLabel({ role: 'roles/viewer', members: [], condition: null })).toBe('roles/viewer');
    expect(
      bindingLabel({
        role: 'roles/viewer',
        members: [],
        condition: { expression: 'x', title: null, description: null },
      }),
    ).toBe('roles/viewer (if: x)');
  });
});
