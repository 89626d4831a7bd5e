import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-ec2-vpn-tunnels-up.js';

type Tunnel = { outsideIpAddress: string | null; status: string };
const vpn = (
  tunnels: Tunnel[] | ReturnType<typeof unknown>,
  state: string | ReturnType<typeof unknown> = 'available',
) => assetOf('aws.ec2.vpn-connection', { vpnConnectionId: 'vpn-1', state, tunnels }, { name: 'vpn-1' });
const up = (ip: string): Tunnel => ({ outsideIpAddress: ip, status: 'UP' });

runRuleTests(rule, {
  valid: [vpn([up('198.51.100.1'), up('198.51.100.2')])],
  invalid: [
    {
      asset: vpn([up('198.51.100.1'), { outsideIpAddress: '198.51.100.2', status: 'DOWN' }]),
      messageId: 'down',
      message: 'VPN connection vpn-1 has 1 of 2 tunnels down (198.51.100.2)',
    },
    {
      asset: vpn([up('198.51.100.1')]),
      messageId: 'noTelemetry',
      message: 'VPN connection vpn-1 reports 1 tunnel(s), not two',
    },
  ],
  unknown: [
    { asset: vpn(unknown('not recorded')), field: 'tunnels' },
    { asset: vpn([], unknown('not recorded')), field: 'state' },
  ],
  notApplicable: [vpn([], 'pending')],
});
