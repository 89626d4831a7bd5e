import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiStage } from '../testing/edge-fixtures.js';
import { rule } from './aws-apigateway-stage-cache-encrypted.js';

const stage = (c: Partial<typeof secureApiStage>) =>
  assetOf('aws.apigateway.stage', { ...secureApiStage, ...c }, { name: 'a1b2c3d4e5/prod' });
const all: {
  path: string;
  loggingLevel: string | null;
  cachingEnabled: boolean;
  cacheDataEncrypted: boolean;
} = { path: '*/*', loggingLevel: 'INFO', cachingEnabled: false, cacheDataEncrypted: false };

runRuleTests(rule, {
  valid: [stage({}), { name: 'cache on, no method cached', asset: stage({ methodSettings: [all] }) }],
  invalid: [
    {
      asset: stage({
        methodSettings: [{ ...all, path: '*/*', cachingEnabled: true, cacheDataEncrypted: false }],
      }),
      messageId: 'plain',
      message: 'API Gateway stage a1b2c3d4e5/prod caches responses unencrypted for */*',
    },
  ],
  unknown: [
    { asset: stage({ cacheClusterEnabled: unknown('not recorded') }), field: 'cacheClusterEnabled' },
    { asset: stage({ methodSettings: unknown('not recorded') }), field: 'methodSettings' },
  ],
  notApplicable: [stage({ cacheClusterEnabled: false })],
});
