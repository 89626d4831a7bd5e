import { unknown } from '../../../model/unknown.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-snapshot-not-public.js';

const base: ConfigOf<'aws.ec2.snapshot'> = {
  snapshotId: 'snap-0123456789abcdef0',
  volumeId: 'vol-0123456789abcdef0',
  encrypted: true,
  state: 'completed',
  public: false,
  sharedWithAccounts: ['444455556666'],
};
const snapshot = (config: Partial<typeof base>) =>
  assetOf('aws.ec2.snapshot', { ...base, ...config }, { name: 'snap-0123456789abcdef0' });

runRuleTests(rule, {
  valid: [snapshot({}), snapshot({ sharedWithAccounts: [] })],
  invalid: [
    {
      asset: snapshot({ public: true }),
      messageId: 'public',
      message: 'EBS snapshot snap-0123456789abcdef0 can be restored by any AWS account',
    },
  ],
  unknown: [
    { asset: snapshot({ public: unknown('ec2:DescribeSnapshotAttribute denied') }), field: 'public' },
  ],
});
