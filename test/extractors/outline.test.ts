import { describe, expect, it } from 'vitest';
import { extractOutline } from '../../extractors/outline.ts';
import { documentContextOf } from '../contexts.ts';
import { lineOf, SEED, seedText } from '../seeds.ts';

describe('extractOutline', () => {
  it('recovers headings and numbered tasks with level, parent, title, body and place', () => {
    const text = seedText(SEED.qingtongxia);
    const outline = extractOutline(documentContextOf(text));
    const task = outline.find((item) => item.line === 47);
    expect(task).toMatchObject({ marker: '4.', ordinal: 4, level: 3, title: '坚持学生全面发展', column: 1 });
    expect(task?.id).toBe('test#1/二/（二）/4');
    expect(task?.parentId).toBe('test#1/二/（二）');
    // the body is the item's own text up to the next item, the wrapped 接班人。 rejoined
    expect(task?.body.startsWith(lineOf(text, 47).slice(lineOf(text, 47).indexOf('。') + 1))).toBe(true);
    expect(task?.body.endsWith('接班人。')).toBe(true);
    expect(outline.find((item) => item.line === 39)).toMatchObject({ marker: '（二）', title: '发展原则', body: '' });
  });

  it('reads a half-width (一) with a space after it as a sibling of （二）', () => {
    const outline = extractOutline(documentContextOf(seedText(SEED.qingtongxia)));
    const siblings = outline.filter((item) => item.parentId === 'test#1/三');
    expect(siblings.slice(0, 2).map((item) => [item.marker, item.title])).toEqual([
      ['(一)', '党建强魂，加强党对教育工作的全面领导'],
      ['（二）', '德育为首，全面落实立德树人根本任务'],
    ]);
  });

  it('gives Traditional items Simplified titles with the original beside them', () => {
    const outline = extractOutline(documentContextOf(seedText(SEED.zhangye2035)));
    const item = outline.find((i) => i.line === 24);
    expect(item?.title).toBe('以习近平新时代中国特色社会主义思想统领教育工作');
    expect(item?.original?.title).toBe('以習近平新時代中國特色社會主義思想統領教育工作');
  });

  it('takes short stand-alone lines of an article as unnumbered headings, two lines as one', () => {
    const text = seedText(SEED.compilation);
    const puer = extractOutline(documentContextOf(text, 5));
    expect(puer.map((item) => [item.marker, item.title, item.line])).toEqual([
      ['', lineOf(text, 186) + lineOf(text, 187), 186],
      ['', lineOf(text, 194) + lineOf(text, 195), 194],
    ]);
  });

  it('splits dash items that run on in one line and puts them under their heading', () => {
    const text = seedText(SEED.compilation);
    const longyan = extractOutline(documentContextOf(text, 8));
    const dashes = longyan.filter((item) => item.marker === '——');
    expect(dashes.map((item) => [item.title, item.line, item.level])).toEqual([
      ['优化教育支撑机制', 300, 2], ['聚力教研能力建设', 300, 2], ['赋能职业教育发展', 301, 2],
    ]);
    expect(dashes[1]?.column).toBe(lineOf(text, 300).indexOf('——聚力') + 1);
  });

  it('heads an attachment with its title under its 附件1 label, its items under it, not under the plan’s last item', () => {
    const text = ['会宁县义务教育优质均衡发展实施方案', '一、保障措施', '（一）加强组织领导。', '附件1', '会宁县义务教育优质均衡发展重点任务分工表', '1.优化学校布局。牵头单位：县教育局。'].join('\n');
    const outline = extractOutline(documentContextOf(text));
    expect(outline.map(({ level, marker, title }) => [level, marker, title])).toEqual([
      [1, '一、', '保障措施'], [2, '（一）', '加强组织领导'], [1, '', '会宁县义务教育优质均衡发展重点任务分工表'], [2, '1.', '优化学校布局'],
    ]);
  });

  it('leaves the ** of a Markdown bold heading out of its title', () => {
    const text = ['武威市教育数字化转型行动计划', '**一、总体要求**', '坚持应用为王。', '1. **建设数字基座。** 建成市级教育数据中心。'].join('\n');
    expect(extractOutline(documentContextOf(text)).map((item) => item.title)).toEqual(['总体要求', '建设数字基座']);
  });

  it('takes no sign-off, caption, attachment line or table row for an item', () => {
    const text = seedText(SEED.qingtongxia);
    const lines = new Set(extractOutline(documentContextOf(text)).map((item) => item.line));
    for (const line of [55, 57, 58, 59, 230, 232, 234]) expect(lines.has(line), lineOf(text, line)).toBe(false);
  });

  it('rejoins a title that hard wrapping cut before its 。', () => {
    const text = seedText(SEED.qingtongxia).replace(/[^\n]{30}(?=[^\n])/g, '$&\n');
    const item = extractOutline(documentContextOf(text)).find((i) => i.title.startsWith('深化习近平新时代'));
    expect(item?.title).toBe('深化习近平新时代中国特色社会主义思想进教材、进课堂、进师生头脑工作');
    expect(item?.body.startsWith('坚持')).toBe(true);
  });

  it('takes a running header (the title repeated on a page of a PDF copy) for no heading', () => {
    const lines = seedText(SEED.minle).split('\n');
    const withHeader = [...lines.slice(0, 20), lines[0] ?? '', ...lines.slice(20)].join('\n');
    const titles = extractOutline(documentContextOf(withHeader)).map((item) => item.title);
    expect(titles).not.toContain(lines[0]);
    expect(titles).toHaveLength(extractOutline(documentContextOf(lines.join('\n'))).length);
  });

  it('reads nothing before the title: the notice wrapper has no outline', () => {
    const outline = extractOutline(documentContextOf(seedText(SEED.qingtongxia)));
    expect(Math.min(...outline.map((item) => item.line))).toBe(21);
  });
});

describe('extractOutline on a plan with its own contents', () => {
  it('lists each chapter once, from the body, not from the contents', () => {
    const plan = ['某某县“十五五”教育发展规划', '目  录', '第一章 发展基础……………1', '第二章 总体要求……………5', '第三章 主要任务 9',
      '第一章 发展基础', '“十四五”期间，全县教育事业取得长足进步。', '第二章 总体要求', '坚持以人民为中心发展教育。', '第三章 主要任务',
      '一、促进学前教育普惠发展。扩大普惠性资源。'].join('\n');
    const outline = extractOutline(documentContextOf(plan));
    expect(outline.map((item) => [item.marker, item.title, item.level, item.line])).toEqual([
      ['第一章', '发展基础', 1, 6], ['第二章', '总体要求', 1, 8], ['第三章', '主要任务', 1, 10], ['一、', '促进学前教育普惠发展', 2, 11],
    ]);
  });
});
