import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../extractors/targets.ts';
import { documentContext, seedDocuments } from '../prose-context.ts';
import { SEED } from '../seeds.ts';

const minle = seedDocuments(SEED.minle)[0]!;
const zhangye = seedDocuments(SEED.zhangye15)[0]!;
const qingtongxia = seedDocuments(SEED.qingtongxia)[0]!;
const onLine = <T extends { line: number }>(records: T[], line: number) => records.filter((r) => r.line === line);

describe('extractTargets: the governing year', () => {
  it('carries 到2027年 over every clause and sentence of its paragraph, until 到2035年 replaces it', () => {
    // Line 9 opens with 到2027年 and lists eight figures; line 10 opens with 到2035年 and lists eight.
    expect(onLine(minle.targets, 9).map((t) => t.value)).toEqual([10.5, 99.95, 100, 97, 71, 63, 2600, 36]);
    expect(onLine(minle.targets, 9).every((t) => t.year === 2027)).toBe(true);
    expect(onLine(minle.targets, 10).every((t) => t.year === 2035)).toBe(true);
  });

  it('carries a deadline stated at the head of a section into its dash items, not past the next part', () => {
    // 总体目标。到2030年… (line 93) governs ——高等教育 (line 107), which states no year;
    // 第三部分 (line 193) ends it, so 开发不少于20节…“金课” (line 196) has none.
    expect(onLine(zhangye.targets, 107).map((t) => [t.value, t.year])).toEqual([[2, 2030], [1, 2030]]);
    expect(onLine(zhangye.targets, 196).map((t) => t.year)).toEqual([null]);
  });

  it('limits a year stated inside a paragraph to its sentence', () => {
    // …，到2030年，学生体质健康达标优良率力争达到60%；…培育美育类全国示范性特色学校10所左右。
    const line = onLine(zhangye.targets, 197);
    expect(line.find((t) => t.value === 60)?.year).toBe(2030);
    expect(line.filter((t) => t.value === 10).map((t) => t.year)).toEqual([null, null]);
  });

  it('reads 于2027年 inside a clause and a name left in the clause before', () => {
    expect(onLine(zhangye.targets, 204)).toEqual([expect.objectContaining({ year: 2027, value: 60, name: '甘州区公办园在园幼儿占比' })]);
    // 持续扩大优质普通高中招生指标到校比例，到2027年达到70%以上。
    expect(onLine(zhangye.targets, 228).find((t) => t.value === 70)).toMatchObject({ year: 2027, name: '优质普通高中招生指标到校比例', comparator: '>=' });
  });

  it('lets a deadline opening a later sentence govern the rest of the paragraph, past its ；', () => {
    // Written for the test: the 2035 vision, then the 2025 goals in sentences split by ；.
    const text = '（三）发展目标\n到2035年，学前教育毛入园率达到95%。到2025年，学前三年毛入园率达到90%；九年义务教育巩固率达到96%。\n高中阶段毛入学率达到93%。';
    expect(extractTargets(documentContext(text, '某省“十四五”教育发展规划')).map((t) => [t.value, t.year])).toEqual([[95, 2035], [90, 2025], [96, 2025], [93, 2025]]);
  });

  it('gives values joined by 、/和 the unit printed after the last one', () => {
    // Written for the test: 分别达到97%、95和93% is common where a list shares its unit.
    const text = '到2025年，九年义务教育巩固率、高中阶段毛入学率、学前三年毛入园率分别达到97、95和93%。';
    expect(extractTargets(documentContext(text, '某县“十四五”教育发展规划')).map((t) => [t.value, t.unit])).toEqual([[97, '%'], [95, '%'], [93, '%']]);
  });

  it('ends a deadline stated at the head of a numbered item with the item', () => {
    // Written for the test: a task that sets its own deadline does not set the next task's.
    const text = '三、主要任务\n（四）加强教师队伍建设。到2025年，全市专任教师达到1.2万人。每年招聘教师300名。\n（五）完善经费保障。改扩建县域高中4所。';
    expect(extractTargets(documentContext(text, '某县教育发展规划')).map((t) => [t.value, t.year])).toEqual([[1.2, 2025], [4, null]]);
  });

  it('dates “十四五”期间 in a 十四五 plan to the end of its period', () => {
    expect(onLine(qingtongxia.targets, 102).map((t) => [t.value, t.year])).toEqual([[68, 2025], [100, 2025], [95, 2025]]);
  });
});

