/** ACM certificates: key algorithm, validity and renewal. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const acmCertificate = defineAssetType({
  type: 'aws.acm.certificate',
  provider: 'aws',
  title: 'ACM certificate',
  config: z.object({
    /** `RSA_1024`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `EC_prime256v1`, `EC_secp384r1`, ... */
    keyAlgorithm: maybe(z.string().nullable()),
    /** `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `REVOKED`, `FAILED`, ... */
    status: maybe(z.string()),
    /** `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`. */
    certificateType: maybe(z.string().nullable()),
    /** ISO time the certificate stops being valid; null when not issued. */
    notAfter: maybe(z.string().nullable()),
  }),
});

export const acmAssetTypes = [acmCertificate] as const;
