import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureComputeProject } from '../testing/fixtures.js';
import { rule } from './gcp-compute-project-os-login-enabled.js';

const project = (config: Partial<typeof secureComputeProject>) =>
  assetOf(
    'gcp.compute.project',
    { ...secureComputeProject, ...config },
    { name: 'acme-prod', region: 'global' },
  );

runRuleTests(rule, {
  valid: [project({})],
  invalid: [
    {
      asset: project({ osLoginEnabled: null }),
      messageId: 'off',
      message: 'Project acme-prod does not enable OS Login in its metadata (enable-oslogin not set)',
    },
    {
      asset: project({ osLoginEnabled: false }),
      messageId: 'off',
      message: 'Project acme-prod does not enable OS Login in its metadata (enable-oslogin=FALSE)',
    },
  ],
  unknown: [{ asset: project({ osLoginEnabled: unknown('no data') }), field: 'osLoginEnabled' }],
});
