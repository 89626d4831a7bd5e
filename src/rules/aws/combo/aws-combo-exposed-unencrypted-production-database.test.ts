import { unknown } from '../../../model/unknown.js';
import { runRuleTests } from '../../testing/tester.js';
import { exposedEstate, UIDS, type EstateOptions } from '../testing/network-fixtures.js';
import { rule } from './aws-combo-exposed-unencrypted-production-database.js';

const open5432 = [
  {
    protocol: 'tcp',
    fromPort: 5432,
    toPort: 5432,
    ipv4Ranges: ['0.0.0.0/0'],
    ipv6Ranges: [],
    securityGroups: [],
    prefixListIds: [],
  },
];
const prodConfidential = { environment: 'production', 'data-classification': 'confidential' };
const estate = (db: EstateOptions['db'], tags: Record<string, string> = prodConfidential) =>
  exposedEstate({
    db: { publiclyAccessible: true, storageEncrypted: false, kmsKeyId: null, ...db },
    dbTags: tags,
    sgIngress: open5432,
  });
const withRelated = (e: ReturnType<typeof exposedEstate>) => ({
  asset: e.db,
  related: e.all.filter((a) => a !== e.db),
});

runRuleTests(rule, {
  valid: [
    {
      name: 'encrypted',
      ...withRelated(
        estate({ storageEncrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }),
      ),
    },
    { name: 'not publicly accessible', ...withRelated(estate({ publiclyAccessible: false })) },
    {
      name: 'development',
      ...withRelated(estate({}, { environment: 'dev', 'data-classification': 'confidential' })),
    },
    { name: 'no classification tag', ...withRelated(estate({}, { environment: 'prod' })) },
  ],
  invalid: [
    {
      ...withRelated(estate({})),
      failing: [['aws-rds-instance-storage-encrypted', UIDS.db]],
      messageId: 'toxic',
      message:
        'Production database orders holds confidential data, is unencrypted and reachable: internet → orders via sg-0123456789abcdef0:5432',
    },
  ],
  unknown: [
    { ...withRelated(estate({ storageEncrypted: unknown('not recorded') })), field: 'storageEncrypted' },
  ],
});
