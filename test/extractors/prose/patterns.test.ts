import { describe, expect, it } from 'vitest';
import { readGroup } from '../../../extractors/prose/patterns.ts';
import { readQuantityAt } from '../../../extractors/quantity.ts';

/** Reads the figure `number` of `clause` as the statements walker would, with no figure before it. */
function read(clause: string, number: string) {
  const q = readQuantityAt(clause, clause.indexOf(number));
  if (!q) throw new Error(`no quantity at ${number}`);
  return readGroup({ group: [q], lead: clause.slice(0, q.start), tail: clause.slice(q.end), bound: clause.slice(q.start, q.numberStart), previous: null, clauseStart: true, previousClause: '' });
}

describe('readGroup', () => {
  it('keeps verbs of increase in the name of what is counted, not verbs of making', () => {
    // Written for the test, in the wording of plans' reviews.
    expect(read('累计新建、改扩建学校120所', '120')).toMatchObject({ pattern: 'count-before', names: ['新建、改扩建学校'] });
    expect(read('新增8所公办幼儿园', '8')).toMatchObject({ pattern: 'count-after', names: ['新增公办幼儿园'] });
    expect(read('全市建成心理辅导室218个', '218')).toMatchObject({ names: ['心理辅导室'] });
  });

  it('reads a bare count of pupils, teachers or schools, and names a growth rate after the figure before it', () => {
    // Written for the test, in the wording of year-end summaries.
    expect(read('在校学生近60万人', '60')).toMatchObject({ pattern: 'indicator', names: ['在校学生'] });
    const clause = '同比增长4.3%';
    const q = readQuantityAt(clause, clause.indexOf('4.3'))!;
    expect(readGroup({ group: [q], lead: '同比增长', tail: '', bound: '', previous: 'attain', clauseStart: true, previousClause: '全市一般公共预算教育支出达到86.5亿元', previousNames: ['一般公共预算教育支出'] }))
      .toMatchObject({ pattern: 'attain', names: ['一般公共预算教育支出'] });
  });

  it('names a change in points after the rate before it', () => {
    const clause = '比2015年提高5.2个百分点';
    const q = readQuantityAt(clause, clause.indexOf('5.2'));
    if (!q) throw new Error('no quantity');
    expect(readGroup({ group: [q], lead: clause.slice(0, q.start), tail: '', bound: '', previous: 'attain', clauseStart: true, previousClause: '学前三年毛入园率达到88.6%', previousNames: ['学前三年毛入园率'] }))
      .toMatchObject({ pattern: 'attain', names: ['学前三年毛入园率'] });
  });

  it('tells how a figure stands in its clause', () => {
    expect(read('高中阶段毛入学率达到97.2%', '97.2')).toMatchObject({ pattern: 'attain', names: ['高中阶段毛入学率'] });
    expect(read('集中资源打造2所“少而精、特而强”的优质中等职业学校', '2')).toMatchObject({ pattern: 'count-after', names: ['优质中等职业学校'] });
    expect(read('培育智慧校园标杆校5所', '5')).toMatchObject({ pattern: 'count-before', names: ['智慧校园标杆校'] });
    expect(read('100%的学校完成全光网改造', '100')).toMatchObject({ pattern: 'share-of', names: ['学校完成全光网改造'] });
    expect(read('其中各级各类名优骨干教师不低于交流教师总数的30%', '30')).toMatchObject({ pattern: 'share', comparator: '>=' });
    expect(read('课后服务学生参与率97.67%', '97.67')).toMatchObject({ pattern: 'indicator' });
  });

  it('puts a clause of a name and a figure on the list of the clause before', () => {
    // 全市现有各级各类学校和幼儿园369所，农村教学点85个 (seed 003, line 139)
    const q = readQuantityAt('农村教学点85个', 5)!;
    expect(readGroup({ group: [q], lead: '农村教学点', tail: '', bound: '', previous: 'count-before', clauseStart: true, previousClause: '全市现有各级各类学校和幼儿园369所' }))
      .toMatchObject({ pattern: 'count-before', names: ['农村教学点'] });
    expect(readGroup({ group: [q], lead: '农村教学点', tail: '', bound: '', previous: null, clauseStart: true, previousClause: '' })).toBeNull();
    // 全市现有高职院校1所、职业培训机构22所 (line 331): 培训 is part of the name here.
    const institutions = readQuantityAt('、职业培训机构22所', 7)!;
    expect(readGroup({ group: [institutions], lead: '、职业培训机构', tail: '', bound: '', previous: 'count-before', clauseStart: false, previousClause: '' }))
      .toMatchObject({ names: ['职业培训机构'], continues: true });
  });

  it('reads no figure where no verb commits to it', () => {
    expect(read('对照资源配置、政府保障程度、教育质量、社会满意度等四个方面32项指标数据', '32')).toBeNull();
    expect(read('逐步化解2000人以上“大校额”', '2000')).toBeNull();
    expect(read('支持有条件的幼儿园开展3岁以下婴幼儿托育服务', '3')).toBeNull();
  });
});
