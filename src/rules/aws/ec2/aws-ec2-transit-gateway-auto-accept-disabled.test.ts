import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-transit-gateway-auto-accept-disabled.js';

const tgw = (autoAcceptSharedAttachments: boolean | ReturnType<typeof unknown>) =>
  assetOf(
    'aws.ec2.transit-gateway',
    { transitGatewayId: 'tgw-0123', autoAcceptSharedAttachments },
    { name: 'tgw-0123' },
  );

runRuleTests(rule, {
  valid: [tgw(false)],
  invalid: [
    {
      asset: tgw(true),
      messageId: 'autoAccept',
      message: 'Transit gateway tgw-0123 accepts shared VPC attachment requests automatically',
    },
  ],
  unknown: [{ asset: tgw(unknown('not recorded')), field: 'autoAcceptSharedAttachments' }],
});
