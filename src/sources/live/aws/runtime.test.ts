import { afterEach, describe, expect, it, vi } from 'vitest';
import { EC2Client } from '@aws-sdk/client-ec2';
import { S3Client } from '@aws-sdk/client-s3';
import { clientConfig, sharedSdkSettings } from './runtime.js';

describe('sharedSdkSettings', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('resolves the environment-driven SDK settings once, as each client would have', async () => {
    vi.stubEnv('AWS_USE_FIPS_ENDPOINT', 'true');
    vi.stubEnv('AWS_USE_DUALSTACK_ENDPOINT', 'false');
    const sdk = await sharedSdkSettings();
    expect(await sdk.useFipsEndpoint?.()).toBe(true);
    expect(await sdk.useDualstackEndpoint?.()).toBe(false);
    expect(await sdk.requestChecksumCalculation?.()).toBe('WHEN_SUPPORTED');
    // A client built with them reads the shared values, not the environment (changed since).
    vi.stubEnv('AWS_USE_FIPS_ENDPOINT', 'false');
    const settings = {
      credentials: { accessKeyId: 'a', secretAccessKey: 's' },
      timeoutMs: 1000,
      maxAttempts: 1,
      sdk,
    };
    const ec2 = new EC2Client(clientConfig(settings, 'eu-west-1'));
    expect(await ec2.config.useFipsEndpoint()).toBe(true);
    expect(ec2.config.cacheMiddleware).toBe(true);
    ec2.destroy();
  });

  it('gives the values a client resolving them itself would', async () => {
    vi.stubEnv('AWS_USE_FIPS_ENDPOINT', 'perhaps');
    vi.stubEnv('AWS_REQUEST_CHECKSUM_CALCULATION', 'WHEN_REQUIRED');
    vi.stubEnv('AWS_SDK_UA_APP_ID', 'scanner');
    const sdk = await sharedSdkSettings();
    const own = new S3Client({ region: 'eu-west-1' });
    const config = own.config as unknown as Record<string, () => Promise<unknown>>;
    for (const [key, value] of Object.entries(sdk))
      expect([key, await value()]).toEqual([key, await config[key]!()]);
    expect(Object.keys(sdk)).toContain('userAgentAppId');
    own.destroy();
  });
});
