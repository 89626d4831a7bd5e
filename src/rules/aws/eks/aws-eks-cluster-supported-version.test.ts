import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEksCluster } from '../testing/fixtures.js';
import { rule } from './aws-eks-cluster-supported-version.js';
import { EKS_VERSION_CALENDAR, supportPhase } from './versions.js';

const cluster = (version: string | ReturnType<typeof unknown>) =>
  assetOf('aws.eks.cluster', { ...secureEksCluster, version }, { name: 'prod' });

// "Now" is 2026-11-28: 1.31's extended support ended two days before.
runRuleTests(rule, {
  now: new Date('2026-11-28T12:00:00Z'),
  valid: [cluster('1.34'), cluster('1.32'), cluster('1.40')],
  invalid: [
    {
      name: 'extended support just ended',
      asset: cluster('1.31'),
      messageId: 'ended',
      message: 'EKS cluster prod runs Kubernetes 1.31, whose EKS support ended on 2026-11-26',
    },
    {
      name: 'older than the calendar',
      asset: cluster('1.23'),
      messageId: 'ended',
      message: 'EKS cluster prod runs Kubernetes 1.23, whose EKS support ended',
    },
  ],
  unknown: [
    { asset: cluster(unknown('not recorded')), field: 'version' },
    { name: 'not a version', asset: cluster('latest'), field: 'version' },
  ],
});

describe('EKS version calendar', () => {
  it('is ordered, and each version gets 14 + 12 months of support', () => {
    for (const [i, e] of EKS_VERSION_CALENDAR.entries()) {
      expect(e.standardEnds < e.extendedEnds).toBe(true);
      const months =
        (Number(e.extendedEnds.slice(0, 4)) - Number(e.standardEnds.slice(0, 4))) * 12 +
        Number(e.extendedEnds.slice(5, 7)) -
        Number(e.standardEnds.slice(5, 7));
      expect(months).toBe(12);
      if (i > 0) expect(EKS_VERSION_CALENDAR[i - 1]!.standardEnds < e.standardEnds).toBe(true);
    }
  });
  it('judges by the given date, not the clock', () => {
    expect(supportPhase('1.31', new Date('2025-11-25T00:00:00Z'))?.phase).toBe('standard');
    expect(supportPhase('1.31', new Date('2026-06-01T00:00:00Z'))?.phase).toBe('extended');
    expect(supportPhase('1.31', new Date('2026-11-26T00:00:00Z'))?.phase).toBe('ended');
    expect(supportPhase('1.31.4-eks-1', new Date('2026-06-01T00:00:00Z'))?.phase).toBe('extended');
  });
});
