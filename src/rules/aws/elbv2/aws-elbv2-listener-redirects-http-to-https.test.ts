import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureHttpListener, secureHttpsListener } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-listener-redirects-http-to-https.js';

const listener = (config: Partial<typeof secureHttpListener>) =>
  assetOf('aws.elbv2.listener', { ...secureHttpListener, ...config }, { name: 'web:80' });
const forward = secureHttpsListener.defaultActions;

runRuleTests(rule, {
  valid: [listener({})],
  invalid: [
    {
      name: 'forwards plain HTTP',
      asset: listener({ defaultActions: forward }),
      messageId: 'notRedirect',
      message: 'HTTP listener web:80 default action is forward, not a redirect to HTTPS',
    },
    {
      name: 'redirects to another HTTP path',
      asset: listener({
        defaultActions: [
          {
            type: 'redirect',
            order: 1,
            targetGroupArn: null,
            redirect: {
              protocol: 'HTTP',
              port: '8080',
              host: null,
              path: '/new',
              query: null,
              statusCode: 'HTTP_302',
            },
            fixedResponseStatusCode: null,
          },
        ],
      }),
      messageId: 'notRedirect',
      message: 'HTTP listener web:80 default action is redirect to HTTP, not a redirect to HTTPS',
    },
    {
      name: 'fixed response',
      asset: listener({
        defaultActions: [
          {
            type: 'fixed-response',
            order: 1,
            targetGroupArn: null,
            redirect: null,
            fixedResponseStatusCode: '200',
          },
        ],
      }),
      messageId: 'notRedirect',
      message: 'HTTP listener web:80 default action is fixed-response 200, not a redirect to HTTPS',
    },
  ],
  unknown: [
    { asset: listener({ defaultActions: unknown('not recorded') }), field: 'defaultActions' },
    { asset: listener({ protocol: unknown('not recorded') }), field: 'protocol' },
  ],
  notApplicable: [
    assetOf('aws.elbv2.listener', secureHttpsListener),
    assetOf('aws.elbv2.listener', { ...secureHttpsListener, protocol: 'TCP', sslPolicy: null }),
  ],
});
