import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEndpointConfig } from '../testing/analytics-fixtures.js';
import { rule } from './aws-sagemaker-endpoint-config-multiple-instances.js';

const config = (config: Partial<typeof secureEndpointConfig>) =>
  assetOf('aws.sagemaker.endpoint-config', { ...secureEndpointConfig, ...config }, { name: 'scoring' });

runRuleTests(rule, {
  valid: [config({})],
  invalid: [
    {
      asset: config({ productionVariants: [{ variantName: 'primary', initialInstanceCount: 1 }] }),
      messageId: 'single',
      message:
        'SageMaker endpoint configuration scoring starts production variant(s) primary on a single instance',
    },
  ],
  unknown: [{ asset: config({ productionVariants: unknown('not recorded') }), field: 'productionVariants' }],
  notApplicable: [
    config({ productionVariants: [{ variantName: 'serverless', initialInstanceCount: null }] }),
  ],
});
