import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureNotebookInstance } from '../testing/analytics-fixtures.js';
import { rule } from './aws-sagemaker-notebook-root-access-disabled.js';

const notebook = (config: Partial<typeof secureNotebookInstance>) =>
  assetOf('aws.sagemaker.notebook-instance', { ...secureNotebookInstance, ...config }, { name: 'research' });

runRuleTests(rule, {
  valid: [notebook({})],
  invalid: [
    {
      asset: notebook({ rootAccess: true }),
      messageId: 'root',
      message: 'SageMaker notebook instance research gives its users root access',
    },
  ],
  unknown: [{ asset: notebook({ rootAccess: unknown('not recorded') }), field: 'rootAccess' }],
});
