/**
 * The AWS Config items of one account and region, and what the builders share (tags, permissions,
 * policy documents). Builders (network.ts, compute.ts, data.ts, elb.ts, governance.ts, identity.ts)
 * take the few facts that matter for the story and fill in the rest of each record as AWS Config writes
 * it (camelCase from the service APIs, PascalCase for the types AWS Config reads from CloudFormation
 * schemas: EKS, ELBv2 listeners, the recorder), returning the ids other resources refer to.
 */
import type { ItemSpec } from './records.js';
import { EXPORT_TIME, type AwsAccount, type DataClass, type Env } from '../company.js';
import { before } from '../ids.js';

export interface Tagging {
  owner: string;
  env: Env;
  data: DataClass;
  name?: string;
  extra?: Record<string, string>;
}

/** AWS tag keys as Northwind Freight's tagging policy spells them. */
export function awsTags(t: Tagging): Record<string, string> {
  return {
    ...(t.name === undefined ? {} : { Name: t.name }),
    Owner: t.owner,
    Environment: t.env,
    DataClassification: t.data,
    ...t.extra,
  };
}

/** Tags as the EC2/RDS APIs list them inside a configuration. */
export function tagList(tags: Record<string, string>): { key: string; value: string }[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}

export interface Perm {
  proto: 'tcp' | 'udp' | 'icmp' | '-1';
  from?: number;
  to?: number;
  cidrs?: string[];
  cidrs6?: string[];
  groups?: string[];
  desc?: string;
}

export const ALL_EGRESS: Perm = { proto: '-1', cidrs: ['0.0.0.0/0'] };

export type Statement = Record<string, unknown>;
export const policyDoc = (statements: Statement[]) => ({ Version: '2012-10-17', Statement: statements });

/** IAM policy documents as AWS Config records them: URL-encoded JSON (RFC 3986, `*` included). */
export function iamEncoded(doc: unknown): string {
  return encodeURIComponent(JSON.stringify(doc)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** KMS key policies as KMS returns them (its own pretty-printing). */
export function kmsPolicyText(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/": /g, '" : ');
}

const DAY = 86_400;

/** The AWS Config items of one account and region; the builder modules add to them. */
export class RegionEstate {
  readonly items: ItemSpec[] = [];

  constructor(
    readonly account: AwsAccount,
    readonly region: string,
  ) {}

  seed(label: string): string {
    return `${this.account.id}/${this.region}/${label}`;
  }

  /** When Config last recorded a change to the resource: within the ten days before the export. */
  captured(label: string): string {
    return before(EXPORT_TIME, this.seed(`captured/${label}`), 10 * DAY);
  }

  az(n: number): string {
    return `${this.region}${'abc'[n % 3]}`;
  }

  push(spec: Omit<ItemSpec, 'capturedAt'> & { capturedAt?: string }): void {
    this.items.push({ ...spec, capturedAt: spec.capturedAt ?? this.captured(spec.resourceId) });
  }

  ec2Arn(type: string, id: string): string {
    return `arn:aws:ec2:${this.region}:${this.account.id}:${type}/${id}`;
  }
}
