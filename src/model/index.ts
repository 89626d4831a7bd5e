export * from './asset.js';
export * from './errors.js';
export * from './finding.js';
export * from './framework.js';
export * from './result.js';
export * from './severity.js';
export * from './unknown.js';
