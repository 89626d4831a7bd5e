/**
 * WAFv2, WAF Classic and Network Firewall, and the web ACL of each Application Load Balancer: a live
 * scan with the real SDK clients against the loopback replay server (JSON 1.1; a second page of web
 * ACLs, a throttled call) judges them as importing the equivalent AWS Config snapshot does, and knows
 * what AWS Config does not record (logging configurations, web ACL associations). A denied call is a
 * gap on the fields it fills only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { ACCESS_KEY, estateRecordings, REGION } from './testing/estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const AT = '2026-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-firewalls-'));
const MINE = /^aws-(waf|wafv2|waf-regional|network-firewall)-|^aws-elbv2-load-balancer-waf-web-acl-attached$/;
/** What AWS Config cannot tell: logging configurations and which web ACL protects a load balancer. */
const NOT_RECORDED = [
  'aws-elbv2-load-balancer-waf-web-acl-attached loadbalancer/app/shop/50dc6c495c0c9188',
  'aws-network-firewall-firewall-logging-enabled firewall/egress',
  'aws-waf-web-acl-logging-enabled webacl/legacy-cdn-0001',
  'aws-wafv2-web-acl-logging-enabled global/webacl/cdn-acl/11111111-aaaa-4bbb-8ccc-000000000003',
  'aws-wafv2-web-acl-logging-enabled regional/webacl/empty-acl/11111111-aaaa-4bbb-8ccc-000000000002',
  'aws-wafv2-web-acl-logging-enabled regional/webacl/shop-acl/11111111-aaaa-4bbb-8ccc-000000000001',
];

