import { findingId } from '../../../engine/finding-id.js';
import { runRuleTests } from '../../testing/tester.js';
import { exposedEstate, UIDS } from '../testing/network-fixtures.js';
import { rule } from './aws-combo-exposed-instance-admin-role.js';

const admin = exposedEstate({ roleAdmin: true });
const others = (e: ReturnType<typeof exposedEstate>) => e.all.filter((a) => a !== e.instance);

runRuleTests(rule, {
  valid: [
    { name: 'exposed, role not admin', asset: exposedEstate().instance, related: others(exposedEstate()) },
    {
      name: 'admin role, but no public address',
      asset: exposedEstate({ roleAdmin: true, instance: { publicIp: null } }).instance,
      related: others(exposedEstate({ roleAdmin: true })),
    },
    {
      name: 'admin role, subnet has no route to the internet gateway',
      asset: admin.instance,
      related: others(exposedEstate({ roleAdmin: true, routeToIgw: false })),
    },
  ],
  invalid: [
    {
      asset: admin.instance,
      related: others(admin),
      failing: [
        ['aws-ec2-instance-no-public-ip', UIDS.instance],
        ['aws-iam-role-no-admin-access', UIDS.role],
        ['aws-ec2-security-group-no-public-ssh', UIDS.sg],
      ],
      messageId: 'toxic',
      message:
        'Instance web-1 is reachable (internet → igw-0a1b2c3d → rtb-0a1b2c3d → acl-0a1b2c3d → subnet-0123456789abcdef0 → i-0123456789abcdef0 via sg-0123456789abcdef0:22) and runs as role app with inline policy everything',
    },
  ],
  unknown: [],
  neverUnknown:
    'it reads only the exposure graph and the failures of its component rules; fields those could not read make the components unknown, and the graph leaves unread paths out',
});

// The components are the finding ids of the failures it combines.
import { describe, expect, it } from 'vitest';
import { evaluateRule } from '../../../engine/evaluate-rule.js';
import { InventoryIndex } from '../../../engine/inventory-index.js';
import { EstateGraph } from '../../../inventory/graph/graph.js';

describe('aws-combo-exposed-instance-admin-role components', () => {
  it('links the failed component findings', () => {
    const index = new InventoryIndex(admin.all);
    const failing = [
      findingId('aws-iam-role-no-admin-access', UIDS.role),
      findingId('aws-ec2-security-group-no-public-ssh', UIDS.sg),
    ];
    const r = evaluateRule(rule, admin.instance, {
      now: new Date(),
      index,
      graph: new EstateGraph(index),
      failures: new Set(failing),
    });
    expect(r.evidence?.components).toEqual(failing);
  });
});
