import { describe, expect, it } from 'vitest';
import { citedClause, interpolate } from '../../../../shared/forms/texts';

describe('citing a rule', () => {
  it('keeps a clause the notice numbers in brackets, and brackets one it does not', () => {
    expect(citedClause('（七）')).toBe('（七）');
    expect(citedClause('第三条')).toBe('（第三条）');
    expect(`${interpolate('现有{{count}}人', { count: 22 })}${citedClause('（七）')}`).toBe('现有22人（七）');
  });
});
