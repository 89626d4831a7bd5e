import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiStage } from '../testing/edge-fixtures.js';
import { rule } from './aws-apigateway-stage-execution-logging-enabled.js';

const stage = (c: Partial<typeof secureApiStage>) =>
  assetOf('aws.apigateway.stage', { ...secureApiStage, ...c }, { name: 'a1b2c3d4e5/prod' });
const all: {
  path: string;
  loggingLevel: string | null;
  cachingEnabled: boolean;
  cacheDataEncrypted: boolean;
} = { path: '*/*', loggingLevel: 'INFO', cachingEnabled: false, cacheDataEncrypted: false };

runRuleTests(rule, {
  valid: [stage({}), stage({ methodSettings: [all] })],
  invalid: [
    {
      asset: stage({ methodSettings: [] }),
      messageId: 'none',
      message: 'API Gateway stage a1b2c3d4e5/prod has no execution logging',
    },
    {
      asset: stage({ methodSettings: [all, { ...all, path: 'pets/GET', loggingLevel: 'OFF' }] }),
      messageId: 'off',
      message: 'API Gateway stage a1b2c3d4e5/prod turns execution logging off for pets/GET',
    },
  ],
  unknown: [{ asset: stage({ methodSettings: unknown('not recorded') }), field: 'methodSettings' }],
});
