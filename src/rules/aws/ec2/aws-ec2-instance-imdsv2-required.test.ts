import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureInstance } from '../testing/fixtures.js';
import { rule } from './aws-ec2-instance-imdsv2-required.js';

const instance = (config: Partial<typeof secureInstance>) =>
  assetOf('aws.ec2.instance', { ...secureInstance, ...config }, { name: 'i-0123456789abcdef0' });
const imds = (httpTokens: string, httpEndpoint = 'enabled') => ({
  metadataOptions: { httpTokens, httpEndpoint, httpPutResponseHopLimit: 1 },
});

runRuleTests(rule, {
  valid: [
    instance({}),
    { name: 'metadata service disabled', asset: instance(imds('optional', 'disabled')) },
    { name: 'stopped but IMDSv2', asset: instance({ state: 'stopped' }) },
  ],
  invalid: [
    {
      asset: instance(imds('optional')),
      messageId: 'optional',
      message: 'Instance i-0123456789abcdef0 accepts IMDSv1 requests (metadata httpTokens is optional)',
    },
  ],
  unknown: [
    { asset: instance({ metadataOptions: unknown('not recorded') }), field: 'metadataOptions' },
    {
      name: 'tokens unknown',
      asset: instance({
        metadataOptions: {
          httpTokens: unknown('not in record'),
          httpEndpoint: 'enabled',
          httpPutResponseHopLimit: 1,
        },
      }),
      field: 'metadataOptions.httpTokens',
    },
  ],
  notApplicable: [instance({ state: 'terminated', ...imds('optional') })],
});
