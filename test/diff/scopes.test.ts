import { describe, expect, it } from 'vitest';
import { homeScopes, scopesAgree } from '../../diff/scopes.ts';
import { documentOf } from './build.ts';

describe('homeScopes', () => {
  it('takes the region a plan\'s title names, with or without its level suffix', () => {
    const plan = documentOf({ title: '张掖教育现代化2035行动纲要' });
    expect([...homeScopes([plan], ['甘肃省', '张掖市'])]).toEqual(['张掖市']);
  });

  it('takes a plan\'s stated region', () => {
    const plan = documentOf({ title: '教育事业发展规划', meta: { region: '青铜峡市' } });
    expect([...homeScopes([plan], ['青铜峡市', '宁夏回族自治区'])]).toEqual(['青铜峡市']);
  });
});

describe('scopesAgree', () => {
  it('matches a value without scope to the home region only', () => {
    const home = new Set(['张掖市']);
    expect(scopesAgree(null, '张掖市', home)).toBe(true);
    expect(scopesAgree('甘肃省', null, home)).toBe(false);
    expect(scopesAgree('甘肃省', '甘肃省', home)).toBe(true);
    expect(scopesAgree(null, null, home)).toBe(true);
  });
});
