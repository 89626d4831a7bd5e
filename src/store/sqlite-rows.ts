/**
 * A batch of assessed assets as the store's rows. This is the one place the object graph is
 * serialised (JSON for tags, context, source, body, evidence and risk), and the rows are packed for
 * the trip to the store's writer thread: every text value of the batch in one string, cut back by a
 * list of lengths, and the numbers in typed arrays. Copying one string and a few buffers costs a
 * fraction of copying thousands of separate strings, on both threads.
 */
import type { AssessedAsset, Assessment } from '../engine/assess.js';
import type { RiskFactor } from '../model/finding.js';
import type { ResultStatus } from '../model/result.js';
import { severityRank } from '../model/severity.js';

/** Values per asset in `Rows.assets`. */
export const ASSET_FIELDS = 10;
/** Values per result in `Rows.results`. */
export const RESULT_FIELDS = 3;
/** Values per failing or undecided result in `Rows.findings`. */
export const FINDING_FIELDS = 11;
/** Text values per asset in the packed form (the uid travels in `keys`). */
const ASSET_TEXTS = ASSET_FIELDS - 1;
/** Text values per finding in the packed form (status, severity, message, evidence, unknown). */
const FINDING_TEXTS = 5;
/** Numbers per finding in the packed form (asset index, rule position, severity rank, risk score, risk profile). */
const FINDING_NUMBERS = 5;

export const STATUS_CODE: Record<ResultStatus, number> = {
  pass: 0,
  fail: 1,
  error: 2,
  not_applicable: 3,
};

/** A batch packed for another thread (see `unpackRows`). */
export interface BatchRows {
  /** Rule ids met for the first time in this scan, in order: results name rules by their position in the scan's list. */
  newRules: string[];
  /** Risk factor lists (JSON) met for the first time in this scan, in order, likewise. */
  newRiskProfiles: string[];
  assets: number;
  /**
   * The keys the writer sorts rows by, as a JSON array: the assets' uids, then the findings' ids.
   * Parsed, they are compact strings of their own, which sort much faster than cuts of `text`.
   */
  keys: string;
  /** Every other text value, concatenated: the assets' other fields, then the findings' texts. */
  text: string;
  /** Length of each text value in `text`; -1 for null. */
  lengths: Int32Array;
  /** Per result, `RESULT_FIELDS` numbers: asset index in the batch, rule position, status code. */
  results: Int32Array;
  /**
   * Per finding, asset index, rule position, severity rank, risk score (NaN for none), risk profile
   * position (-1 for none).
   */
  findings: Float64Array;
}

/** Rows as the writer inserts them. Asset indexes count from the first asset of `assets`. */
export interface Rows {
  /**
   * Per asset, `ASSET_FIELDS` values: uid, provider, type, account, region, name, then as JSON: tags,
   * context, source, and the body (config, relations, capturedAt). Null only where a caller broke
   * the Asset type; the insert then fails on the column's NOT NULL.
   */
  assets: (string | null)[];
  /** Per result, `RESULT_FIELDS` numbers: asset index, rule position, status code. */
  results: number[];
  /**
   * Per fail or error result, `FINDING_FIELDS` values: asset index, rule position, finding id, status,
   * severity, severity rank, message, evidence (JSON or null), unknown fields (JSON or null), risk
   * score (or null), risk profile position (or null).
   */
  findings: (string | number | null)[];
}

/**
 * Turns batches into packed rows for one scan, numbering rules as it meets them.
 * @example const rows = new RowEncoder().encode(batch) // then writer.write(rows)
 */
export class RowEncoder {
  readonly #rules = new Map<string, number>();
  /** Risk factor list (JSON) → its position in the scan's list of profiles. */
  readonly #riskProfiles = new Map<string, number>();
  /**
   * The same, by list: risk.ts shares one frozen list per distinct risk, so a million failing
   * results have a few dozen lists between them, and each is serialised once.
   */
  readonly #sharedLists = new Map<readonly RiskFactor[], number>();

