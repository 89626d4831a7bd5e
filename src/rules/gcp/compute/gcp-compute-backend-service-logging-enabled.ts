import { defineRule, need } from '../../api.js';

const HTTP = ['HTTP', 'HTTPS', 'HTTP2'];

export const rule = defineRule({
  id: 'gcp-compute-backend-service-logging-enabled',
  title: 'HTTP(S) load balancer backend services log requests',
  description:
    'Request logs of an HTTP(S) load balancer record every request with its client, path, status and latency: the ' +
    'record needed to investigate an attack on a web application or to see who reached what.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['gcp.compute.backend-service'],
  messages: {
    off: 'Backend service {{name}} ({{protocol}}) does not log requests',
  },
  remediation: {
    text: 'Turn on logging for the backend service (with a sample rate that fits the traffic).',
    cli: 'gcloud compute backend-services update <backend> --global --enable-logging --logging-sample-rate=1.0',
  },
  references: ['https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring'],
  check(backend, ctx) {
    const protocol = need(backend.config, 'protocol');
    if (!HTTP.includes(protocol))
      return ctx.notApplicable(`${protocol} backend (not an HTTP(S) load balancer)`);
    if (need(backend.config, 'loggingEnabled')) return ctx.pass();
    return ctx.fail('off', { name: backend.name, protocol });
  },
});
