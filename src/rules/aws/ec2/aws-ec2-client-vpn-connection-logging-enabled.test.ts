import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-client-vpn-connection-logging-enabled.js';

const endpoint = (connectionLogEnabled: boolean | ReturnType<typeof unknown>) =>
  assetOf(
    'aws.ec2.client-vpn-endpoint',
    { clientVpnEndpointId: 'cvpn-endpoint-1', connectionLogEnabled },
    { name: 'cvpn-endpoint-1' },
  );

runRuleTests(rule, {
  valid: [endpoint(true)],
  invalid: [
    {
      asset: endpoint(false),
      messageId: 'off',
      message: 'Client VPN endpoint cvpn-endpoint-1 does not log client connections',
    },
  ],
  unknown: [{ asset: endpoint(unknown('not recorded')), field: 'connectionLogEnabled' }],
});
