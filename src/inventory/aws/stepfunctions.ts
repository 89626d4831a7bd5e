/** Step Functions state machines: execution logging. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const sfnStateMachine = defineAssetType({
  type: 'aws.stepfunctions.state-machine',
  provider: 'aws',
  title: 'Step Functions state machine',
  config: z.object({
    /** `ALL`, `ERROR`, `FATAL` or `OFF`. */
    loggingLevel: maybe(z.string()),
  }),
});

export const stepFunctionsAssetTypes = [sfnStateMachine] as const;
