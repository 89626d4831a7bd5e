/** Every AWS asset type. Add a new type's definition here. */
import { s3Bucket } from './s3.js';

export const awsAssetTypes = [s3Bucket] as const;
