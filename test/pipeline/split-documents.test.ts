import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../pipeline/split-documents.ts';
import { findTableOfContents } from '../../pipeline/split/table-of-contents.ts';
import { findTrailingBoilerplate } from '../../pipeline/split/boilerplate.ts';
import { findBareContents } from '../../pipeline/split/bare-contents.ts';
import { looksLikeTitle } from '../../pipeline/split/title.ts';
import { splitLines } from '../../pipeline/lines.ts';
import { fileContextOf } from '../contexts.ts';
import { lineOf, linesOf, SEED, seedText } from '../seeds.ts';


describe('splitDocuments', () => {
  it('gives a notice wrapper to the plan it hands on, titled by the plan’s own title line', () => {
    const text = seedText(SEED.qingtongxia);
    const context = fileContextOf(text);
    const [document, ...others] = splitDocuments(context).documents;
    expect(others).toEqual([]);
    expect(document?.title?.text).toBe('青铜峡市教育事业发展“十四五”规划');
    expect(context.locator.point(document?.title?.start ?? 0).line).toBe(17);
    // the wrapper runs from the issuing office to (此件公开发布), just before the title
    const wrapper = text.slice(document?.wrapper?.start, document?.wrapper?.end);
    expect(wrapper.trim().startsWith('青铜峡市人民政府办公室')).toBe(true);
    expect(wrapper.trim().endsWith('(此件公开发布)')).toBe(true);
  });

  it('finds the title of a Traditional notice whose plan is named in its 印发 sentence', () => {
    const context = fileContextOf(linesOf(seedText(SEED.zhangye2035), 1, 9));
    const document = splitDocuments(context).documents[0];
    expect(document?.title?.text).toBe('张掖教育现代化2035行动纲要');
    expect(context.locator.originalText(document?.title?.start ?? 0, document?.title?.end ?? 0)).toBe('張掖教育現代化2035行動綱要');
  });

  it('joins a title printed over two lines', () => {
    const context = fileContextOf('青铜峡市教育事业发展\n“十四五”规划\n\n一、发展基础\n');
    expect(splitDocuments(context).documents[0]?.title?.text).toBe('青铜峡市教育事业发展“十四五”规划');
  });

  it('takes the first title-like line of a plan without wrapper, not its draft mark', () => {
    const text = linesOf(seedText(SEED.minle), 1, 6);
    const document = splitDocuments(fileContextOf(text)).documents[0];
    expect(document?.title?.text).toBe('民乐县全面推进教育强县建设实施方案');
    expect(document?.wrapper).toBeNull();
  });

  it('splits a compilation into the articles its contents list, reporting entries with no article', () => {
    const text = seedText(SEED.compilation);
    const context = fileContextOf(text);
    const split = splitDocuments(context);
    const titles = split.documents.map((d) => d.title?.text);
    // the articles are the contents entries whose title line stands in the body, in order
    const inBody = (split.toc ?? []).filter((entry) => text.split('\n').slice(28).includes(entry.title)).map((entry) => entry.title);
    expect(titles).toEqual(inBody);
    expect(split.toc).toHaveLength(26);
    expect(split.toc?.filter((entry) => entry.present)).toHaveLength(titles.length);
    const missing = context.file.messages.filter((m) => m.ruleId === 'split:missing-article');
    expect(missing).toHaveLength(26 - titles.length);
    expect(missing[0]?.reason).toContain(lineOf(text, 12).replace(/^\d+\./, '').replace(/\d+$/, ''));
    // each article opens at its headline, the short line above its title
    const first = split.documents[0];
    expect(first?.headline?.text).toBe(lineOf(text, 29));
    expect(text.slice(first?.start, first?.end).split('\n')[0]).toBe(lineOf(text, 29));
  });

  it('leaves trailing web boilerplate to no document', () => {
    const text = seedText(SEED.compilation);
    const context = fileContextOf(text);
    const split = splitDocuments(context);
    const all = text.split('\n');
    const firstBoilerplate = all.findIndex((line) => line.startsWith('微信扫一扫')) + 1;
    const lastContent = all.findLastIndex((line) => line.trim() !== '') + 1;
    expect(split.boilerplate).toEqual([firstBoilerplate, lastContent]);
    const last = split.documents.at(-1);
    expect(context.locator.point(last?.end ?? 0).line).toBe(firstBoilerplate);
  });
});

