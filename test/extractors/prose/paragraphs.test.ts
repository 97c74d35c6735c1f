import { describe, expect, it } from 'vitest';
import { readParagraphs } from '../../../extractors/prose/paragraphs.ts';
import { documentContext } from '../../prose-context.ts';
import { lineOf, seedText, SEED } from '../../seeds.ts';

describe('readParagraphs', () => {
  it('rejoins a sentence hard-wrapped over a blank line, and not a heading', () => {
    const plan = seedText(SEED.qingtongxia);
    const lines = [146, 147, 148, 149, 150].map((n) => lineOf(plan, n)).join('\n');
    const paragraphs = readParagraphs(documentContext(lines, '青铜峡市教育事业发展“十四五”规划'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]?.text).toContain('分别达到10%、15%和20%。');
    expect(paragraphs[1]?.heading).toMatchObject({ rank: 3, title: '培养教育骨干人才' });
  });

  it('keeps a short line without punctuation (a heading) apart from the next one', () => {
    const paragraphs = readParagraphs(documentContext('一、总体目标\n\n到2027年，教育强县建设取得阶段性成效。', '民乐县全面推进教育强县建设实施方案'));
    expect(paragraphs.map((p) => p.text)).toEqual(['一、总体目标', '到2027年，教育强县建设取得阶段性成效。']);
  });

  it('rejoins a short line whose wrap cut a number, and not a title ending in a year', () => {
    // Written for the test: a fixed-width wrap cuts 到2025年 after 到20.
    const cut = readParagraphs(documentContext('主要目标是：到20\n25年，学前三年毛入园率达到93%。', '某县教育发展规划'));
    expect(cut.map((p) => p.text)).toEqual(['主要目标是：到2025年，学前三年毛入园率达到93%。']);
    const title = readParagraphs(documentContext('某省教育现代化2035\n二、总体目标', '某省教育现代化2035'));
    expect(title).toHaveLength(2);
    const box = readParagraphs(documentContext('专栏1\n名师培养工程：培养市级名师200名。', '某县教育发展规划'));
    expect(box).toHaveLength(2);
    const unit = readParagraphs(documentContext('到2025年，全县新增学位3.6万\n个，专任教师达到4500\n人。', '某县教育发展规划'));
    expect(unit.map((p) => p.text)).toEqual(['到2025年，全县新增学位3.6万个，专任教师达到4500人。']);
  });

  it('leaves table rows and table regions out of running text', () => {
    const context = documentContext('学前教育毛入园率 | 94% | 99.51%\n高中阶段毛入学率达到97%。', '某规划');
    expect(readParagraphs(context).map((p) => [p.text, p.tableRow])).toEqual([['学前教育毛入园率|94%|99.51%', true], ['高中阶段毛入学率达到97%。', false]]);
    const skipped = readParagraphs({ ...context, tableRegions: [{ start: 0, end: 24 }] });
    expect(skipped.map((p) => p.text)).toEqual(['高中阶段毛入学率达到97%。']);
  });
});
