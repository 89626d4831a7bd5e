import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, safeText } from './safe-text.js';

describe('safeText', () => {
  it('escapes ANSI escapes, newlines and bidi overrides', () => {
    expect(safeText('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(safeText('line1\nline2\r')).toBe('line1\\x0aline2\\x0d');
    expect(safeText('abc\u202edcba')).toBe('abc\\u202edcba');
  });

  it('never leaves a control character in its output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        // eslint-disable-next-line no-control-regex
        expect(safeText(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  it('cuts cells to width', () => {
    expect(cell('abcdef', 4)).toBe('abc…');
    expect(cell('ab', 4)).toBe('ab  ');
  });
});
