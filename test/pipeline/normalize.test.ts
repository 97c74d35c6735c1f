import { describe, expect, it } from 'vitest';
import { normalize } from '../../pipeline/normalize.ts';
import { lineOf, SEED, seedText } from '../seeds.ts';

/** Checks that every normalized character came from the original character its offset maps to. */
function expectAligned(original: string, normalized: ReturnType<typeof normalize>): void {
  for (let i = 0; i < normalized.text.length; i++) {
    const source = original[normalized.map.toSource(i)];
    expect(source, `offset ${i} (${normalized.text[i]})`).toBeDefined();
  }
}

describe('normalize', () => {
  it('converts a Traditional line of a real plan to Simplified, keeping its length', () => {
    const line = lineOf(seedText(SEED.zhangye2035), 6); // 張掖教育現代化2035行動綱要
    const result = normalize(line);
    expect(result.text).toBe('张掖教育现代化2035行动纲要');
    expect(result.map.toSource(4)).toBe(4);
  });

  it('converts a file that mixes scripts in one line', () => {
    expect(normalize('推進教育现代化，建設教育强市').text).toBe('推进教育现代化，建设教育强市');
  });

  it('folds full-width digits, letters, percent and ideographic spaces', () => {
    expect(normalize('１９５５年ＡＢ班\u3000９５％').text).toBe('1955年AB班 95%');
  });

  it('keeps full-width punctuation that numbers items', () => {
    expect(normalize('（一）发展成绩。').text).toBe('（一）发展成绩。');
  });

  it('turns CRLF and lone CR into LF and maps offsets past them', () => {
    const original = '一、发展基础\r\n（一）发展成绩\r二、总体要求';
    const result = normalize(original);
    expect(result.text).toBe('一、发展基础\n（一）发展成绩\n二、总体要求');
    const second = result.text.indexOf('（一）');
    expect(original.slice(result.map.toSource(second), result.map.toSource(second) + 3)).toBe('（一）');
    const third = result.text.indexOf('二、');
    expect(original.slice(result.map.toSource(third), result.map.toSource(third) + 2)).toBe('二、');
  });

  it('removes zero-width characters and maps around them', () => {
    const original = '学前\u200b三年毛入园率';
    const result = normalize(original);
    expect(result.text).toBe('学前三年毛入园率');
    expect(original[result.map.toSource(2)]).toBe('三');
  });

  it('keeps encoding damage out of values: `?` becomes a space and is listed', () => {
    const row = lineOf(seedText(SEED.zhangye2035), 14); // 九年義務教育鞏固率 | 96.6% | 99% | 97% | ?>99% | ?>97% | >99% |
    const result = normalize(row);
    expect(result.text).toContain('|  >99% |  >97% |');
    expect(result.damage).toHaveLength(2);
    for (const offset of result.damage) expect(row[result.map.toSource(offset)]).toBe('?');
  });

  it('leaves a `?` inside a URL alone', () => {
    expect(normalize('链接地址：http://jyj.example.cn/a?id=3').damage).toEqual([]);
    expect(normalize('见index.php?id=3').damage).toEqual([]);
  });

  it('takes a `?` between digits for damage: a number that lost a character is no address', () => {
    const result = normalize('学前三年毛入园率达到99.?51%');
    expect(result.damage).toEqual(['学前三年毛入园率达到99.'.length]);
    expect(result.text).toBe('学前三年毛入园率达到99. 51%');
  });

  it('maps every offset after a character that became a surrogate pair (二噁英 → 二𫫇英)', () => {
    const original = '开展二噁英排放监测，学前三年毛入园率达到99.51%';
    const result = normalize(original);
    expect(result.text).toBe('开展二𫫇英排放监测，学前三年毛入园率达到99.51%');
    expect(result.text.length).toBe(original.length + 1);
    const number = result.text.indexOf('99.51');
    expect(original.slice(result.map.toSource(number), result.map.toSource(number) + 5)).toBe('99.51');
    // both halves of 𫫇 stand for 噁
    const pair = result.text.indexOf('𫫇');
    expect(original[result.map.toSource(pair)]).toBe('噁');
    expect(original[result.map.toSource(pair + 1)]).toBe('噁');
    expectAligned(original, result);
  });

  it('corrects place names OpenCC gets wrong in context', () => {
    // OpenCC alone turns this into 干安县第一中学
    expect(normalize('吉林省乾安县第一中学').text).toBe('吉林省乾安县第一中学');
    expect(normalize('陝西乾縣教育局').text).toBe('陕西乾县教育局');
  });

  it('maps a whole real plan back character by character', () => {
    const original = seedText(SEED.qingtongxia);
    const result = normalize(original);
    expectAligned(original, result);
    const at = result.text.indexOf('青铜峡市教育事业发展“十四五”规划\n');
    expect(original.slice(result.map.toSource(at), result.map.toSource(at) + 17)).toBe('青铜峡市教育事业发展“十四五”规划');
  });
});