  /** The position of a risk factor list among the scan's profiles; `added` receives new ones. */
  #riskProfile(factors: readonly RiskFactor[], added: string[]): number {
    const shared = Object.isFrozen(factors);
    if (shared) {
      const position = this.#sharedLists.get(factors);
      if (position !== undefined) return position;
    }
    const json = JSON.stringify(factors);
    let position = this.#riskProfiles.get(json);
    if (position === undefined) {
      position = this.#riskProfiles.size;
      this.#riskProfiles.set(json, position);
      added.push(json);
    }
    if (shared) this.#sharedLists.set(factors, position);
    return position;
  }

  encode(batch: readonly AssessedAsset[]): BatchRows {
    const newRules: string[] = [];
    const newRiskProfiles: string[] = [];
    const keys: string[] = [];
    const findingIds: string[] = [];
    const texts: (string | null)[] = [];
    const results: number[] = [];
    const findingTexts: (string | null)[] = [];
    const findingNumbers: number[] = [];
    for (let i = 0; i < batch.length; i++) {
      const { asset, results: assessed } = batch[i]!;
      keys.push(asset.uid);
      texts.push(
        asset.provider,
        asset.type,
        asset.account,
        asset.region,
        asset.name,
        JSON.stringify(asset.tags),
        JSON.stringify(asset.context),
        JSON.stringify(asset.source),
        JSON.stringify({ config: asset.config, relations: asset.relations, capturedAt: asset.capturedAt }),
      );
      for (const r of assessed) {
        let rule = this.#rules.get(r.ruleId);
        if (rule === undefined) {
          rule = this.#rules.size;
          this.#rules.set(r.ruleId, rule);
          newRules.push(r.ruleId);
        }
        results.push(i, rule, STATUS_CODE[r.status]);
        if (r.findingId === undefined) continue;
        const profile = r.risk === undefined ? -1 : this.#riskProfile(r.risk.factors, newRiskProfiles);
        findingIds.push(r.findingId);
        findingNumbers.push(i, rule, severityRank(r.severity), r.risk?.score ?? Number.NaN, profile);
        findingTexts.push(
          r.status,
          r.severity,
          r.message,
          r.evidence === undefined ? null : JSON.stringify(r.evidence),
          r.unknown === undefined ? null : JSON.stringify(r.unknown),
        );
      }
    }
    for (const id of findingIds) keys.push(id);
    for (const t of findingTexts) texts.push(t);
    const lengths = new Int32Array(texts.length);
    for (let k = 0; k < texts.length; k++) {
      const t = texts[k];
      // Lengths are counted in the same UTF-16 code units `slice` cuts by, so any text survives.
      lengths[k] = t === null || t === undefined ? -1 : t.length;
    }
    return {
      newRules,
      newRiskProfiles,
      assets: batch.length,
      keys: JSON.stringify(keys),
      text: texts.join(''),
      lengths,
      results: Int32Array.from(results),
      findings: Float64Array.from(findingNumbers),
    };
  }
}

/** The buffers of `rows`, to transfer (not copy) them to another thread. */
export function transferablesOf(rows: BatchRows): ArrayBuffer[] {
  return [rows.lengths.buffer, rows.results.buffer, rows.findings.buffer] as ArrayBuffer[];
}

/** Unpack `rows` and append them to `into`, asset indexes shifted past the assets already there. */
export function unpackRows(rows: BatchRows, into: Rows): void {
  const offset = into.assets.length / ASSET_FIELDS;
  const keys = JSON.parse(rows.keys) as string[];
  const { text, lengths } = rows;
  let at = 0;
  let k = 0;
  const next = (): string | null => {
    const n = lengths[k++]!;
    if (n < 0) return null;
    const s = text.slice(at, at + n);
    at += n;
    return s;
  };
  for (let i = 0; i < rows.assets; i++) {
    into.assets.push(keys[i] ?? null);
    for (let j = 0; j < ASSET_TEXTS; j++) into.assets.push(next());
  }
  const r = rows.results;
  for (let j = 0; j < r.length; j += RESULT_FIELDS) into.results.push(r[j]! + offset, r[j + 1]!, r[j + 2]!);
  const f = rows.findings;
  let key = rows.assets;
  for (let j = 0; j < f.length; j += FINDING_NUMBERS) {
    const findingId = keys[key++] ?? null;
    const status = next();
    const severity = next();
    const message = next();
    const evidence = next();
    const unknown = next();
    const score = f[j + 3]!;
    const profile = f[j + 4]!;
    into.findings.push(
      f[j]! + offset,
      f[j + 1]!,
      findingId,
      status,
      severity,
      f[j + 2]!,
      message,
      evidence,
      unknown,
      Number.isNaN(score) ? null : score,
      profile < 0 ? null : profile,
    );
  }
  const findings = f.length / FINDING_NUMBERS;
  if (
    k !== lengths.length ||
    at !== text.length ||
    key !== keys.length ||
    rows.assets * ASSET_TEXTS + findings * FINDING_TEXTS !== lengths.length
  )
    throw new Error('store rows are damaged: their lengths do not match their text');
}

/** How a scan ended, from its assessment: partial when any input could not be read. */
export function outcomeOf(assessment: Assessment): 'complete' | 'partial' {
  return assessment.coverage.complete ? 'complete' : 'partial';
}
