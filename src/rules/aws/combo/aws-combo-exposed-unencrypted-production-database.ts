import { defineRule, need } from '../../api.js';
import {
  comboEvidence,
  failedComponents,
  isProduction,
  isSensitive,
  relatedUids,
} from '../../combination.js';

export const rule = defineRule({
  id: 'aws-combo-exposed-unencrypted-production-database',
  title:
    'No production database holding confidential data is both reachable from the internet and unencrypted',
  description:
    'A toxic combination: an RDS instance that is publicly accessible with a security group open to the internet, ' +
    'whose storage is not encrypted, tagged as production and as holding confidential or restricted data. Each ' +
    'finding alone is serious; together they are one breach away from a reportable data loss, so this finding ' +
    'ranks above its components and links to them.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure', 'encryption'],
  assetTypes: ['aws.rds.db-instance'],
  combination: {
    components: [
      'aws-rds-instance-not-public',
      'aws-rds-instance-storage-encrypted',
      'aws-ec2-security-group-no-public-database-ports',
      'aws-ec2-security-group-no-public-all-ports',
    ],
  },
  messages: {
    toxic:
      'Production database {{name}} holds {{classification}} data, is unencrypted and reachable: {{path}}',
  },
  remediation: {
    text:
      'Break the combination at its cheapest point first: turn off public accessibility and close the security ' +
      'group to the internet, then migrate to an encrypted copy (snapshot, copy with a KMS key, restore).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
  },
  check(db, ctx) {
    const f = ctx.facts(db);
    if (f.exposure === undefined || !isProduction(f) || !isSensitive(f)) return ctx.pass();
    if (need(db.config, 'storageEncrypted')) return ctx.pass();
    const components = failedComponents(ctx, [
      ['aws-rds-instance-not-public', db.uid],
      ['aws-rds-instance-storage-encrypted', db.uid],
      ...relatedUids(db, 'uses-security-group').flatMap(
        (sg) =>
          [
            ['aws-ec2-security-group-no-public-database-ports', sg],
            ['aws-ec2-security-group-no-public-all-ports', sg],
          ] as const,
      ),
    ]);
    return ctx.fail(
      'toxic',
      { name: db.name, classification: f.data?.classification ?? 'sensitive', path: f.exposure.text },
      comboEvidence(components, f),
    );
  },
});
