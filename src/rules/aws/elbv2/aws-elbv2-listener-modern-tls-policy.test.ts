import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureHttpListener, secureHttpsListener } from '../testing/fixtures.js';
import { rule } from './aws-elbv2-listener-modern-tls-policy.js';

const listener = (config: Partial<typeof secureHttpsListener>) =>
  assetOf('aws.elbv2.listener', { ...secureHttpsListener, ...config }, { name: 'web:443' });

runRuleTests(rule, {
  valid: [
    listener({}),
    { name: 'TLS 1.2 FS policy', asset: listener({ sslPolicy: 'ELBSecurityPolicy-FS-1-2-Res-2020-10' }) },
    {
      name: 'TLS 1.3 only, NLB',
      asset: listener({ protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06' }),
    },
    { name: 'FIPS TLS 1.2', asset: listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04' }) },
  ],
  invalid: [
    {
      name: 'the default policy',
      asset: listener({ sslPolicy: 'ELBSecurityPolicy-2016-08' }),
      messageId: 'legacy',
      message: 'Listener web:443 uses security policy ELBSecurityPolicy-2016-08, which accepts TLS 1.0',
    },
    {
      name: 'TLS 1.1 policy',
      asset: listener({ sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' }),
      messageId: 'legacy',
      message:
        'Listener web:443 uses security policy ELBSecurityPolicy-TLS-1-1-2017-01, which accepts TLS 1.1',
    },
    {
      name: 'TLS13 with 1.0',
      asset: listener({ sslPolicy: 'ELBSecurityPolicy-TLS13-1-0-2021-06' }),
      messageId: 'legacy',
    },
  ],
  unknown: [
    { asset: listener({ sslPolicy: unknown('not recorded') }), field: 'sslPolicy' },
    {
      name: 'a policy name Parapet does not know',
      asset: listener({ sslPolicy: 'ELBSecurityPolicy-Future-2031-01' }),
      field: 'sslPolicy',
    },
  ],
  notApplicable: [assetOf('aws.elbv2.listener', secureHttpListener)],
});