describe('splitDocuments on web copies and compilations without contents', () => {
  it('takes the plan’s title, not the site’s menu entries above it', () => {
    const split = splitDocuments(fileContextOf('网站首页\n政务公开\n规划计划\n定西市安定区“十四五”教育事业发展规划\n一、发展基础\n'));
    expect(split.documents[0]?.title?.text).toBe('定西市安定区“十四五”教育事业发展规划');
  });

  it('takes the plan’s title, not the site’s navigation path above it', () => {
    const split = splitDocuments(fileContextOf('首页 > 政务公开 > 规划计划\n临汾市“十四五”教育事业发展规划\n发布时间：2021-12-30 来源：市教育局\n一、发展基础\n'));
    expect(split.documents.map((document) => document.title?.text)).toEqual(['临汾市“十四五”教育事业发展规划']);
  });

  it('gives a notice that names its plan without 《》 to the plan, never joining the sign-off date to the title', () => {
    const text = ['甘州区人民政府办公室关于印发甘州区“十四五”教育事业发展规划的通知', '各乡镇人民政府，区直各部门：', '现将甘州区“十四五”教育事业发展规划印发给你们，请认真贯彻执行。', '甘州区人民政府办公室', '2021年12月30日', '甘州区“十四五”教育事业发展规划', '一、发展基础'].join('\n');
    const [document] = splitDocuments(fileContextOf(text)).documents;
    expect(document?.title?.text).toBe('甘州区“十四五”教育事业发展规划');
    expect(document?.wrapper?.start).toBe(0);
  });

  it('joins the period line under a wrapped plan’s title though the notice quotes the name without it', () => {
    const text = ['关于印发《华池县“十四五”教育事业发展规划》的通知', '现将《华池县“十四五”教育事业发展规划》印发给你们。', '华池县人民政府办公室', '2022年1月20日', '华池县“十四五”教育事业发展规划', '（2021—2025年）', '一、发展基础'].join('\n');
    expect(splitDocuments(fileContextOf(text)).documents[0]?.title?.text).toBe('华池县“十四五”教育事业发展规划（2021—2025年）');
  });

  it('leaves the # of a Markdown title out of the title', () => {
    const split = splitDocuments(fileContextOf('# 平凉市“十四五”教育发展规划\n\n## 第一章 发展基础\n'));
    expect(split.documents[0]?.title?.text).toBe('平凉市“十四五”教育发展规划');
  });

  it('joins a period printed on the line under the title, but not a draft mark (seed 001)', () => {
    const split = splitDocuments(fileContextOf('酒泉市教育事业发展规划\n（2021—2025年）\n一、发展环境\n'));
    expect(split.documents[0]?.title?.text).toBe('酒泉市教育事业发展规划（2021—2025年）');
    expect(splitDocuments(fileContextOf(seedText(SEED.minle))).documents[0]?.title?.text).toBe(lineOf(seedText(SEED.minle), 1));
  });

  it('splits speeches with dated titles into one document each, a —— subtitle joined to its title', () => {
    const text = ['奋力谱写教育强市建设新篇章', '——在全市教育大会上的讲话', '（2023年5月10日）', '同志们：', '一、充分肯定成绩', '在全市教育系统党建工作会议上的讲话', '（2023年6月16日）', '同志们：'].join('\n');
    const titles = splitDocuments(fileContextOf(text)).documents.map((document) => document.title?.text);
    expect(titles).toEqual(['奋力谱写教育强市建设新篇章——在全市教育大会上的讲话', '在全市教育系统党建工作会议上的讲话']);
  });

  it('leaves a compilation’s own name above its first dated article to no article, but no paragraph', () => {
    const speeches = ['在全市教育大会上的讲话', '（2023年5月10日）', '同志们：', '在全市教育系统党建工作会议上的讲话', '（2023年6月16日）', '同志们：'];
    const named = splitDocuments(fileContextOf(['2023年领导讲话汇编', ...speeches].join('\n'))).documents;
    expect(named.map((document) => document.title?.text)).toEqual(['在全市教育大会上的讲话', '在全市教育系统党建工作会议上的讲话']);
    const afterParagraph = splitDocuments(fileContextOf(['为做好全年工作，现将讲话印发如下。', ...speeches].join('\n'))).documents;
    expect(afterParagraph).toHaveLength(1);
  });

  it('keeps a plan with one dated cover title whole', () => {
    const text = '临夏州教育发展规划\n（2022年3月1日）\n一、发展基础\n二、主要任务\n';
    expect(splitDocuments(fileContextOf(text)).documents).toHaveLength(1);
  });
});

