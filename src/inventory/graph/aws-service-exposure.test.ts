/**
 * Exposure of the AWS services beyond EC2, RDS instances and ALB/NLBs: DB clusters (through their
 * member instances' public flag), Redshift clusters, Classic Load Balancers, OpenSearch domains with a
 * public endpoint, and Lambda functions whose policy admits anyone. Each: public (and, where security
 * groups gate it, an open group) → exposed with the path; private → not. All are graph types, so the
 * engine keeps them for scoring.
 */
import { describe, expect, it } from 'vitest';
import { InventoryIndex } from '../../engine/inventory-index.js';
import type { AnyAsset } from '../../model/asset.js';
import { assetOf } from '../../rules/testing/builders.js';
import { secureOpenSearchDomain, secureRedshiftCluster } from '../../rules/aws/testing/analytics-fixtures.js';
import { secureLambdaFunction } from '../../rules/aws/testing/app-fixtures.js';
import { secureClassicLoadBalancer, secureDbCluster } from '../../rules/aws/testing/db-fixtures.js';
import { secureDbInstance, secureSecurityGroup } from '../../rules/aws/testing/fixtures.js';
import { IDS, UIDS } from '../../rules/aws/testing/network-fixtures.js';
import type { PolicyDocument } from '../aws/policy.js';
import type { ConfigOf } from '../types.js';
import { EstateGraph, GRAPH_TYPES } from './graph.js';

const ACCOUNT = '111122223333';
const open = (port: number) => ({
  protocol: 'tcp',
  fromPort: port,
  toPort: port,
  ipv4Ranges: ['0.0.0.0/0'],
  ipv6Ranges: [],
  securityGroups: [],
  prefixListIds: [],
});
const fromVpcOnly = (port: number) => ({ ...open(port), ipv4Ranges: ['10.0.0.0/16'] });

const sgOf = (ingress: ConfigOf<'aws.ec2.security-group'>['ingress']) =>
  assetOf(
    'aws.ec2.security-group',
    { ...secureSecurityGroup, ingress },
    { uid: UIDS.sg, name: 'data', relations: [{ kind: 'in-vpc', target: UIDS.vpc }] },
  );
const usesSg = [{ kind: 'uses-security-group', target: UIDS.sg }];

const exposureOf = (asset: AnyAsset, others: AnyAsset[]) =>
  new EstateGraph(new InventoryIndex([asset, ...others])).facts(asset).exposure;

