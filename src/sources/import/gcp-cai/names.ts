/**
 * Reading GCP resource names and references: the project and location inside a CAI full resource
 * name, zones to regions, and the many ways one resource refers to another (API URLs
 * `https://www.googleapis.com/compute/v1/projects/p/global/networks/n`, relative names
 * `projects/p/global/networks/n`, `global/networks/n`, bare `n`) turned into CAI full resource names.
 */

/** `//cloudresourcemanager.googleapis.com/projects/<id or number>` → the id or number. */
export function crmProjectOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return /^\/\/cloudresourcemanager\.googleapis\.com\/projects\/([^/]+)$/.exec(name)?.[1];
}

/** The first `projects/<x>` segment of a name or URL. */
export function projectSegment(name: string): string | undefined {
  return /(?:^|\/)projects\/([^/]+)/.exec(name)?.[1];
}

/** The last path segment: `//compute.googleapis.com/.../instances/vm-1` → `vm-1`. */
export function lastSegment(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A zone (`us-east1-c`) → its region (`us-east1`); anything else lower-cased as it is. */
export function regionOfLocation(location: string): string {
  const l = location.trim().toLowerCase();
  const zone = /^([a-z]+-[a-z]+\d+)-[a-z]$/.exec(l);
  return zone?.[1] ?? l;
}

/** The region a full name places a resource in (`/zones/z/`, `/regions/r/`, `/locations/l/`), if any. */
export function regionFromName(name: string): string | undefined {
  const m = /\/(?:zones|regions|locations)\/([^/]+)/.exec(name);
  return m?.[1] === undefined ? undefined : regionOfLocation(m[1]);
}

/** The relative part of a Compute reference: from `projects/` on, or undefined if it has none. */
function relativeFromProjects(ref: string): string | undefined {
  const i = ref.search(/(?:^|\/)projects\//);
  if (i < 0) return undefined;
  return ref.slice(ref[i] === '/' ? i + 1 : i).replace(/\/+$/, '');
}

/**
 * A reference to a Compute Engine resource as a CAI full resource name. `project` fills in references
 * that do not name one; `path` is the collection path for a bare name (`global/networks`,
 * `regions/us-east1/subnetworks`). Returns undefined for an empty reference.
 * @example computeUid('https://www.googleapis.com/compute/v1/projects/p/global/networks/default', 'x', 'global/networks')
 *   // '//compute.googleapis.com/projects/p/global/networks/default'
 */
export function computeUid(ref: string, project: string, path: string): string | undefined {
  const r = ref.trim();
  if (r === '') return undefined;
  if (r.startsWith('//compute.googleapis.com/')) return r.replace(/\/+$/, '');
  const rel = relativeFromProjects(r);
  if (rel !== undefined) return `//compute.googleapis.com/${rel}`;
  if (r.includes('/')) return `//compute.googleapis.com/projects/${project}/${r.replace(/^\/+|\/+$/g, '')}`;
  return `//compute.googleapis.com/projects/${project}/${path}/${r}`;
}

/** Replace the project segment of a full name with `project` (e.g. a number with the project id). */
export function withProject(uid: string, project: string): string {
  return uid.replace(/(^|\/)projects\/[^/]+/, `$1projects/${project}`);
}

/** `//iam.googleapis.com/projects/<project>/serviceAccounts/<email>`. */
export function serviceAccountUid(project: string, email: string): string {
  return `//iam.googleapis.com/projects/${project}/serviceAccounts/${email}`;
}
