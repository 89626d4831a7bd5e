/**
 * The exposure and context graph of an estate: per asset, its facts (internet exposure with the path,
 * privilege, data sensitivity, business context), and the edges that explain them (internet → gateway →
 * route table → subnet → instance; security group → instance; instance → role), plus the inventory's
 * own relations. Pure: built from an AssetLookup, nothing read from the outside world.
 */
import type { AnyAsset } from '../../model/asset.js';
import { awsExposure, type Edge } from './aws-exposure.js';
import { azureExposure } from './azure-exposure.js';
import type { AssetFacts, DataSensitivity, Exposure } from './facts.js';
import { gcpExposure } from './gcp-exposure.js';
import type { AssetLookup } from './lookup.js';
import { privilegeOf } from './privilege.js';

export type { Edge } from './aws-exposure.js';

/** Resource kinds that hold data: a finding on them concerns the data itself. */
export const DATA_HOLDING_TYPES: ReadonlySet<string> = new Set([
  'aws.s3.bucket',
  'aws.rds.db-instance',
  'aws.rds.db-snapshot',
  'aws.ec2.volume',
  'azure.storage.account',
  'azure.sql.server',
  'azure.compute.disk',
  'gcp.storage.bucket',
  'gcp.sql.instance',
]);

/**
 * Types the graph reads: the engine keeps every asset of these types until the end of the scan (the
 * cost of the graph, measured in docs/risk.md). Everything else streams through.
 */
export const GRAPH_TYPES: ReadonlySet<string> = new Set([
  // AWS network path and subjects
  'aws.ec2.instance',
  'aws.ec2.security-group',
  'aws.ec2.subnet',
  'aws.ec2.route-table',
  'aws.ec2.internet-gateway',
  'aws.ec2.network-acl',
  'aws.ec2.eip',
  'aws.ec2.vpc',
  'aws.ec2.flow-log',
  'aws.elb.load-balancer',
  'aws.elbv2.load-balancer',
  'aws.eks.cluster',
  'aws.lambda.function',
  'aws.opensearch.domain',
  'aws.rds.db-cluster',
  'aws.rds.db-instance',
  'aws.rds.db-snapshot',
  'aws.redshift.cluster',
  'aws.s3.bucket',
  'aws.iam.role',
  'aws.iam.policy',
  'aws.iam.user',
  'aws.account',
  // Azure
  'azure.compute.virtual-machine',
  'azure.network.public-ip',
  'azure.network.network-security-group',
  'azure.authorization.role-assignment',
  'azure.storage.account',
  'azure.sql.server',
  'azure.subscription',
  // GCP
  'gcp.compute.instance',
  'gcp.compute.firewall',
  'gcp.compute.network',
  'gcp.storage.bucket',
  'gcp.sql.instance',
  'gcp.container.cluster',
  'gcp.iam.service-account',
  'gcp.resourcemanager.project',
]);

const SENSITIVE = new Set(['confidential', 'restricted']);

function exposureOf(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  switch (asset.provider) {
    case 'aws':
      return awsExposure(inv, asset, edges);
    case 'azure':
      return azureExposure(inv, asset, edges);
    case 'gcp':
      return gcpExposure(inv, asset, edges);
  }
}

export class EstateGraph {
  readonly #inv: AssetLookup;
  readonly #facts = new Map<string, AssetFacts>();
  readonly #edges: Edge[] = [];

  constructor(inventory: AssetLookup) {
    this.#inv = inventory;
  }

  /**
   * The facts of an asset (computed once, then remembered).
   * @example graph.facts(instance).exposure?.text // 'internet → igw-1 → rtb-2 → subnet-3 → i-4 via sg-5:22'
   */
  facts(asset: AnyAsset): AssetFacts {
    let f = this.#facts.get(asset.uid);
    if (f !== undefined) return f;
    f = {};
    const exposure = exposureOf(this.#inv, asset, this.#edges);
    if (exposure) f.exposure = exposure;
    const privilege = privilegeOf(this.#inv, asset, this.#edges);
    if (privilege) f.privilege = privilege;
    const cls = asset.context.dataClassification;
    const holds = DATA_HOLDING_TYPES.has(asset.type);
    if (holds || cls !== undefined) {
      const d: DataSensitivity = { holdsData: holds, sensitive: cls !== undefined && SENSITIVE.has(cls) };
      if (cls !== undefined) d.classification = cls;
      f.data = d;
    }
    if (asset.context.environment !== undefined) f.environment = asset.context.environment;
    if (asset.context.owner !== undefined) f.owner = asset.context.owner;
    this.#facts.set(asset.uid, f);
    return f;
  }

  /** Facts by uid for an asset in the inventory; undefined when the graph does not hold it. */
  factsOf(uid: string): AssetFacts | undefined {
    const a = this.#inv.get(uid);
    return a === undefined ? undefined : this.facts(a);
  }

  get(uid: string): AnyAsset | undefined {
    return this.#inv.get(uid);
  }

  ofType(type: string, scope?: { account?: string; region?: string }): AnyAsset[] {
    return this.#inv.ofType(type, scope);
  }

  /** Every node and edge, with facts computed for all: for `parapet graph`. */
  export(): { nodes: { asset: AnyAsset; facts: AssetFacts }[]; edges: Edge[] } {
    const nodes: { asset: AnyAsset; facts: AssetFacts }[] = [];
    for (const a of this.#inv.values()) nodes.push({ asset: a, facts: this.facts(a) });
    const edges = [...this.#edges];
    for (const a of this.#inv.values())
      for (const r of a.relations)
        if (this.#inv.get(r.target)) edges.push({ from: a.uid, to: r.target, kind: r.kind });
    const seen = new Set<string>();
    return {
      nodes,
      edges: edges.filter((e) => {
        const k = `${e.from}\u0000${e.to}\u0000${e.kind}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
    };
  }
}
