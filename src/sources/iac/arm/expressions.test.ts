import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isUnknownValue, type Value } from '../terraform/value.js';
import {
  ArmExpressionError,
  evaluateArm,
  isExpression,
  parseArmExpression,
  type ArmScope,
} from './expressions.js';

function scope(
  params: Record<string, Value> = {},
  vars: Record<string, Value> = {},
  copy?: number,
): ArmScope {
  return {
    budget: { steps: 100_000 },
    parameter: (n) => (Object.hasOwn(params, n) ? params[n]! : { $unknown: `parameter ${n} has no value` }),
    variable: (n) => (Object.hasOwn(vars, n) ? vars[n]! : { $unknown: `variable ${n} is not declared` }),
    copyIndex: () => copy,
  };
}

const ev = (text: string, s: ArmScope = scope()) => evaluateArm(parseArmExpression(text), s);

describe('ARM template expressions', () => {
  it('tells expressions from literal strings and [[ escapes', () => {
    expect(isExpression("[parameters('x')]")).toBe(true);
    expect(isExpression('[[not an expression]')).toBe(false);
    expect(isExpression('plain')).toBe(false);
  });

  it('evaluates parameters, variables, string functions and property access', () => {
    const s = scope({ prefix: 'NW', cfg: { Tier: { name: 'gold' } } }, { list: ['a', 'b'] });
    expect(ev("[toLower(concat(parameters('prefix'), '-Logs'))]", s)).toBe('nw-logs');
    expect(ev("[format('{0}-{1:N0}-{{x}}', parameters('prefix'), 7)]", s)).toBe('NW-7-{x}');
    expect(ev("[parameters('cfg').tier.name]", s)).toBe('gold');
    expect(ev("[parameters('cfg')['Tier']['name']]", s)).toBe('gold');
    expect(ev("[variables('list')[1]]", s)).toBe('b');
    expect(ev("[concat(variables('list'), createArray('c'))]", s)).toEqual(['a', 'b', 'c']);
    expect(ev("['it''s']")).toBe("it's");
  });

  it('evaluates logic lazily: if() takes one branch; and/or short-circuit past unknowns', () => {
    const s = scope({ env: 'production' });
    expect(ev("[if(equals(parameters('env'), 'production'), 'TLS1_2', 'TLS1_0')]", s)).toBe('TLS1_2');
    // The branch not taken may be unknown (or fail) without harm.
    expect(ev("[if(true(), 'ok', reference('x').y)]")).toBe('ok');
    expect(ev("[and(false(), parameters('nope'))]")).toBe(false);
    expect(ev("[or(parameters('nope'), true())]")).toBe(true);
    expect(isUnknownValue(ev("[and(true(), parameters('nope'))]"))).toBe(true);
    expect(ev("[not(equals('A', 'a'))]")).toBe(true); // equals is case-sensitive
  });

  it('builds objects and ids: union, createObject, string, int, bool, resourceId', () => {
    expect(
      ev(
        "[union(createObject('a', 1, 'n', createObject('x', 1)), createObject('b', 2, 'n', createObject('y', 2)))]",
      ),
    ).toEqual({
      a: 1,
      n: { x: 1, y: 2 },
      b: 2,
    });
    expect(ev('[string(true())]')).toBe('True');
    expect(ev("[string(createObject('a', 1))]")).toBe('{"a":1}');
    expect(ev("[int('42')]")).toBe(42);
    expect(ev("[bool('False')]")).toBe(false);
    expect(ev("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'data')]")).toBe(
      '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/data',
    );
    expect(ev("[resourceId('rg2', 'Microsoft.Storage/storageAccounts', 'sa')]")).toBe(
      '/subscriptions/{subscriptionId}/resourceGroups/rg2/providers/Microsoft.Storage/storageAccounts/sa',
    );
    expect(ev('[add(copyIndex(), 1)]', scope({}, {}, 2))).toBe(3);
    expect(ev('[copyIndex(10)]', scope({}, {}, 2))).toBe(12);
  });

  it('makes what is known only at deployment unknown, and unknowns spread', () => {
    for (const text of [
      '[resourceGroup().location]',
      "[reference('sa').primaryEndpoints.blob]",
      '[uniqueString(resourceGroup().id)]',
      "[concat('x', subscription().subscriptionId)]",
      "[parameters('noDefault')]",
      "[toLower(parameters('noDefault'))]",
      "[listKeys('sa', '2023-01-01').keys[0].value]",
      "[someNamespace.myFunction('a')]",
      '[notAFunction()]',
      '[copyIndex()]',
    ])
      expect(isUnknownValue(ev(text)), text).toBe(true);
  });

  it('rejects malformed expressions with a clear error', () => {
    expect(() => parseArmExpression("[concat('a'")).toThrow(ArmExpressionError);
    expect(() => parseArmExpression("[concat('a)]")).toThrow(/unterminated string/);
    expect(() => parseArmExpression("[parameters('a') parameters('b')]")).toThrow(/after the expression/);
    expect(() => parseArmExpression(`[${'concat('.repeat(500)}'a'${')'.repeat(500)}]`)).toThrow(/too deeply/);
  });

  it('never throws anything but ArmExpressionError, and never hangs, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (body) => {
        try {
          const v = evaluateArm(parseArmExpression(`[${body}]`), scope());
          expect(v === undefined).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(ArmExpressionError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
