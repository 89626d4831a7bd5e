/**
 * Deterministic identifiers and times for the demo estate. Every id the providers would generate
 * (VPC ids, GUIDs, access key ids, project numbers) is derived from a readable seed by hashing, so the
 * generator writes the same bytes on every run and a reader can still tell what an id stands for.
 */
import { createHash } from 'node:crypto';

/** `length` lower-case hex characters derived from `seed`. */
export function hex(seed: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += createHash('sha256').update(`${seed}#${i}`).digest('hex');
  return out.slice(0, length);
}

/** A version-4-shaped UUID derived from `seed`. */
export function uuid(seed: string): string {
  const h = hex(seed, 32);
  const variant = '89ab'[Number.parseInt(h[16] ?? '0', 16) % 4] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `length` decimal digits derived from `seed` (the first one never 0). */
export function digits(seed: string, length: number): string {
  const h = hex(seed, length * 2);
  let out = '';
  for (let i = 0; i < length; i++) {
    const d = Number.parseInt(h.slice(i * 2, i * 2 + 2), 16) % 10;
    out += i === 0 && d === 0 ? '7' : String(d);
  }
  return out;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `length` characters of upper-case base32 (the alphabet of IAM unique ids and access key ids). */
export function base32(seed: string, length: number): string {
  const h = hex(seed, length * 2);
  let out = '';
  for (let i = 0; i < length; i++) out += BASE32[Number.parseInt(h.slice(i * 2, i * 2 + 2), 16) % 32];
  return out;
}

/** An EC2-style id: `vpc-0` followed by 16 hex characters. */
export function ec2Id(prefix: string, seed: string): string {
  return `${prefix}-0${hex(`${prefix}/${seed}`, 16)}`;
}

/** `iso` moved by `seconds` (negative for earlier), as an ISO time with milliseconds. */
export function shift(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** A time up to `maxSeconds` before `iso`, chosen by `seed`. */
export function before(iso: string, seed: string, maxSeconds: number): string {
  const offset = Number.parseInt(hex(seed, 8), 16) % Math.max(1, maxSeconds);
  return shift(iso, -offset);
}

/** `2026-11-27T03:12:45.000Z` → `20261127T031245Z` (the stamp in AWS Config snapshot file names). */
export function compactStamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** `2026-11-27T03:12:45.000Z` → `2026-11-27T03:12:45+00:00` (how the AWS CLI and the credential report print times). */
export function offsetTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, '+00:00').replace(/Z$/, '+00:00');
}
