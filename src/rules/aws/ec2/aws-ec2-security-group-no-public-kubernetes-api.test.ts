import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { openIngress, secureSecurityGroup } from '../testing/fixtures.js';
import { rule } from './aws-ec2-security-group-no-public-kubernetes-api.js';

const sg = (ingress: typeof secureSecurityGroup.ingress) =>
  assetOf('aws.ec2.security-group', { ...secureSecurityGroup, ingress }, { name: 'k8s' });

runRuleTests(rule, {
  valid: [
    sg(secureSecurityGroup.ingress),
    { name: 'API from an admin range', asset: sg(openIngress('tcp', 6443, 6443, '198.51.100.0/24')) },
    { name: 'NodePort range from the world', asset: sg(openIngress('tcp', 30000, 32767)) },
  ],
  invalid: [
    {
      name: 'API server from the world',
      asset: sg(openIngress('tcp', 6443, 6443)),
      messageId: 'open',
      message: 'Security group k8s allows inbound 6443 (Kubernetes API) from 0.0.0.0/0 (rule tcp 6443)',
    },
    {
      name: 'kubelet and etcd through a wide range',
      asset: sg(openIngress('tcp', 2000, 11000, '::/0')),
      messageId: 'open',
      message:
        'Security group k8s allows inbound 6443 (Kubernetes API), 10250 (kubelet), 10255 (kubelet (read-only)), 2379 (etcd), 2380 (etcd) from ::/0 (rule tcp 2000-11000)',
    },
  ],
  unknown: [{ asset: sg(unknown('not recorded')), field: 'ingress' }],
});
