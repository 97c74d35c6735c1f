import { describe, expect, it } from 'vitest';
import { readMarker } from '../../../extractors/outline/markers.ts';
import { lineOf, SEED, seedText } from '../../seeds.ts';

describe('readMarker', () => {
  const zhangye15 = seedText(SEED.zhangye15);
  const qingtongxia = seedText(SEED.qingtongxia);

  it.each([
    [lineOf(zhangye15, 6), 'part', '第一部分', 1],
    [lineOf(zhangye15, 8), 'chinese-comma', '一、', 1],
    [lineOf(zhangye15, 216), 'chinese-paren', '（十一）', 11],
    [lineOf(zhangye15, 251), 'chinese-paren', '（二十九）', 29],
    [lineOf(qingtongxia, 72), 'chinese-paren', '(一)', 1],
    [lineOf(zhangye15, 81), 'arabic-dot', '1.', 1],
    [lineOf(zhangye15, 95), 'dash', '——', null],
    ['第三章 保障措施', 'chapter', '第三章', 3],
    ['第九十九节 附则', 'section', '第九十九节', 99],
    ['九十九、附则', 'chinese-comma', '九十九、', 99],
    ['二. 主要任务', 'chinese-comma', '二.', 2],
    ['第十二条 本办法自印发之日起施行。', 'clause', '第十二条', 12],
    ['3、推进教科研工作改革。', 'arabic-dot', '3、', 3],
    ['2．提升中等职业教育办学水平。', 'arabic-dot', '2．', 2],
    ['（1）学前教育。', 'arabic-paren', '（1）', 1],
    ['(12)职业教育。', 'arabic-paren', '(12)', 12],
    ['③特殊教育。', 'circled', '③', 3],
    ['（三）2030年发展目标', 'chinese-paren', '（三）', 3],
    ['2）职业教育。', 'arabic-paren', '2）', 2],
    ['## 二、主要任务', 'chinese-comma', '二、', 2],
    ['\u3000\u3000（四）深化改革，推进职业教育优质发展。', 'chinese-paren', '（四）', 4],
  ])('%s', (line, style, text, ordinal) => {
    expect(readMarker(line)).toMatchObject({ style, text, ordinal });
  });

  it('starts the heading text after the marker and any space', () => {
    const line = lineOf(qingtongxia, 72); // (一) 党建强魂，…
    const marker = readMarker(line);
    expect(line.slice(marker?.textStart)).toMatch(/^党建强魂/);
  });

  it('starts the heading text after the ** of Markdown bold that follows the marker', () => {
    const line = '1. **建设数字基座。** 建成市级教育数据中心。';
    expect(line.slice(readMarker(line)?.textStart)).toMatch(/^建设数字基座/);
  });

  it.each([
    ['a year', lineOf(qingtongxia, 92)], // 到 2025 年中小学校…
    ['a year at the start', lineOf(qingtongxia, 27)], // 2018年市第五小学…
    ['a decimal', '1.8亿元建成的市职教中心实训基地'],
    ['a percentage', '15%和 20%。加强中职教育教师培训'],
    ['a date in brackets', '(2025年9月11日)'],
    ['a draft mark', lineOf(seedText(SEED.minle), 3)], // （意见征求稿）
    ['an enumeration of grades', '一、二年级不布置书面作业'],
    ['a single dash', '—任弼时纪念馆—平江起义旧址”等红色线路研学活动'],
    ['an inline enumeration', '一是加强党的领导，二是完善机制。'],
  ])('takes %s for no marker', (_, line) => {
    expect(readMarker(line)).toBeNull();
  });
});
