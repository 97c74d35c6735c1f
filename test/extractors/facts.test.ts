import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../extractors/facts.ts';
import { documentContext, seedDocuments } from '../prose-context.ts';
import { SEED } from '../seeds.ts';

const facts = seedDocuments(SEED.compilation).flatMap((d) => d.facts);
const at = (line: number, value: number) => facts.find((f) => f.line === line && f.value === value);

describe('extractFacts', () => {
  it('reads the reported figures of a review with their names and units', () => {
    expect(at(47, 94.41)).toMatchObject({ name: '学前三年毛入园率', unit: '%', raw: '学前三年毛入园率达94.41%' });
    expect(at(174, 87)).toMatchObject({ name: '职业学校“双师型”教师占比', unit: '%' });
    expect(at(254, 218)).toMatchObject({ name: '心理辅导室', unit: '个' });
    expect(at(329, 3400)).toMatchObject({ name: '新增义务教育优质学位', unit: '个' });
  });

  it('gives the year or period a result refers to', () => {
    // 2024年，全区……；全区义务教育巩固率高达97.86%
    expect(at(81, 97.86)).toMatchObject({ year: 2024, name: '义务教育巩固率' });
    // 2022年以来，全市累计……，新增学位11万个
    expect(at(117, 11)).toMatchObject({ unit: '万个', year: null, period: '2022年以来' });
    // 近5年一般公共预算教育经费累计投入138.6亿元
    expect(at(152, 138.6)).toMatchObject({ name: '一般公共预算教育经费', unit: '亿元', period: '近5年' });
  });

  it('reads a name broken over two lines and places the figure on its own line', () => {
    // 目前,全市普惠性幼儿园覆 (line 293) / 盖率为94.76% (line 294)
    expect(at(294, 94.76)).toMatchObject({ name: '普惠性幼儿园覆盖率', column: 4 });
  });

  it('takes what follows an unmarked 发展基础 heading for results, until a numbered part', () => {
    // Written for the test: a plan whose parts are headed without numbers.
    const text = '发展基础\n学前三年毛入园率达到90.5%。\n一、主要目标\n学前三年毛入园率达到95%。';
    expect(extractFacts(documentContext(text, '某县教育发展规划')).map((f) => f.value)).toEqual([90.5]);
  });

  it('takes 现有 and 累计 in a plan for results, not targets', () => {
    const context = documentContext('全市现有各级各类学校和幼儿园369所。近5年一般公共预算教育经费累计投入138.6亿元。', '张掖市教育发展规划');
    expect(extractFacts(context).map((f) => [f.value, f.unit])).toEqual([[369, '所'], [138.6, '亿元']]);
  });
});
