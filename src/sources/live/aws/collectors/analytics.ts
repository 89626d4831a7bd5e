/**
 * The analytics, ML, build and migration services of one region (OpenSearch/Elasticsearch, Redshift,
 * SageMaker, CodeBuild, DMS, MSK, ElastiCache, EMR), collected side by side; each returns the asset types it listed
 * completely, and one that fails leaves the others untouched.
 */
import type { RegionScope } from '../scope.js';
import { collectCodeBuild } from './codebuild.js';
import { collectDms } from './dms.js';
import { collectElastiCache } from './elasticache.js';
import { collectEmr } from './emr.js';
import { collectMsk } from './msk.js';
import { collectOpenSearch } from './opensearch.js';
import { collectRedshift } from './redshift.js';
import { collectSageMaker } from './sagemaker.js';
import { collectSageMakerHosting } from './sagemaker-models.js';

/** The asset types listed completely in the region. */
export async function collectAnalytics(s: RegionScope): Promise<string[]> {
  const covered = await Promise.all([
    collectOpenSearch(s),
    collectRedshift(s),
    collectSageMaker(s),
    collectSageMakerHosting(s),
    collectCodeBuild(s),
    collectDms(s),
    collectMsk(s),
    collectElastiCache(s),
    collectEmr(s),
  ]);
  return covered.flat();
}
