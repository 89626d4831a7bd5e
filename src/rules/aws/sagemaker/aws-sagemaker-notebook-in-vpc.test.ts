import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureNotebookInstance } from '../testing/analytics-fixtures.js';
import { rule } from './aws-sagemaker-notebook-in-vpc.js';

const notebook = (config: Partial<typeof secureNotebookInstance>) =>
  assetOf('aws.sagemaker.notebook-instance', { ...secureNotebookInstance, ...config }, { name: 'research' });

runRuleTests(rule, {
  valid: [notebook({})],
  invalid: [
    {
      asset: notebook({ subnetId: null, securityGroupIds: [] }),
      messageId: 'noVpc',
      message: 'SageMaker notebook instance research does not run in a customer VPC',
    },
  ],
  unknown: [{ asset: notebook({ subnetId: unknown('not recorded') }), field: 'subnetId' }],
});
