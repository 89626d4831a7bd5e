/** Mappers of the AWS application and data services (serverless, messaging, containers, secrets). */
import { dataServiceMappers } from './data-services.js';
import { lambdaMappers } from './lambda.js';
import { messagingMappers } from './messaging.js';
import { secretsMappers } from './secrets.js';
import type { ConfigItemMapper } from './types.js';

export const appServiceMappers: Record<string, ConfigItemMapper> = {
  ...lambdaMappers,
  ...messagingMappers,
  ...dataServiceMappers,
  ...secretsMappers,
};
