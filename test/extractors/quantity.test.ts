import { describe, expect, it } from 'vitest';
import { isCalendarNumber, parseChineseNumeral, parseValue, readNumber, readQuantityAt } from '../../extractors/quantity.ts';

const at = (text: string, numberText: string) => readQuantityAt(text, text.indexOf(numberText));

describe('readQuantityAt', () => {
  it('reads the comparator words before and after a number', () => {
    expect(at('轮岗比例不低于10%', '10')).toMatchObject({ value: 10, unit: '%', comparator: '>=' });
    expect(at('开发不少于20节市级实践育人思政“金课”', '20')).toMatchObject({ value: 20, unit: '节', comparator: '>=' });
    // The seeds print 至少 and 不超过 only away from a number; these two phrases are written for the test.
    expect(at('培育至少3所示范学校', '3')).toMatchObject({ value: 3, unit: '所', comparator: '>=' });
    expect(at('学前三年毛入园率达到99.95%以上', '99.95')).toMatchObject({ value: 99.95, comparator: '>=' });
    expect(at('民办义务教育在校生占比压减至5%以下', '5')).toMatchObject({ value: 5, comparator: '<=' });
    expect(at('确保班额不超过45人', '45')).toMatchObject({ value: 45, unit: '人', comparator: '<=' });
    expect(at('中职毕业生就业率超98%', '98')).toMatchObject({ value: 98, comparator: '>' });
    expect(at('超过53万人', '53')).toMatchObject({ value: 53, unit: '万人', comparator: '>' });
    expect(at('且校际差异率低于0.15', '0.15')).toMatchObject({ value: 0.15, unit: null, comparator: '<' });
  });

  it('reads a ratio to one by its first term, taking in the `:1`', () => {
    // Written for the test, in the wording plans use for 生师比.
    expect(at('中小学生师比不高于17:1', '17')).toMatchObject({ value: 17, unit: null, comparator: '<=', end: '中小学生师比不高于17:1'.length });
    expect(at('职普比6:4', '6')).toMatchObject({ value: 6, end: '职普比6'.length });
  });

  it('reads a full-width decimal point and 翻一番 / 翻两番', () => {
    // Written for the test: normalization folds full-width digits but not the full stop between them.
    expect(at('义务教育巩固率达到95．5%', '95')).toMatchObject({ value: 95.5, unit: '%' });
    expect(at('经费投入比2020年翻一番', '一')).toMatchObject({ value: 2, unit: '倍', comparator: null });
    expect(at('经费投入翻两番', '两')).toMatchObject({ value: 4, unit: '倍' });
  });

  it('marks 左右 and 约 as approximate without a comparator', () => {
    expect(at('高技能人才占技能人才的比例达到36%左右', '36')).toMatchObject({ value: 36, comparator: null, approx: true });
    expect(at('名优骨干教师占专任教师比例提升约40%', '40')).toMatchObject({ value: 40, comparator: null, approx: true });
    expect(at('九年义务教育巩固率保持100%', '100')).toMatchObject({ comparator: null, approx: false });
  });

  it('keeps a magnitude in the unit and reads 余 as more than', () => {
    expect(at('新增学位11万个', '11')).toMatchObject({ value: 11, unit: '万个' });
    expect(at('年培训1.2万人次', '1.2')).toMatchObject({ value: 1.2, unit: '万人次' });
    expect(at('累计投入138.6亿元', '138.6')).toMatchObject({ value: 138.6, unit: '亿元' });
    expect(at('实施教育工程项目2300余个', '2300')).toMatchObject({ value: 2300, unit: '个', comparator: '>' });
    expect(at('累计发放一次性安家、生活、购房补助等2600余万元', '2600')).toMatchObject({ value: 2600, unit: '万元', comparator: '>' });
    expect(at('1万余名学生参与', '1')).toMatchObject({ value: 1, unit: '万名', comparator: '>' });
  });

  it('reads spaces printed around a number', () => {
    expect(at('积极创建自治区劳动教育示范基地 10 个', '10')).toMatchObject({ value: 10, unit: '个' });
  });

  it('reads Chinese numerals with their counters', () => {
    expect(at('推动两所高中全面实施新课程', '两')).toMatchObject({ value: 2, unit: '所' });
    expect(at('提高到三成', '三')).toMatchObject({ value: 3, unit: '成' });
    expect(at('达到百分之九十五', '百分之')).toMatchObject({ value: 95, unit: '%' });
    expect(at('义务教育巩固率达到百分之九十六点五', '百分之')).toMatchObject({ value: 96.5, unit: '%' }); // written for the test
    expect(at('荣获一等奖四项', '四')).toMatchObject({ value: 4, unit: '项' });
  });

  it('never reads a year or a date as a quantity', () => {
    expect(at('到2027年，教育强县建设取得阶段性成效', '2027')).toBeNull();
    expect(at('到 2025 年中小学校体育美育器材设施配备', '2025')).toBeNull();
    expect(at('“十四五”时期（2021-2025年）', '2021')).toBeNull();
    expect(at('(2025年9月11日)', '9')).toBeNull();
    expect(at('(2025年9月11日)', '11')).toBeNull();
    expect(at('可增加学位2000个', '2000')).toMatchObject({ value: 2000, unit: '个' });
  });
});

describe('isCalendarNumber', () => {
  it('tells a year from a count of the same digits', () => {
    const text = '2025年高考总录取率';
    expect(isCalendarNumber(text, 0, readNumber(text, 0)!)).toBe(true);
    const count = '逐步化解2000人以上“大校额”';
    expect(isCalendarNumber(count, 4, readNumber(count, 4)!)).toBe(false);
  });
});

describe('parseChineseNumeral and parseValue', () => {
  it('reads Chinese numerals and table cells', () => {
    expect(parseChineseNumeral('二十九')).toBe(29);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseValue('>96%')).toMatchObject({ value: 96, comparator: '>', unit: '%' });
    expect(parseValue('通过自治区评估认定')).toBeNull();
  });
});
