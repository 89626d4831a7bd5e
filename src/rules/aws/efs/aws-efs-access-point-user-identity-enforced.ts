import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-efs-access-point-user-identity-enforced',
  title: 'EFS access points enforce a user identity',
  description:
    'An access point with a POSIX user makes every request through it as that user and group, whatever identity the client claims, so file permissions apply as intended.',
  severity: 'medium',
  category: 'storage',
  aspects: ['privilege'],
  assetTypes: ['aws.efs.access-point'],
  messages: {
    none: 'EFS access point {{name}} lets clients choose their own user identity',
  },
  remediation: {
    text: 'Recreate the access point with a POSIX user (uid and gid) for the application that uses it.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1000,Gid=1000',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-4',
  ],
  check(ap, ctx) {
    const user = need(ap.config, 'posixUser');
    if (user !== null) return ctx.pass({ uid: user.uid, gid: user.gid });
    return ctx.fail('none', { name: ap.name });
  },
});
