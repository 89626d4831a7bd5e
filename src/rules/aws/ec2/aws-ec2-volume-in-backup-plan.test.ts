import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { noCriteria, selection, tag } from '../testing/backup-fixtures.js';
import { secureVolume } from '../testing/fixtures.js';
import { rule } from './aws-ec2-volume-in-backup-plan.js';

const ARN = 'arn:aws:ec2:us-east-1:111122223333:volume/vol-0123456789abcdef0';
const volume = assetOf('aws.ec2.volume', secureVolume, {
  name: 'vol-0123456789abcdef0',
  uid: ARN,
  tags: { backup: 'daily', stage: 'prod' },
});
const untagged = assetOf('aws.ec2.volume', secureVolume, { name: 'vol-0123456789abcdef0', uid: ARN });

runRuleTests(rule, {
  valid: [
    {
      name: 'every volume',
      asset: volume,
      related: [selection({ resources: ['arn:aws:ec2:*:*:volume/*'] })],
    },
    { name: 'by its ARN', asset: volume, related: [selection({ resources: [ARN] })] },
    { name: 'everything (*)', asset: volume, related: [selection({ resources: ['*'] })] },
    { name: 'a selection that names nothing selects everything', asset: volume, related: [selection({})] },
    {
      name: 'by tag (ListOfTags, any one)',
      asset: volume,
      related: [selection({ listOfTags: [tag('backup', 'weekly'), tag('backup', 'daily')] })],
    },
    {
      name: 'by ARN pattern and tag conditions that all hold',
      asset: volume,
      related: [
        selection({
          resources: ['*'],
          conditions: {
            ...noCriteria.conditions,
            stringEquals: [tag('backup', 'daily')],
            stringLike: [tag('stage', 'pro*')],
            stringNotEquals: [tag('stage', 'dev')],
            stringNotLike: [tag('owner', 'test*')],
          },
        }),
      ],
    },
    {
      name: 'a tag-free ARN selection decides even with tags unknown elsewhere',
      asset: volume,
      related: [selection({ resources: [ARN] }), selection(unknown('not recorded'), { name: 'other' })],
    },
  ],
  invalid: [
    {
      name: 'no plan selects anything here, and selections are recorded',
      asset: volume,
      complete: ['aws.backup.selection'],
      messageId: 'none',
      message: 'EBS volume vol-0123456789abcdef0 is not selected by any AWS Backup plan',
    },
    {
      name: 'only RDS instances are selected',
      asset: volume,
      related: [selection({ resources: ['arn:aws:rds:*:*:db:*'] })],
      messageId: 'none',
    },
    {
      name: 'excluded by NotResources',
      asset: volume,
      related: [selection({ resources: ['*'], notResources: ['arn:aws:ec2:*:*:volume/*'] })],
      messageId: 'none',
    },
    {
      name: 'a tag condition does not hold (the tag is missing)',
      asset: untagged,
      related: [
        selection({
          resources: ['arn:aws:ec2:*:*:volume/*'],
          conditions: { ...noCriteria.conditions, stringEquals: [tag('backup', 'daily')] },
        }),
      ],
      messageId: 'none',
    },
    {
      name: 'a StringNotLike condition excludes it',
      asset: volume,
      related: [
        selection({
          resources: ['*'],
          conditions: { ...noCriteria.conditions, stringNotLike: [tag('stage', 'p*')] },
        }),
      ],
      messageId: 'none',
    },
    {
      name: 'a plan in another region does not count',
      asset: volume,
      related: [selection({ resources: ['*'] }, { region: 'eu-west-1' })],
      complete: ['aws.backup.selection'],
      messageId: 'none',
    },
  ],
  unknown: [
    {
      name: 'no selection, and nothing shows selections are recorded here',
      asset: volume,
      field: 'backup plans',
    },
    {
      name: 'a selection whose criteria are unknown',
      asset: volume,
      related: [selection(unknown('not recorded'), { name: 'opaque' })],
      field: 'backup selection opaque',
    },
  ],
});