describe('extractTargets: comparators', () => {
  it('reads 以上, 不低于, 不少于 and 低于 as bounds and 左右, 约 as approximations', () => {
    expect(onLine(minle.targets, 9).find((t) => t.value === 99.95)).toMatchObject({ comparator: '>=', approx: false });
    expect(onLine(minle.targets, 9).find((t) => t.value === 36)).toMatchObject({ comparator: null, approx: true });
    expect(onLine(zhangye.targets, 196)[0]).toMatchObject({ value: 20, unit: '节', comparator: '>=' });
    expect(onLine(zhangye.targets, 222).map((t) => [t.value, t.comparator])).toEqual([[10, '>='], [30, '>=']]);
    expect(onLine(zhangye.targets, 110).find((t) => t.value === 40)).toMatchObject({ comparator: null, approx: true });
    expect(onLine(qingtongxia.targets, 106).find((t) => t.value === 0.15)).toMatchObject({ comparator: '<', unit: null, name: '校际差异率' });
  });

  it('gives 不低于交流教师总数的30% the name of the share it bounds', () => {
    expect(onLine(zhangye.targets, 222)[1]?.name).toBe('各级各类名优骨干教师占交流教师总数比例');
  });
});

describe('extractTargets: names and lists', () => {
  it('pairs 分别 lists of names and values, sharing their place and head noun', () => {
    expect(onLine(zhangye.targets, 105).map((t) => t.name)).toEqual([
      '肃南裕固族自治县学前教育毛入园率', '肃南裕固族自治县九年义务教育巩固率', '肃南裕固族自治县高中阶段毛入学率',
    ]);
    expect(onLine(zhangye.targets, 110).slice(0, 3).map((t) => t.name)).toEqual([
      '省级（含以上）名优骨干教师总数', '市级名优骨干教师总数', '县级名优骨干教师总数',
    ]);
  });

  it('places each value of a hard-wrapped list on its own line', () => {
    // 使自治区、市、县三级骨干教师比例分别达到10%、 (line 148) / 15%和 20%。 (line 150)
    expect(qingtongxia.targets.filter((t) => t.line === 148 || t.line === 150).map((t) => [t.line, t.value, t.name])).toEqual([
      [148, 10, '自治区级骨干教师比例'], [150, 15, '市级骨干教师比例'], [150, 20, '县级骨干教师比例'],
    ]);
  });

  it('names what a verb of making counts, keeping a verb of increase (增加学位, as the gold does)', () => {
    expect(onLine(zhangye.targets, 100)[0]).toMatchObject({ value: 2, unit: '所', name: '优质中等职业学校' });
    expect(onLine(zhangye.targets, 207).map((t) => [t.value, t.name])).toEqual([[3, '增学位项目'], [2300, '增加学位']]);
  });
});

describe('extractTargets: what is not a target', () => {
  it('keeps Chinese numerals of names (九年, 十五年一贯制) and articles (一支) out, and counts 两个, 三成', () => {
    expect(onLine(minle.targets, 9).some((t) => t.value === 9)).toBe(false);
    expect(onLine(zhangye.targets, 209).map((t) => t.value)).toEqual([200]);
    // Not in the seeds: a plan's sentence with Chinese numerals that do carry the quantity.
    const context = documentContext('到2025年，建成两个市级示范基地，优质学位占比提高到三成。', '某县教育发展规划');
    expect(extractTargets(context).map((t) => [t.year, t.value, t.unit, t.name])).toEqual([[2025, 2, '个', '市级示范基地'], [2025, 3, '成', '优质学位占比']]);
  });

  it('leaves out ranges, frequencies, spans of time and goals without a figure', () => {
    expect(onLine(zhangye.targets, 205)).toEqual([]); // 培育5—8个, 15-20所, 每个乡镇1所
    expect(onLine(zhangye.targets, 197).some((t) => t.unit === '次' || t.unit === '课时')).toBe(false); // 每年至少举办2次
    expect(onLine(zhangye.targets, 220).map((t) => t.value)).toEqual([80]); // 力争5年内使80%以上教师…
    expect(onLine(minle.targets, 14)).toEqual([]); // 每天…不低于2小时, 1—2项
  });

  it('takes past results for facts: a plan\'s 发展基础, and a review as a whole', () => {
    // “十四五”期间……学前教育三年毛入园率达到99.54% reports the past in a 十五五 plan.
    expect(onLine(zhangye.targets, 9)).toEqual([]);
    expect(onLine(zhangye.facts, 9).find((f) => f.value === 99.54)).toMatchObject({ period: '十四五', unit: '%' });
    const review = seedDocuments(SEED.compilation);
    expect(review.flatMap((d) => d.targets)).toEqual([]);
    const context = documentContext('全市现有各级各类学校和幼儿园369所，农村教学点85个。', '张掖市教育发展规划');
    expect(extractTargets(context)).toEqual([]);
  });
});
