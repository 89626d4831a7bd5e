import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-athena-workgroup-query-results-encrypted',
  title: 'Athena workgroups encrypt query results at rest',
  description:
    'Query results land in S3 and often hold the most sensitive slices of the data queried; a workgroup encryption setting (SSE-S3, SSE-KMS or CSE-KMS) makes sure they are encrypted.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.athena.workgroup'],
  messages: {
    off: 'Athena workgroup {{name}} does not encrypt query results',
  },
  remediation: {
    text: 'Set an encryption option for the workgroup’s query results and enforce the workgroup configuration.',
    cli: 'aws athena update-work-group --work-group <name> --configuration-updates "ResultConfigurationUpdates={EncryptionConfiguration={EncryptionOption=SSE_KMS,KmsKey=<key-arn>}},EnforceWorkGroupConfiguration=true"',
  },
  references: [
    'https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/athena-controls.html#athena-1',
  ],
  check(wg, ctx) {
    const option = need(wg.config, 'resultEncryption');
    if (option !== null) return ctx.pass({ option });
    return ctx.fail('off', { name: wg.name });
  },
});
