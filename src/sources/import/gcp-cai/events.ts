/**
 * One CAI record → import events (candidates, the project scopes they reveal, unsupported types and
 * diagnostics). Shared by the export importer (format.ts) and the live collector
 * (sources/live/gcp), so a resource read from a file and the same resource read from the Cloud Asset
 * API become the same candidates. State (the project directory, the scopes and warnings already
 * given) belongs to one import or one live run.
 */
import type { SourceRef } from '../../../model/asset.js';
import { describeError } from '../../../model/errors.js';
import type { ImportEvent } from '../types.js';
import { CAI_MAPPERS } from './mappers/index.js';
import { mapRecord, type MapOutcome } from './mappers/map.js';
import { ProjectDirectory } from './projects.js';
import type { CaiRecord } from './record.js';

/** Where a record came from, for diagnostics: a file and position, or a live call. */
export interface RecordPlace {
  file: string;
  position?: string;
}

export class CaiEventMapper {
  readonly projects = new ProjectDirectory();
  readonly #scopes = new Set<string>();
  #warnedNoProject = false;

  /** Whether the record has neither resource data nor an IAM policy (a search result, say). */
  static isBare(rec: CaiRecord): boolean {
    return rec.resource === undefined && rec.iamPolicy === undefined && rec.otherContent.length === 0;
  }

  /**
   * Append the events of one normalised record to `out`. Deleted records yield nothing; bare
   * records are the caller's to count.
   */
  eventsOf(rec: CaiRecord, place: RecordPlace, source: SourceRef, out: ImportEvent[]): void {
    if (rec.deleted) return;
    const where = { file: place.file, ...(place.position === undefined ? {} : { position: place.position }) };
    const at = place.position === undefined ? place.file : `${place.file}: ${place.position}`;
    if (rec.resource === undefined && rec.iamPolicy === undefined) {
      for (const kind of rec.otherContent)
        out.push({ kind: 'unsupported', provider: 'gcp', resourceType: `${rec.assetType} (${kind})` });
      return;
    }
    const mapper = CAI_MAPPERS.get(rec.assetType);
    if (mapper === undefined) {
      out.push({ kind: 'unsupported', provider: 'gcp', resourceType: rec.assetType });
      return;
    }
    let outcome: MapOutcome;
    try {
      outcome = mapRecord(mapper, rec, { source, projects: this.projects });
    } catch (e) {
      out.push({
        kind: 'diagnostic',
        level: 'error',
        ...where,
        message: `${at}: ${rec.assetType} ${rec.name} could not be read: ${describeError(e)}`,
      });
      return;
    }
    if (outcome === 'iam-policy-unsupported') {
      out.push({ kind: 'unsupported', provider: 'gcp', resourceType: `${rec.assetType} (iam-policy)` });
      return;
    }
    const warning = this.projects.takeWarning();
    if (warning !== undefined) out.push({ kind: 'diagnostic', level: 'warning', ...where, message: warning });
    for (const m of outcome) {
      const account = m.candidate.account;
      if (account === '' && !this.#warnedNoProject) {
        this.#warnedNoProject = true;
        out.push({
          kind: 'diagnostic',
          level: 'warning',
          ...where,
          message: `${rec.name}: the record names no project (no parent or ancestors); its project is taken from the resource record of the same name when that is imported too`,
        });
      }
      if (account !== '' && !this.#scopes.has(account)) {
        this.#scopes.add(account);
        out.push({ kind: 'scope', provider: 'gcp', account });
      }
      out.push({ kind: 'candidate', type: m.type, candidate: m.candidate });
    }
  }
}
