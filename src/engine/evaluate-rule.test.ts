import { describe, expect, it } from 'vitest';
import type { AnyAsset } from '../model/asset.js';
import { compileMessage, defineRule, renderMessage } from '../rules/api.js';
import { evaluateRule, prepareRule } from './evaluate-rule.js';
import { InventoryIndex } from './inventory-index.js';
import { REDACTED } from './redact.js';

const bucket: AnyAsset = {
  uid: 'arn:aws:s3:::b',
  type: 'aws.s3.bucket',
  provider: 'aws',
  account: '111122223333',
  region: 'us-east-1',
  name: 'b',
  tags: {},
  config: {},
  relations: [],
  context: {},
  source: { kind: 'import', format: 'test' },
};

const rule = (verdict: 'pass' | 'fail' | 'wrong-id') =>
  defineRule({
    id: 'test-rule',
    title: 't',
    description: 'd',
    severity: 'high',
    category: 'storage',
    aspects: [],
    assetTypes: ['aws.s3.bucket'],
    messages: { open: '{{name}} shares {{secret}} and {{ missing }}' },
    remediation: { text: 'r' },
    check: (b, ctx) => {
      const evidence = { token: 'hunter2-hunter2', key: 'AKIAABCDEFGHIJKLMNOP in text' };
      if (verdict === 'pass') return ctx.pass(evidence, 'fine');
      if (verdict === 'fail') return ctx.fail('open', { name: b.name, secret: 's' }, evidence);
      return ctx.fail('nope' as 'open', {}, evidence);
    },
  });

const env = () => ({ now: new Date('2026-01-01T00:00:00Z'), index: new InventoryIndex() });

describe('evaluateRule', () => {
  it('a pass keeps its message and no evidence (nothing stores or reports it)', () => {
    const r = evaluateRule(rule('pass'), bucket, env());
    expect(r).toEqual({
      ruleId: 'test-rule',
      assetUid: bucket.uid,
      status: 'pass',
      severity: 'high',
      message: 'fine',
    });
  });

  it('a fail renders its message and carries its evidence, redacted', () => {
    const r = evaluateRule(rule('fail'), bucket, env());
    expect(r.message).toBe('b shares s and {{ missing }}');
    expect(r.evidence).toEqual({ token: REDACTED, key: `${REDACTED} in text` });
  });

  it('names a message id the rule does not have', () => {
    expect(evaluateRule(rule('wrong-id'), bucket, env()).message).toBe('(unknown message id nope)');
  });

  it('prepares a rule once and judges many assets with it', () => {
    const p = prepareRule(rule('fail'), env());
    expect(p.message('open', { name: 'x', secret: 'y' })).toBe('x shares y and {{ missing }}');
    expect(p.message('open', { name: 'z', secret: 'w' })).toBe('z shares w and {{ missing }}');
  });
});

describe('compileMessage', () => {
  it('renders like renderMessage, own data keys only, placeholders without data left visible', () => {
    const template = 'a {{x}} b {{ y }} c {{constructor}} {{x}}';
    const data = { x: 1, y: '$&' };
    expect(compileMessage(template)(data)).toBe('a 1 b $& c {{constructor}} 1');
    expect(renderMessage(template, data)).toBe(compileMessage(template)(data));
    expect(compileMessage('plain')({})).toBe('plain');
  });
});
