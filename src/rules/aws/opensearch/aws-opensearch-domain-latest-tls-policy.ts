import { defineRule, need } from '../../api.js';

/** AWS's latest TLS security policies for domain endpoints (the newest, and its FIPS 140 variant). */
const LATEST = new Set(['Policy-Min-TLS-1-2-PFS-2023-10', 'Policy-Min-TLS-1-2-RFC9151-FIPS-2023-04']);
export const rule = defineRule({
  id: 'aws-opensearch-domain-latest-tls-policy',
  title: 'OpenSearch and Elasticsearch domains require HTTPS with the latest TLS security policy',
  description:
    "Older TLS security policies accept TLS 1.0 and 1.1 and ciphers without forward secrecy. AWS's latest policy (Policy-Min-TLS-1-2-PFS-2023-10, or its FIPS counterpart) accepts only TLS 1.2 or later with forward-secret ciphers.",
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    http: 'OpenSearch domain {{name}} accepts plain HTTP',
    old: 'OpenSearch domain {{name}} uses TLS security policy {{policy}}, not the latest',
  },
  remediation: {
    text: 'Require HTTPS and select the Policy-Min-TLS-1-2-PFS-2023-10 TLS security policy.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  # ...\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-8',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-8',
  ],
  check(d, ctx) {
    if (!need(d.config, 'enforceHttps')) return ctx.fail('http', { name: d.name });
    const policy = need(d.config, 'tlsSecurityPolicy');
    if (policy === null)
      return ctx.unknown('tlsSecurityPolicy', "the source does not name the domain's TLS security policy");
    if (LATEST.has(policy)) return ctx.pass({ tlsSecurityPolicy: policy });
    return ctx.fail('old', { name: d.name, policy }, { tlsSecurityPolicy: policy });
  },
});
