/**
 * Test support: render recorded AWS responses on the wire, in each protocol the collectors use —
 * EC2 query, AWS query (IAM, STS, RDS, ELBv2), AWS JSON 1.1 (KMS, CloudTrail, Organizations),
 * REST-XML (S3, S3 Control) and REST-JSON (EKS). Recordings are written with the SDK's member names;
 * element and field names, list wrappers, attributes and timestamp formats come from the service
 * models the SDK clients themselves ship (their schemas), so the real clients parse what we send.
 */
import { createRequire } from 'node:module';
import { NormalizedSchema } from '@smithy/core/schema';

export type Protocol = 'ec2' | 'query' | 'json' | 'rest-xml' | 'rest-json';

/** Signing service name → SDK package and protocol. */
export const SERVICES: Readonly<Record<string, { pkg: string; protocol: Protocol; xmlns?: string }>> = {
  ec2: { pkg: '@aws-sdk/client-ec2', protocol: 'ec2', xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/' },
  iam: { pkg: '@aws-sdk/client-iam', protocol: 'query', xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/' },
  sts: { pkg: '@aws-sdk/client-sts', protocol: 'query', xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  rds: { pkg: '@aws-sdk/client-rds', protocol: 'query', xmlns: 'http://rds.amazonaws.com/doc/2014-10-31/' },
  elasticloadbalancing: {
    pkg: '@aws-sdk/client-elastic-load-balancing-v2',
    protocol: 'query',
    xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
  },
  elb: {
    pkg: '@aws-sdk/client-elastic-load-balancing',
    protocol: 'query',
    xmlns: 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/',
  },
  kms: { pkg: '@aws-sdk/client-kms', protocol: 'json' },
  cloudtrail: { pkg: '@aws-sdk/client-cloudtrail', protocol: 'json' },
  // CloudWatch speaks AWS JSON 1.0 (query-compatible) in the SDK versions used; Logs speaks JSON 1.1.
  monitoring: { pkg: '@aws-sdk/client-cloudwatch', protocol: 'json' },
  logs: { pkg: '@aws-sdk/client-cloudwatch-logs', protocol: 'json' },
  organizations: { pkg: '@aws-sdk/client-organizations', protocol: 'json' },
  s3: { pkg: '@aws-sdk/client-s3', protocol: 'rest-xml', xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
  's3-control': { pkg: '@aws-sdk/client-s3-control', protocol: 'rest-xml' },
  eks: { pkg: '@aws-sdk/client-eks', protocol: 'rest-json' },
  cloudfront: {
    pkg: '@aws-sdk/client-cloudfront',
    protocol: 'rest-xml',
    xmlns: 'http://cloudfront.amazonaws.com/doc/2020-05-31/',
  },
  autoscaling: {
    pkg: '@aws-sdk/client-auto-scaling',
    protocol: 'query',
    xmlns: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
  },
  ecs: { pkg: '@aws-sdk/client-ecs', protocol: 'json' },
  apigateway: { pkg: '@aws-sdk/client-api-gateway', protocol: 'rest-json' },
  // V2 signs as `apigateway` too; the replay server tells it apart by its /v2/ paths.
  apigatewayv2: { pkg: '@aws-sdk/client-apigatewayv2', protocol: 'rest-json' },
  appsync: { pkg: '@aws-sdk/client-appsync', protocol: 'rest-json' },
  elasticbeanstalk: {
    pkg: '@aws-sdk/client-elastic-beanstalk',
    protocol: 'query',
    xmlns: 'http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/',
  },
  cloudformation: {
    pkg: '@aws-sdk/client-cloudformation',
    protocol: 'query',
    xmlns: 'http://cloudformation.amazonaws.com/doc/2010-05-15/',
  },
  'cognito-idp': { pkg: '@aws-sdk/client-cognito-identity-provider', protocol: 'json' },
  'acm-pca': { pkg: '@aws-sdk/client-acm-pca', protocol: 'json' },
  route53: {
    pkg: '@aws-sdk/client-route-53',
    protocol: 'rest-xml',
    xmlns: 'https://route53.amazonaws.com/doc/2013-04-01/',
  },
  securityhub: { pkg: '@aws-sdk/client-securityhub', protocol: 'rest-json' },
  guardduty: { pkg: '@aws-sdk/client-guardduty', protocol: 'rest-json' },
  macie2: { pkg: '@aws-sdk/client-macie2', protocol: 'rest-json' },
  'access-analyzer': { pkg: '@aws-sdk/client-accessanalyzer', protocol: 'rest-json' },
  config: { pkg: '@aws-sdk/client-config-service', protocol: 'json' },
  es: { pkg: '@aws-sdk/client-opensearch', protocol: 'rest-json' },
  redshift: {
    pkg: '@aws-sdk/client-redshift',
    protocol: 'query',
    xmlns: 'http://redshift.amazonaws.com/doc/2012-12-01/',
  },
  sagemaker: { pkg: '@aws-sdk/client-sagemaker', protocol: 'json' },
  codebuild: { pkg: '@aws-sdk/client-codebuild', protocol: 'json' },
  dms: { pkg: '@aws-sdk/client-database-migration-service', protocol: 'json' },
  kafka: { pkg: '@aws-sdk/client-kafka', protocol: 'rest-json' },
  elasticmapreduce: { pkg: '@aws-sdk/client-emr', protocol: 'json' },
  elasticache: {
    pkg: '@aws-sdk/client-elasticache',
    protocol: 'query',
    xmlns: 'http://elasticache.amazonaws.com/doc/2015-02-02/',
  },
  account: { pkg: '@aws-sdk/client-account', protocol: 'rest-json' },
  lambda: { pkg: '@aws-sdk/client-lambda', protocol: 'rest-json' },
  sns: { pkg: '@aws-sdk/client-sns', protocol: 'query', xmlns: 'http://sns.amazonaws.com/doc/2010-03-31/' },
  sqs: { pkg: '@aws-sdk/client-sqs', protocol: 'json' },
  kinesis: { pkg: '@aws-sdk/client-kinesis', protocol: 'json' },
  states: { pkg: '@aws-sdk/client-sfn', protocol: 'json' },
  events: { pkg: '@aws-sdk/client-eventbridge', protocol: 'json' },
  ecr: { pkg: '@aws-sdk/client-ecr', protocol: 'json' },
  elasticfilesystem: { pkg: '@aws-sdk/client-efs', protocol: 'rest-json' },
  dynamodb: { pkg: '@aws-sdk/client-dynamodb', protocol: 'json' },
  backup: { pkg: '@aws-sdk/client-backup', protocol: 'rest-json' },
  'application-autoscaling': { pkg: '@aws-sdk/client-application-auto-scaling', protocol: 'json' },
  dax: { pkg: '@aws-sdk/client-dax', protocol: 'json' },
  fsx: { pkg: '@aws-sdk/client-fsx', protocol: 'json' },
  athena: { pkg: '@aws-sdk/client-athena', protocol: 'json' },
  secretsmanager: { pkg: '@aws-sdk/client-secrets-manager', protocol: 'json' },
  acm: { pkg: '@aws-sdk/client-acm', protocol: 'json' },
  ssm: { pkg: '@aws-sdk/client-ssm', protocol: 'json' },
  wafv2: { pkg: '@aws-sdk/client-wafv2', protocol: 'json' },
  waf: { pkg: '@aws-sdk/client-waf', protocol: 'json' },
  'waf-regional': { pkg: '@aws-sdk/client-waf-regional', protocol: 'json' },
  'network-firewall': { pkg: '@aws-sdk/client-network-firewall', protocol: 'json' },
};

const require = createRequire(import.meta.url);
const modules = new Map<string, Record<string, unknown>>();

/** The output schema of an operation, from the SDK package's own service model. */
function outputSchema(service: string, operation: string): NormalizedSchema {
  const def = SERVICES[service];
  if (def === undefined) throw new Error(`replay: unknown service ${service}`);
  let mod = modules.get(def.pkg);
  if (mod === undefined) modules.set(def.pkg, (mod = require(def.pkg) as Record<string, unknown>));
  const op = mod[`${operation}$`];
  if (!Array.isArray(op)) throw new Error(`replay: ${def.pkg} has no operation ${operation}`);
  return NormalizedSchema.of(op[5] as Parameters<typeof NormalizedSchema.of>[0]);
}

function hasSchemas(pkg: string): boolean {
  let mod = modules.get(pkg);
  if (mod === undefined) modules.set(pkg, (mod = require(pkg) as Record<string, unknown>));
  return Object.keys(mod).some((k) => k.endsWith('$'));
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : JSON.stringify(v);
}

function scalarText(schema: NormalizedSchema, v: unknown): string {
  if (schema.isTimestampSchema()) return new Date(v as string | number | Date).toISOString();
  if (schema.isBlobSchema()) return Buffer.from(v as string | Uint8Array).toString('base64');
  return String(v);
}

/** One value as XML, in element `name`. */
function xml(schema: NormalizedSchema, v: unknown, name: string): string {
  if (v === undefined || v === null) return '';
  if (schema.isListSchema()) {
    const member = schema.getValueSchema();
    const itemName = member.getMergedTraits().xmlName ?? 'member';
    const items = (v as unknown[]).map((x) =>
      xml(member, x, schema.getMergedTraits().xmlFlattened ? name : itemName),
    );
    return schema.getMergedTraits().xmlFlattened ? items.join('') : `<${name}>${items.join('')}</${name}>`;
  }
  if (schema.isMapSchema()) {
    const entries = Object.entries(v as Record<string, unknown>).map(
      ([k, x]) => `<entry><key>${escapeXml(k)}</key>${xml(schema.getValueSchema(), x, 'value')}</entry>`,
    );
    return `<${name}>${entries.join('')}</${name}>`;
  }
  if (schema.isStructSchema()) {
    const { attrs, body } = structXml(schema, v as Record<string, unknown>);
    return `<${name}${attrs}>${body}</${name}>`;
  }
  return `<${name}>${escapeXml(scalarText(schema, v))}</${name}>`;
}

function structXml(schema: NormalizedSchema, v: Record<string, unknown>): { attrs: string; body: string } {
  let attrs = '';
  let body = '';
  for (const [member, ms] of schema.structIterator()) {
    const value = v[member];
    if (value === undefined) continue;
    const traits = ms.getMergedTraits();
    if (traits.httpHeader !== undefined || traits.httpPayload !== undefined) continue;
    const name = traits.xmlName ?? member;
    if (traits.xmlAttribute) {
      if (name.startsWith('xsi:')) attrs += ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
      attrs += ` ${name}="${escapeXml(text(value))}"`;
    } else body += xml(ms, value, name);
  }
  return { attrs, body };
}

/** One value as JSON (timestamps as epoch seconds, blobs as base64, `jsonName` for REST-JSON). */
function json(schema: NormalizedSchema, v: unknown, rest: boolean): unknown {
  if (v === undefined || v === null) return v;
  if (schema.isListSchema()) return (v as unknown[]).map((x) => json(schema.getValueSchema(), x, rest));
  if (schema.isMapSchema())
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).map(([k, x]) => [
        k,
        json(schema.getValueSchema(), x, rest),
      ]),
    );
  if (schema.isStructSchema()) {
    const out: Record<string, unknown> = {};
    for (const [member, ms] of schema.structIterator()) {
      const traits = ms.getMergedTraits();
      if (v === null || (v as Record<string, unknown>)[member] === undefined) continue;
      if (traits.httpHeader !== undefined || traits.httpQuery !== undefined || traits.httpLabel !== undefined)
        continue;
      const key = rest ? (traits.jsonName ?? member) : member;
      out[key] = json(ms, (v as Record<string, unknown>)[member], rest);
    }
    return out;
  }
  if (schema.isTimestampSchema()) {
    const t = new Date(v as string | number | Date);
    // The model's timestampFormat: 5 date-time, 6 http-date, otherwise epoch seconds (the JSON default).
    const format = schema.getSchema() as unknown;
    if (format === 5) return t.toISOString();
    if (format === 6) return t.toUTCString();
    return t.getTime() / 1000;
  }
  if (schema.isBlobSchema()) return Buffer.from(v as string | Uint8Array).toString('base64');
  return v;
}

/** SDK-shaped output as JSON 1.1 without a model: dates as epoch seconds, the rest as it is. */
function plainJson(v: unknown): unknown {
  if (v instanceof Date) return v.getTime() / 1000;
  if (Array.isArray(v)) return v.map(plainJson);
  if (typeof v === 'object' && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainJson(x)]));
  return v;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A successful response for `operation` with SDK-shaped `output`. */
export function renderOutput(
  service: string,
  operation: string,
  output: Record<string, unknown>,
): WireResponse {
  const def = SERVICES[service]!;
  // Clients published only in a version older than the SDK's schema-based clients (Private CA, WAF
  // Classic regional) ship no schemas: JSON 1.1 whose wire names are the member names.
  if (def.protocol === 'json' && !hasSchemas(def.pkg))
    return {
      status: 200,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify(plainJson(output)),
    };
  const schema = outputSchema(service, operation);
  const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>';
  switch (def.protocol) {
    case 'ec2':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body: `${xmlHead}<${operation}Response xmlns="${def.xmlns}"><requestId>replay</requestId>${structXml(schema, output).body}</${operation}Response>`,
      };
    case 'query':
      return {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: `${xmlHead}<${operation}Response xmlns="${def.xmlns}"><${operation}Result>${structXml(schema, output).body}</${operation}Result><ResponseMetadata><RequestId>replay</RequestId></ResponseMetadata></${operation}Response>`,
      };
    case 'json':
      return {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify(json(schema, output, false)),
      };
    case 'rest-json':
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(json(schema, output, true)),
      };
    case 'rest-xml': {
      for (const [member, ms] of schema.structIterator()) {
        if (ms.getMergedTraits().httpPayload === undefined) continue;
        const value = output[member];
        if (value === undefined) return { status: 200, headers: {}, body: '' };
        if (ms.isStructSchema()) {
          const root = ms.getMergedTraits().xmlName ?? ms.getName() ?? member;
          return {
            status: 200,
            headers: { 'content-type': 'application/xml' },
            body: `${xmlHead}${xml(ms, value, root)}`,
          };
        }
        return { status: 200, headers: { 'content-type': 'text/plain' }, body: text(value) };
      }
      const root = schema.getMergedTraits().xmlName ?? `${operation}Output`;
      const { attrs, body } = structXml(schema, output);
      const ns = def.xmlns === undefined ? '' : ` xmlns="${def.xmlns}"`;
      // GetBucketLocation's answer is the bare element: <LocationConstraint>eu-west-1</LocationConstraint>.
      if (operation === 'GetBucketLocation')
        return {
          status: 200,
          headers: { 'content-type': 'application/xml' },
          body: `${xmlHead}<LocationConstraint${ns}>${escapeXml(text(output.LocationConstraint ?? ''))}</LocationConstraint>`,
        };
      return {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: `${xmlHead}<${root}${ns}${attrs}>${body}</${root}>`,
      };
    }
  }
}

/** An error response in the service's protocol. */
export function renderError(service: string, status: number, code: string, message: string): WireResponse {
  const protocol = SERVICES[service]?.protocol ?? 'json';
  const m = escapeXml(message);
  switch (protocol) {
    case 'ec2':
      return {
        status,
        headers: { 'content-type': 'text/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${m}</Message></Error></Errors><RequestID>replay</RequestID></Response>`,
      };
    case 'query':
      return {
        status,
        headers: { 'content-type': 'text/xml' },
        body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${m}</Message></Error><RequestId>replay</RequestId></ErrorResponse>`,
      };
    case 'rest-xml':
      return {
        status,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${m}</Message><RequestId>replay</RequestId></Error>`,
      };
    case 'rest-json':
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': code },
        body: JSON.stringify({ message }),
      };
    case 'json':
      return {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ __type: code, message }),
      };
  }
}
