import { describe, expect, it } from 'vitest';
import { headingOf } from '../../../extractors/prose/headings.ts';
import { lineOf, seedText, SEED } from '../../seeds.ts';

describe('headingOf', () => {
  it('ranks the markers of a plan from the outermost', () => {
    const plan = seedText(SEED.zhangye15);
    expect(headingOf(lineOf(plan, 193))).toEqual({ rank: 0, title: '重点工作任务' });
    expect(headingOf(lineOf(plan, 90))).toMatchObject({ rank: 1 });
    expect(headingOf(lineOf(plan, 196))).toMatchObject({ rank: 2, title: '统筹推进大中小幼思政课一体化建设' });
    expect(headingOf(lineOf(plan, 81))).toMatchObject({ rank: 3, title: '坚持党对教育事业的全面领导' });
    expect(headingOf(lineOf(plan, 95))).toMatchObject({ rank: 5, title: '学前教育' });
  });

  it('reads a heading through Markdown marks', () => {
    expect(headingOf('## 二、主要任务')).toEqual({ rank: 1, title: '主要任务' });
  });

  it('takes a decimal and a plain sentence for no heading', () => {
    expect(headingOf('1.5倍的学位供给')).toBeNull();
    expect(headingOf(lineOf(seedText(SEED.zhangye15), 93))).toBeNull(); // 总体目标。到2030年，…
  });
});
