import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReportGroup } from '../testing/apps-fixtures.js';
import { rule } from './aws-codebuild-report-group-export-encrypted.js';

const group = (c: Partial<typeof secureReportGroup>) =>
  assetOf('aws.codebuild.report-group', { ...secureReportGroup, ...c }, { name: 'unit-tests' });

runRuleTests(rule, {
  valid: [group({}), group({ exportEncryptionKey: null })],
  invalid: [
    {
      asset: group({ exportEncryptionDisabled: true, exportEncryptionKey: null }),
      messageId: 'off',
      message: 'CodeBuild report group unit-tests exports its reports to S3 with encryption disabled',
    },
  ],
  unknown: [
    { asset: group({ exportType: unknown('not recorded') }), field: 'exportType' },
    {
      asset: group({ exportEncryptionDisabled: unknown('not recorded') }),
      field: 'exportEncryptionDisabled',
    },
  ],
  notApplicable: [
    group({ exportType: 'NO_EXPORT', exportEncryptionDisabled: null, exportEncryptionKey: null }),
  ],
});