describe('findTrailingBoilerplate', () => {
  it('takes in boilerplate lines whose long address or notice wrapped', () => {
    const tail = seedText(SEED.compilation).split('\n').slice(-10).join('\n').replace(/[^\n]{30}(?=[^\n])/g, '$&\n');
    const lines = splitLines(tail);
    const first = findTrailingBoilerplate(lines);
    expect(lines[first ?? -1]?.text).toMatch(/^微信扫一扫/);
  });

  it('takes in a footer that opens with 【打印本页】 and names the site’s owner', () => {
    const text = '三、保障措施\n加强组织领导。\n【打印本页】【关闭窗口】\n扫一扫在手机打开当前页\n主办单位：定西市安定区人民政府办公室';
    expect(findTrailingBoilerplate(splitLines(text))).toBe(2);
  });

  it('finds none after the last paragraph of a plan', () => {
    expect(findTrailingBoilerplate(splitLines(seedText(SEED.zhangye15)))).toBeNull();
  });
});

describe('findTableOfContents', () => {
  it('reads entries with their group, number, title and page, a title ending in digits included', () => {
    const text = linesOf(seedText(SEED.compilation), 1, 28);
    const toc = findTableOfContents(splitLines(text));
    expect(toc?.entries).toHaveLength(26);
    expect(toc?.entries[7]).toMatchObject({ group: '一、教育高质量发展', seq: 8, title: '岳阳市2025年教育事业高质量发展综述', page: 26 });
    expect(toc?.entries[16]).toMatchObject({ group: '二、教师队伍建设', seq: 17, page: 63 });
  });

  it('does not take a run of numbered tasks for contents', () => {
    const text = linesOf(seedText(SEED.zhangye15), 81, 89);
    expect(findTableOfContents(splitLines(text))).toBeNull();
  });
});

describe('findBareContents', () => {
  it('takes the lines after 目录 up to where the first entry is printed again', () => {
    const text = '庆阳市教育规划\n目  录\n第一章 发展基础\n第二章 总体要求\n第三章 主要任务\n第一章　发展基础\n一、发展基础。成效显著。';
    const contents = findBareContents(splitLines(text));
    expect(contents?.entries.map((entry) => entry.title)).toEqual(['第一章 发展基础', '第二章 总体要求', '第三章 主要任务']);
    expect(contents?.endLine).toBe(5);
  });

  it('finds none when the first entry never comes back or a paragraph follows 目录', () => {
    expect(findBareContents(splitLines('目录\n第一章 发展基础\n第二章 总体要求\n第三章 主要任务\n'))).toBeNull();
    expect(findBareContents(splitLines('目录\n本规划共四章。\n第一章 发展基础\n'))).toBeNull();
  });
});

describe('looksLikeTitle', () => {
  it.each([
    ['张掖市“十五五”教育发展规划', true],
    ['民乐县全面推进教育强县建设实施方案', true],
    ['西藏教育跨越式发展综述', true],
    ['某某县教育事业发展规划（2021—2025年）', true],
    ['关于印发《青铜峡市教育事业发展“十四五”规划》的通知', false],
    ['一、发展基础', false],
    ['首页 > 政务公开 > 规划计划', false], // a site's navigation path, though it ends in 计划
    ['规划计划', false], // a site's menu entry
    ['# 平凉市“十四五”教育发展规划', true], // a title converted to Markdown
    ['“十五五”时期是教育强国建设的关键时期。为加快建设高质量教育体系，制定本规划。', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeTitle(line)).toBe(expected);
  });
});

describe('a plan with its own contents', () => {
  const plan = [
    '某某县“十五五”教育发展规划',
    '目  录',
    '第一章 发展基础……………………1',
    '第二章 总体要求……………………5',
    '第三章 主要任务 9',
    '第一章 发展基础',
    '“十四五”期间，全县教育事业取得长足进步。',
    '第二章 总体要求',
    '坚持以人民为中心发展教育。',
    '第三章 主要任务',
    '一、促进学前教育普惠发展。扩大普惠性资源。',
  ].join('\n');

  it('is one document whose contents are kept apart from its chapters', () => {
    const context = fileContextOf(plan);
    const split = splitDocuments(context);
    expect(split.documents).toHaveLength(1);
    expect(split.toc).toBeUndefined();
    const contents = split.documents[0]?.contents;
    expect(plan.slice(contents?.start, contents?.end).split('\n')).toEqual(plan.split('\n').slice(1, 5));
  });
});
