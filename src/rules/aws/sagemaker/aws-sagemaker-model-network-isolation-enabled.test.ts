import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSageMakerModel } from '../testing/analytics-fixtures.js';
import { rule } from './aws-sagemaker-model-network-isolation-enabled.js';

const model = (config: Partial<typeof secureSageMakerModel>) =>
  assetOf('aws.sagemaker.model', { ...secureSageMakerModel, ...config }, { name: 'scoring' });

runRuleTests(rule, {
  valid: [model({})],
  invalid: [
    {
      asset: model({ networkIsolation: false }),
      messageId: 'off',
      message: 'SageMaker model scoring does not run with network isolation',
    },
  ],
  unknown: [{ asset: model({ networkIsolation: unknown('not recorded') }), field: 'networkIsolation' }],
});
