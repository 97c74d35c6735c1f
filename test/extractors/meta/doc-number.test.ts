import { describe, expect, it } from 'vitest';
import { parseDocNumberLine } from '../../../extractors/meta/doc-number.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('parseDocNumberLine', () => {
  it('reads the doc number line of seed 002 in Simplified (gold: 市委發〔2021〕35號)', () => {
    expect(parseDocNumberLine(normalize(lineOf(seedText(SEED.zhangye2035), 1)).text)).toBe('市委发〔2021〕35号');
  });

  it('reads other issuers\' numbers and careless brackets', () => {
    expect(parseDocNumberLine('宁政办发〔2021〕60号')).toBe('宁政办发〔2021〕60号');
    expect(parseDocNumberLine('  张政发[2022]8号')).toBe('张政发[2022]8号');
    expect(parseDocNumberLine('民政发【2020】112号')).toBe('民政发【2020】112号');
  });

  it('reads a bracketed number standing alone under a title', () => {
    expect(parseDocNumberLine('(皖政[2001]85号)')).toBe('皖政[2001]85号');
    expect(parseDocNumberLine('（皖政〔2001〕85号）要求')).toBeNull();
  });

  it('reads a number followed by 签发人', () => {
    expect(parseDocNumberLine('宁政办发〔2021〕60号    签发人：张三')).toBe('宁政办发〔2021〕60号');
  });

  it('does not take a number quoted in prose for the document\'s own', () => {
    expect(parseDocNumberLine('按照《甘肃省教育厅关于…的通知》（甘教发〔2020〕12号）要求')).toBeNull();
    expect(parseDocNumberLine('甘教发〔2020〕12号文件要求')).toBeNull();
    expect(parseDocNumberLine(normalize(lineOf(seedText(SEED.zhangye2035), 3)).text)).toBeNull();
  });
});
