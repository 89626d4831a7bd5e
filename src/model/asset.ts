/**
 * The shape every source produces: one typed asset per cloud resource, whatever it was read from
 * (a live API, a provider export or IaC). Type-specific fields live in `config`; their schemas are in
 * inventory/.
 */
export type Provider = 'aws' | 'azure' | 'gcp';
export const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'gcp'];

/** Where an asset came from. `file`/`line` point at the export or IaC file when there is one. */
export interface SourceRef {
  kind: 'import' | 'live' | 'iac';
  /** e.g. `aws-config-snapshot`, `azure-resource-graph`, `gcp-cai`, `aws-credential-report`. */
  format: string;
  file?: string;
  /** Position inside the file, e.g. `configurationItems[12]` or `line 40`. */
  position?: string;
  line?: number;
}

/**
 * A directed edge to another asset, by uid. Kinds say what holds:
 * `instance --uses-security-group--> sg`, `sg --in-vpc--> vpc`, `bucket --encrypted-by--> key`,
 * `listener --listener-of--> lb`, `flow-log --logs--> vpc`.
 */
export interface Relation {
  kind: string;
  target: string;
}

/** Owner, environment and data classification, read from tags (keys are configurable). */
export interface AssetContext {
  owner?: string;
  /** Normalised: `production`, `staging`, `development`, `test`, `sandbox`, or the tag's own value. */
  environment?: string;
  /** Normalised: `restricted`, `confidential`, `internal`, `public`, or the tag's own value. */
  dataClassification?: string;
}

export interface Asset<TType extends string = string, TConfig = Record<string, unknown>> {
  /** AWS ARN; Azure ARM id (lower case); GCP full resource name; IaC `<file>#<address>`. */
  uid: string;
  /** Dotted lower case, e.g. `aws.s3.bucket`. */
  type: TType;
  provider: Provider;
  /** AWS account id, Azure subscription id, GCP project id. */
  account: string;
  /** Region / location; `global` for global resources. */
  region: string;
  name: string;
  tags: Record<string, string>;
  config: TConfig;
  relations: Relation[];
  context: AssetContext;
  source: SourceRef;
  /** When the source captured this state (ISO time), if it says. */
  capturedAt?: string;
}

/** An asset whose config has not been narrowed to a type. */
export type AnyAsset = Asset<string, Record<string, unknown>>;
