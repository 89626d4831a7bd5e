/**
 * The project directory of one import: which project id a project number stands for, and which email
 * a service account's unique id stands for. CAI names most resources by project id, but buckets (and
 * the parent of every record) only carry the project number; the Project records of the same export
 * map one to the other. The reader fills this in `prepare()`, before any record is mapped, and holds
 * it for that import only.
 */
import type { CaiRecord } from './record.js';
import { crmProjectOf, lastSegment } from './names.js';
import { isRecord, str } from '../json-file.js';

const NUMBER = /^\d+$/;

export class ProjectDirectory {
  readonly #idByNumber = new Map<string, string>();
  readonly #numberById = new Map<string, string>();
  readonly #emailByUniqueId = new Map<string, string>();
  readonly #unmapped = new Set<string>();
  #warned = false;

  /** Learn what a record says about projects and service accounts (called in `prepare`). */
  learn(rec: CaiRecord): void {
    const data = rec.resource?.data;
    if (rec.assetType === 'cloudresourcemanager.googleapis.com/Project') {
      const fromName = crmProjectOf(rec.name);
      const id =
        str(data?.projectId) ?? (fromName !== undefined && !NUMBER.test(fromName) ? fromName : undefined);
      const v3Name = str(data?.name);
      const number =
        numberText(data?.projectNumber) ??
        (v3Name?.startsWith('projects/') ? lastSegment(v3Name) : undefined) ??
        (fromName !== undefined && NUMBER.test(fromName) ? fromName : undefined);
      if (id !== undefined && number !== undefined && NUMBER.test(number)) this.addProject(number, id);
    } else if (rec.assetType === 'iam.googleapis.com/ServiceAccount' && isRecord(data)) {
      const email = str(data.email);
      const uniqueId = str(data.uniqueId) ?? lastSegment(rec.name);
      if (email !== undefined && NUMBER.test(uniqueId)) this.#emailByUniqueId.set(uniqueId, email);
    }
  }

  addProject(number: string, id: string): void {
    this.#idByNumber.set(number, id);
    this.#numberById.set(id, number);
  }

  /**
   * The account (project id) for a project reference: an id is itself; a number maps to its id, or
   * stays `projects/<number>` when no Project record of the import names it.
   */
  account(ref: string): string {
    if (!NUMBER.test(ref)) return ref;
    const id = this.#idByNumber.get(ref);
    if (id !== undefined) return id;
    this.#unmapped.add(ref);
    return `projects/${ref}`;
  }

  /** The project id for a number, if known. */
  idOf(number: string): string | undefined {
    return this.#idByNumber.get(number);
  }

  /** The project number for an id, if known. */
  numberOf(id: string): string | undefined {
    return this.#numberById.get(id);
  }

  /** The email of a service account by its unique id, if its record was in the import. */
  serviceAccountEmail(uniqueId: string): string | undefined {
    return this.#emailByUniqueId.get(uniqueId);
  }

  /** A warning to give (once per import) when some project numbers could not be mapped. */
  takeWarning(): string | undefined {
    if (this.#warned || this.#unmapped.size === 0) return undefined;
    this.#warned = true;
    const first = [...this.#unmapped][0] ?? '';
    return (
      `project number ${first} is not named by any Project record (cloudresourcemanager.googleapis.com/Project) ` +
      `in this import, so its resources are accounted to "projects/${first}" (and likewise for any other unmapped ` +
      'project number); include the Project records in the export to see project ids'
    );
  }
}

/** A project number as text; CAI delivers it as a string or a number. */
export function numberText(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return String(v);
  if (typeof v === 'string' && NUMBER.test(v)) return v;
  return undefined;
}