describe('AWS service exposure', () => {
  it('holds every exposable type in the graph, so the engine keeps them for scoring', () => {
    for (const t of [
      'aws.rds.db-cluster',
      'aws.redshift.cluster',
      'aws.elb.load-balancer',
      'aws.opensearch.domain',
      'aws.lambda.function',
    ])
      expect(GRAPH_TYPES.has(t), t).toBe(true);
  });

  describe('DB cluster (Aurora, Multi-AZ, DocumentDB, Neptune)', () => {
    const cluster = assetOf('aws.rds.db-cluster', secureDbCluster, {
      uid: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`,
      name: 'orders',
      relations: usesSg,
    });
    const member = (id: string, publiclyAccessible: boolean) =>
      assetOf(
        'aws.rds.db-instance',
        { ...secureDbInstance, dbInstanceIdentifier: id, publiclyAccessible },
        { uid: `arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}`, name: id, relations: usesSg },
      );

    it('is exposed when a member instance is publicly accessible and its security group is open', () => {
      const e = exposureOf(cluster, [
        member('orders-1', false),
        member('orders-2', true),
        sgOf([open(5432)]),
      ]);
      expect(e?.text).toBe(`internet → orders via ${IDS.sg}:5432`);
      expect(e).toMatchObject({ kind: 'network', gates: [UIDS.sg], gaps: [] });
    });

    it('is not exposed when no member is publicly accessible, the group is closed, or members are unknown', () => {
      expect(exposureOf(cluster, [member('orders-1', false), sgOf([open(5432)])])).toBeUndefined();
      expect(exposureOf(cluster, [member('orders-1', true), sgOf([fromVpcOnly(5432)])])).toBeUndefined();
      expect(exposureOf(cluster, [sgOf([open(5432)])])).toBeUndefined();
    });

    it('does not take a same-named instance of another region for a member', () => {
      const elsewhere = assetOf(
        'aws.rds.db-instance',
        { ...secureDbInstance, dbInstanceIdentifier: 'orders-1', publiclyAccessible: true },
        { uid: `arn:aws:rds:eu-west-1:${ACCOUNT}:db:orders-1`, name: 'orders-1', region: 'eu-west-1' },
      );
      expect(exposureOf(cluster, [elsewhere, sgOf([open(5432)])])).toBeUndefined();
    });
  });

  describe('Redshift cluster', () => {
    const cluster = (publiclyAccessible: boolean) =>
      assetOf(
        'aws.redshift.cluster',
        { ...secureRedshiftCluster, publiclyAccessible },
        {
          uid: `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:warehouse`,
          name: 'warehouse',
          relations: usesSg,
        },
      );

    it('is exposed when publicly accessible with an open security group', () => {
      const e = exposureOf(cluster(true), [sgOf([open(5439)])]);
      expect(e?.text).toBe(`internet → warehouse via ${IDS.sg}:5439`);
      expect(e?.ranges).toEqual([{ protocol: 'tcp', from: 5439, to: 5439 }]);
    });

    it('is not exposed when private, or when its security group admits only the VPC', () => {
      expect(exposureOf(cluster(false), [sgOf([open(5439)])])).toBeUndefined();
      expect(exposureOf(cluster(true), [sgOf([fromVpcOnly(5439)])])).toBeUndefined();
    });
  });

  describe('Classic Load Balancer', () => {
    const lb = (scheme: string) =>
      assetOf(
        'aws.elb.load-balancer',
        { ...secureClassicLoadBalancer, scheme },
        {
          uid: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/legacy`,
          name: 'legacy',
          relations: usesSg,
        },
      );

    it('is exposed when internet-facing with an open security group', () => {
      expect(exposureOf(lb('internet-facing'), [sgOf([open(443)])])?.text).toBe(
        `internet → legacy via ${IDS.sg}:443`,
      );
    });

    it('is not exposed when internal', () => {
      expect(exposureOf(lb('internal'), [sgOf([open(443)])])).toBeUndefined();
    });
  });

  describe('OpenSearch domain', () => {
    const domain = (config: Partial<ConfigOf<'aws.opensearch.domain'>>) =>
      assetOf(
        'aws.opensearch.domain',
        { ...secureOpenSearchDomain, ...config },
        { uid: `arn:aws:es:us-east-1:${ACCOUNT}:domain/search`, name: 'search', relations: usesSg },
      );

    it('is exposed on HTTPS through a public endpoint; likely, since its access policy is not known', () => {
      const e = exposureOf(domain({ vpcSubnetIds: [], securityGroupIds: [] }), []);
      expect(e?.text).toBe('internet → search via public endpoint:443');
      expect(e?.gaps).toEqual([
        "the domain's access policy is not in the inventory, so whether it admits anyone is unknown",
      ]);
    });

    it('is reachable on HTTP too when HTTPS is not enforced', () => {
      const e = exposureOf(domain({ vpcSubnetIds: [], enforceHttps: false }), []);
      expect(e?.ranges).toEqual([
        { protocol: 'tcp', from: 80, to: 80 },
        { protocol: 'tcp', from: 443, to: 443 },
      ]);
    });

    it('is not exposed in a VPC, even with an open security group (its endpoint has private addresses)', () => {
      expect(exposureOf(domain({}), [sgOf([open(443)])])).toBeUndefined();
    });
  });

  describe('Lambda function', () => {
    const fn = (policy: ConfigOf<'aws.lambda.function'>['policy']) =>
      assetOf(
        'aws.lambda.function',
        { ...secureLambdaFunction, policy },
        { uid: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`, name: 'orders-api' },
      );
    const statement = (condition?: Record<string, Record<string, string>>): PolicyDocument => ({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'url',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunctionUrl',
          Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-api`,
          ...(condition ? { Condition: condition } : {}),
        },
      ],
    });

    it('is publicly accessible when its policy admits any principal', () => {
      const e = exposureOf(fn(statement()), []);
      expect(e).toMatchObject({ kind: 'public-access', gaps: [] });
      expect(e?.text).toBe('internet → orders-api via function policy with Principal "*"');
    });

    it('is not exposed when the policy names the caller, narrows "*" by account, or is absent', () => {
      expect(exposureOf(fn(secureLambdaFunction.policy), [])).toBeUndefined();
      expect(
        exposureOf(fn(statement({ StringEquals: { 'AWS:SourceAccount': ACCOUNT } })), []),
      ).toBeUndefined();
      expect(exposureOf(fn(null), [])).toBeUndefined();
    });
  });

  it('edges explain each path (internet → resource, security group → resource)', () => {
    const cluster = assetOf(
      'aws.redshift.cluster',
      { ...secureRedshiftCluster, publiclyAccessible: true },
      {
        uid: `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:warehouse`,
        name: 'warehouse',
        relations: usesSg,
      },
    );
    const g = new EstateGraph(new InventoryIndex([cluster, sgOf([open(5439)])]));
    const { edges } = g.export();
    expect(edges).toEqual(
      expect.arrayContaining([
        { from: 'internet', to: cluster.uid, kind: 'reaches' },
        { from: UIDS.sg, to: cluster.uid, kind: 'allows' },
      ]),
    );
  });
});
