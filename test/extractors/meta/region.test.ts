import { describe, expect, it } from 'vitest';
import { regionOf } from '../../../extractors/meta/region.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('regionOf', () => {
  it('takes the place a plan title opens with (seeds 000, 001, 004)', () => {
    expect(regionOf(lineOf(seedText(SEED.zhangye15), 2), '', [])).toBe('张掖市');
    expect(regionOf(lineOf(seedText(SEED.minle), 1), '', [])).toBe('民乐县');
    expect(regionOf(lineOf(seedText(SEED.qingtongxia), 17), '', [])).toBe('青铜峡市');
  });

  it('completes a bare name from the issuer (seed 002: 张掖教育现代化2035 by 中共张掖市委)', () => {
    const title = normalize(lineOf(seedText(SEED.zhangye2035), 6)).text;
    expect(regionOf(title, title, ['中共张掖市委', '张掖市人民政府'])).toBe('张掖市');
  });

  it('takes the fuller form an article writes (seed 003: 西藏 → 西藏自治区; 德州 stays)', () => {
    const text = seedText(SEED.compilation);
    expect(regionOf(lineOf(text, 70), lineOf(text, 80), [])).toBe('西藏自治区');
    expect(regionOf(lineOf(text, 110), lineOf(text, 112), [])).toBe('德州');
    expect(regionOf(lineOf(text, 110), '德州市教育局', [])).toBe('德州市');
  });

  it('looks past an opening period phrase (seed 003 line 30)', () => {
    expect(regionOf(lineOf(seedText(SEED.compilation), 30), '', [])).toBe('遵义市');
  });

  it('looks past the 中共 of a joint title (中共临夏州委 临夏州人民政府关于…)', () => {
    expect(regionOf('中共临夏州委 临夏州人民政府关于加快推进教育高质量发展的实施意见', '', [])).toBe('临夏州');
  });

  it('gives none when neither title nor issuer names a place', () => {
    expect(regionOf('关于全面推进教育强县建设的实施方案', '全县各级各类学校', ['国务院'])).toBeNull();
    expect(regionOf('教育强国建设规划纲要（2024—2035年）', '', [])).toBeNull();
  });

  it('takes the autonomous form a text writes for a bare or 州 name', () => {
    expect(regionOf('宁夏教育事业发展规划', '宁夏回族自治区党委和政府高度重视教育', [])).toBe('宁夏回族自治区');
    expect(regionOf('新疆教育高质量发展综述', '新疆维吾尔自治区各级各类学校', [])).toBe('新疆维吾尔自治区');
    expect(regionOf('临夏州推进教育事业高质量发展综述', '临夏回族自治州坚持教育优先发展', [])).toBe('临夏回族自治州');
    expect(regionOf('临夏州推进教育事业高质量发展综述', '全州教育', [])).toBe('临夏州');
    expect(regionOf('德州教育高质量发展综述', '毗邻德宏傣族景颇族自治州', [])).toBe('德州');
  });

  it('falls back to the issuer when the title names no place', () => {
    expect(regionOf('关于加快推进教育现代化的实施意见', '', ['中共民乐县委', '民乐县人民政府'])).toBe('民乐县');
  });
});
