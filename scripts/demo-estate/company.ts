/**
 * Northwind Freight, the fictional company of the demo estate: its teams, its AWS accounts, Azure
 * subscriptions and GCP projects, and the moment the exports were taken. Everything else in the demo
 * refers to these constants, so names and ids agree across providers and files.
 */
import { digits, uuid } from './ids.js';

export const COMPANY = 'Northwind Freight';
/** The company's (reserved, non-routable) e-mail domain. */
export const DOMAIN = 'northwindfreight.example';

/** When the exports were taken (AWS Config delivers its snapshots in the small hours). */
export const EXPORT_TIME = '2026-11-27T03:00:00.000Z';

/** Owner tag values: one per team. */
export const TEAMS = {
  platform: 'platform-engineering',
  booking: 'booking',
  tracking: 'shipment-tracking',
  data: 'data-engineering',
  marketing: 'marketing-web',
  security: 'security-operations',
  finance: 'finance-systems',
  routing: 'route-optimisation',
  portal: 'customer-portal',
} as const;

export type Env = 'prod' | 'staging' | 'dev';
export type DataClass = 'restricted' | 'confidential' | 'internal' | 'public';

export interface AwsAccount {
  key: 'prod' | 'staging' | 'security';
  id: string;
  alias: string;
  env: Env;
  /** The region whose recorder records the global (IAM) resource types. */
  home: string;
  regions: readonly string[];
}

export const AWS_ACCOUNTS: readonly AwsAccount[] = [
  {
    key: 'prod',
    id: '404812397561',
    alias: 'nwf-prod',
    env: 'prod',
    home: 'eu-west-1',
    regions: ['eu-west-1', 'us-east-1'],
  },
  {
    key: 'staging',
    id: '518274630952',
    alias: 'nwf-staging',
    env: 'staging',
    home: 'eu-west-1',
    regions: ['eu-west-1', 'us-east-1'],
  },
  {
    key: 'security',
    id: '629371845003',
    alias: 'nwf-security',
    env: 'prod',
    home: 'eu-west-1',
    regions: ['eu-west-1', 'eu-central-1'],
  },
];

export function awsAccount(key: AwsAccount['key']): AwsAccount {
  const a = AWS_ACCOUNTS.find((x) => x.key === key);
  if (a === undefined) throw new Error(`no AWS account ${key}`);
  return a;
}

/** The AWS Organizations management account (not part of the demo; member roles trust it). */
export const AWS_MANAGEMENT_ACCOUNT = '100420318877';
/** Freightlytics, an analytics vendor with read access to the production account. */
export const AWS_VENDOR_ACCOUNT = '777733331111';
export const AWS_ORG_ID = 'o-n8wf4r31gh';

export const AZURE_TENANT = uuid('azure/tenant/northwindfreight');

export interface AzureSubscription {
  key: 'prod' | 'dev';
  id: string;
  name: string;
  env: Env;
  location: string;
}

export const AZURE_SUBSCRIPTIONS: readonly AzureSubscription[] = [
  {
    key: 'prod',
    id: uuid('azure/subscription/portal-prod'),
    name: 'Northwind Freight - Customer Portal (Production)',
    env: 'prod',
    location: 'westeurope',
  },
  {
    key: 'dev',
    id: uuid('azure/subscription/dev-test'),
    name: 'Northwind Freight - Dev/Test',
    env: 'dev',
    location: 'northeurope',
  },
];

export function azureSubscription(key: AzureSubscription['key']): AzureSubscription {
  const s = AZURE_SUBSCRIPTIONS.find((x) => x.key === key);
  if (s === undefined) throw new Error(`no Azure subscription ${key}`);
  return s;
}

export interface GcpProject {
  key: 'routing' | 'data';
  id: string;
  number: string;
  displayName: string;
  env: Env;
  folder: string;
}

export const GCP_ORGANIZATION = digits('gcp/org', 12);

export const GCP_PROJECTS: readonly GcpProject[] = [
  {
    key: 'routing',
    id: 'nwf-routing-prod',
    number: digits('gcp/project/routing', 12),
    displayName: 'NWF Routing (prod)',
    env: 'prod',
    folder: digits('gcp/folder/production', 12),
  },
  {
    key: 'data',
    id: 'nwf-data-dev',
    number: digits('gcp/project/data', 12),
    displayName: 'NWF Data Platform (dev)',
    env: 'dev',
    folder: digits('gcp/folder/non-production', 12),
  },
];

export function gcpProject(key: GcpProject['key']): GcpProject {
  const p = GCP_PROJECTS.find((x) => x.key === key);
  if (p === undefined) throw new Error(`no GCP project ${key}`);
  return p;
}