interface Finding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string; type: string; name: string };
}

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function parapet(args: string[]) {
  const io = memoryIo(
    {
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'replay-secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    work,
  );
  const code = await main(args, io);
  expect(code, io.err()).toBe(0);
  return { stdout: io.out(), stderr: io.err() };
}

const OUTPUT = ['--no-store', '--no-progress', '--format', 'json', '--include-passed', '--at', AT];
const mine = (stdout: string) =>
  (JSON.parse(stdout) as { findings: Finding[] }).findings.filter((f) => MINE.test(f.ruleId));
const where = (f: Finding) => f.resource.uid.split(':').slice(5).join(':');
const verdicts = (findings: Finding[]) => findings.map((f) => `${f.status} ${f.ruleId} ${where(f)}`).sort();

async function liveScan(extra: Recording[] = []) {
  server = new ReplayServer([...extra, ...estateRecordings()]);
  const url = await server.start();
  const r = await parapet(['scan', '--aws', '--aws-endpoint-url', url, '--regions', REGION, ...OUTPUT]);
  return { findings: mine(r.stdout), stderr: r.stderr, server };
}

describe('WAF and Network Firewall, live and imported', () => {
  it('judges them as importing the AWS Config snapshot does, and adds what AWS Config does not record', async () => {
    const imported = mine(
      (
        await parapet([
          'scan',
          '--import',
          join(FIXTURES, 'firewall-config-snapshot.json'),
          '--import',
          join(FIXTURES, 'estate-config-snapshot.json'),
          ...OUTPUT,
        ])
      ).stdout,
    );
    const live = await liveScan();
    expect(live.server.unmatched).toEqual([]);
    const liveById = new Map(live.findings.map((f) => [f.id, f]));
    const judged = imported.filter((f) => f.status !== 'error');
    expect(judged.length).toBeGreaterThan(10);
    for (const f of judged) {
      const l = liveById.get(f.id);
      expect(l, `${f.ruleId} ${f.resource.uid}`).toBeDefined();
      expect({ status: l?.status, message: l?.message }).toEqual({ status: f.status, message: f.message });
    }
    expect(
      imported
        .filter((f) => f.status === 'error')
        .map((f) => `${f.ruleId} ${where(f)}`)
        .sort(),
    ).toEqual(NOT_RECORDED);
    expect(live.findings.filter((f) => f.status === 'error')).toEqual([]);
    expect(live.findings).toHaveLength(imported.length);
    expect(verdicts(live.findings.filter((f) => f.status === 'fail'))).toEqual([
      'fail aws-network-firewall-firewall-deletion-protection-enabled firewall/egress',
      'fail aws-network-firewall-policy-drops-fragmented-packets-by-default firewall-policy/egress-policy',
      'fail aws-network-firewall-stateless-rule-group-not-empty stateless-rulegroup/block-list',
      'fail aws-waf-rule-group-not-empty rulegroup/empty-group-0001',
      'fail aws-waf-rule-has-condition rule/empty-rule-0001',
      'fail aws-waf-web-acl-logging-enabled webacl/legacy-cdn-0001',
      'fail aws-waf-web-acl-not-empty webacl/legacy-cdn-0001',
      'fail aws-wafv2-rule-group-cloudwatch-metrics-enabled regional/rulegroup/bots/11111111-aaaa-4bbb-8ccc-000000000004',
      'fail aws-wafv2-web-acl-logging-enabled global/webacl/cdn-acl/11111111-aaaa-4bbb-8ccc-000000000003',
      'fail aws-wafv2-web-acl-logging-enabled regional/webacl/empty-acl/11111111-aaaa-4bbb-8ccc-000000000002',
      'fail aws-wafv2-web-acl-not-empty regional/webacl/empty-acl/11111111-aaaa-4bbb-8ccc-000000000002',
    ]);
    const message = (ruleId: string) => live.findings.find((f) => f.ruleId === ruleId)?.message;
    expect(message('aws-wafv2-rule-group-cloudwatch-metrics-enabled')).toBe(
      'WAFv2 rule group bots does not send CloudWatch metrics for rule(s) block-bad-bots',
    );
    expect(
      live.findings.find((f) => f.ruleId === 'aws-elbv2-load-balancer-waf-web-acl-attached')?.status,
    ).toBe('pass');
    // Both pages of regional web ACLs were read; the throttled rule group read was retried.
    expect(
      live.server.requests.filter((r) => r.operation === 'ListWebACLs' && r.params.NextMarker === 'page-2'),
    ).toHaveLength(1);
    expect(live.server.count('wafv2', 'GetRuleGroup')).toBe(2);
    // One association listing per regional web ACL, none per load balancer.
    expect(live.server.count('wafv2', 'ListResourcesForWebACL')).toBe(2);
  });

  it('records denied logging and association calls as gaps on the fields they fill only', async () => {
    const denied = (service: string, operation: string): Recording => ({
      service,
      operation,
      region: REGION,
      error: { status: 400, code: 'AccessDeniedException', message: 'not allowed' },
    });
    const { findings, stderr } = await liveScan([
      denied('wafv2', 'ListLoggingConfigurations'),
      denied('wafv2', 'ListResourcesForWebACL'),
      denied('network-firewall', 'DescribeLoggingConfiguration'),
    ]);
    expect(verdicts(findings.filter((f) => f.status === 'error'))).toEqual(
      NOT_RECORDED.filter((n) => !n.includes('global/') && !n.includes('legacy-cdn')).map(
        (n) => `error ${n}`,
      ),
    );
    const lb = findings.find((f) => f.ruleId === 'aws-elbv2-load-balancer-waf-web-acl-attached');
    expect(lb?.message).toMatch(/wafv2:ListResourcesForWebACL.*AccessDeniedException/);
    expect(stderr).toMatch(/network-firewall:DescribeLoggingConfiguration/);
    // The rest of the web ACLs and the firewall are still judged.
    expect(
      findings.find((f) => f.ruleId === 'aws-wafv2-web-acl-not-empty' && f.status === 'fail'),
    ).toBeDefined();
    expect(
      findings.find((f) => f.ruleId === 'aws-network-firewall-firewall-deletion-protection-enabled')?.status,
    ).toBe('fail');
  });
});
