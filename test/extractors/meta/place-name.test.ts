import { describe, expect, it } from 'vitest';
import { isPlausibleStem, placeNameAt, placeOfOrgan } from '../../../extractors/meta/place-name.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('placeNameAt', () => {
  it('reads the names the seed titles open with', () => {
    expect(placeNameAt(lineOf(seedText(SEED.zhangye15), 2))).toBe('张掖市');
    expect(placeNameAt(lineOf(seedText(SEED.compilation), 110))).toBe('德州');
    expect(placeNameAt(lineOf(seedText(SEED.compilation), 70))).toBeNull(); // 西藏教育…: no ending
  });

  it('cuts names after their whole ending', () => {
    expect(placeNameAt('宁夏回族自治区教育事业发展规划')).toBe('宁夏回族自治区');
    expect(placeNameAt('临夏州推进教育事业高质量发展综述')).toBe('临夏州');
    expect(placeNameAt('郑州市教育发展规划')).toBe('郑州市');
  });

  it('takes the innermost of nested divisions', () => {
    expect(placeNameAt('甘肃省张掖市教育事业发展规划')).toBe('张掖市');
    expect(placeNameAt('张掖市甘州区“十四五”教育发展规划')).toBe('甘州区');
    expect(placeNameAt('张掖市区学校布局规划')).toBe('张掖市');
  });

  it('does not take slogans or collective words for names', () => {
    expect(placeNameAt('教育强市建设实施方案')).toBeNull();
    expect(placeNameAt('全市教育工作要点')).toBeNull();
    expect(placeNameAt('加快建设教育强县的意见')).toBeNull();
    expect(placeNameAt('在全市教育系统党建工作会议上的讲话')).toBeNull(); // a speech's title, no place
  });
});

describe('placeOfOrgan', () => {
  it('reads the place of an issuing organ', () => {
    expect(placeOfOrgan('中共张掖市委')).toBe('张掖市');
    expect(placeOfOrgan('青铜峡市人民政府办公室')).toBe('青铜峡市');
    expect(placeOfOrgan('西藏自治区教育厅')).toBe('西藏自治区');
    expect(placeOfOrgan('教育部')).toBeNull();
  });
});

describe('isPlausibleStem', () => {
  it('refuses stems of phrases', () => {
    expect(isPlausibleStem('张掖')).toBe(true);
    expect(isPlausibleStem('教育强')).toBe(false);
    expect(isPlausibleStem('全')).toBe(false);
  });
});
