import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-efs-access-point-root-directory-enforced',
  title: 'EFS access points enforce a root directory',
  description:
    'An access point with a root directory confines every client that mounts through it to that directory; without one (or with `/`), those clients see the whole file system.',
  severity: 'medium',
  category: 'storage',
  aspects: ['privilege'],
  assetTypes: ['aws.efs.access-point'],
  messages: {
    whole: 'EFS access point {{name}} exposes the whole file system (root directory {{path}})',
  },
  remediation: {
    text: 'Recreate the access point with a root directory below `/` for the application that uses it.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory Path=/app',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-3',
  ],
  check(ap, ctx) {
    const path = need(ap.config, 'rootDirectoryPath');
    if (path !== null && path.replace(/\/+$/, '') !== '') return ctx.pass({ path });
    return ctx.fail('whole', { name: ap.name, path: path ?? '/' });
  },
});
