import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../extractors/meta.ts';
import { Meta } from '../../dataset/schema.ts';
import { documentContext } from '../document-context.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { SEED, seedBytes, seedText } from '../seeds.ts';

describe('extractMeta', () => {
  it('reads seed 002: wrapper lines 1–5 with doc number, two issuers and date; title line 6', () => {
    const meta = extractMeta(documentContext(seedText(SEED.zhangye2035), { wrapper: [1, 5], title: 6 }));
    // Gold, in Simplified: 市委發〔2021〕35號, 中共張掖市委、張掖市人民政府, 2021-09-30, 2035, 張掖市.
    expect(meta).toMatchObject({
      issuer: '中共张掖市委、张掖市人民政府',
      issuers: ['中共张掖市委', '张掖市人民政府'],
      date: '2021-09-30',
      docNumber: '市委发〔2021〕35号',
      period: '2035',
      region: '张掖市',
      kind: '纲要',
    });
    expect(meta.draft).toBeUndefined();
  });

  it('reads seed 004: the wrapper date wins over the closing 印发 month (gold 2022-10-25)', () => {
    const meta = extractMeta(documentContext(seedText(SEED.qingtongxia), { wrapper: [3, 15], title: 17 }));
    expect(meta).toMatchObject({ issuer: '青铜峡市人民政府办公室', date: '2022-10-25', period: '十四五', region: '青铜峡市', kind: '规划' });
    expect(meta.docNumber).toBeUndefined();
  });

  it('falls back to the closing sign-off when there is no wrapper', () => {
    const meta = extractMeta(documentContext(seedText(SEED.qingtongxia), { title: 17 }));
    expect(meta).toMatchObject({ issuer: '青铜峡市人民政府办公室', date: '2022-10' });
  });

  it('takes the day from the closing sign-off when the cover gives only its month', () => {
    const text = ['环县“十四五”教育事业发展规划', '环县教育局', '二〇二一年十月', '一、发展基础。成效显著。', '环县教育局', '2021年10月20日'].join('\n');
    expect(extractMeta(documentContext(text, { title: 1 }))).toMatchObject({ issuer: '环县教育局', date: '2021-10-20' });
    const otherMonth = text.replace('2021年10月20日', '2021年11月2日');
    expect(extractMeta(documentContext(otherMonth, { title: 1 })).date).toBe('2021-10');
  });

  it('reads seed 001: the draft mark under the title, no issuer, date or period', () => {
    const meta = extractMeta(documentContext(seedText(SEED.minle), { title: 1 }));
    expect(meta).toEqual({ region: '民乐县', draft: true, draftLabel: '意见征求稿', kind: '实施方案' });
  });

  it('reads seed 000: period and region from the title, nothing else stated', () => {
    const meta = extractMeta(documentContext(seedText(SEED.zhangye15), { title: 2 }));
    expect(meta).toEqual({ period: '十五五', region: '张掖市', kind: '规划' });
  });

  it('reads an article of seed 003: headline, the dated line under the title, region; no period', () => {
    const meta = extractMeta(documentContext(seedText(SEED.compilation), { headline: 29, title: 30, lines: [29, 67] }));
    expect(meta).toEqual({ headline: '春风化雨润红城教育沃土绽芳华', date: '2025-09-11', region: '遵义市', kind: '综述' });
  });

  it('reads the article 西藏教育跨越式发展综述 as 西藏自治区, which its body writes', () => {
    const meta = extractMeta(documentContext(seedText(SEED.compilation), { headline: 69, title: 70, lines: [69, 107] }));
    expect(meta).toMatchObject({ date: '2025-09-01', region: '西藏自治区' });
  });

  it('reads a notice with a one-line masthead, Chinese-numeral date and a range period', () => {
    const text = [
      '宁政办发〔2021〕60号',
      '中共宁县县委办公室 宁县人民政府办公室关于印发《宁县教育事业发展规划（2021—2025年）》的通知',
      '各乡镇党委、人民政府，县直各部门：',
      '现将《宁县教育事业发展规划（2021—2025年）》印发给你们，请认真贯彻落实。',
      '二〇二一年九月三十日',
      '宁县教育事业发展规划（2021—2025年）',
      '为推动全县教育高质量发展，制定本规划。',
    ].join('\n');
    const meta = extractMeta(documentContext(text, { wrapper: [1, 5], title: 6 }));
    expect(meta).toEqual({
      issuer: '中共宁县县委办公室、宁县人民政府办公室',
      issuers: ['中共宁县县委办公室', '宁县人民政府办公室'],
      date: '2021-09-30',
      docNumber: '宁政办发〔2021〕60号',
      period: '2021—2025',
      region: '宁县',
      kind: '规划',
    });
  });

  it('reads a plan whose title opens with its issuer, and its number printed under the title', () => {
    const text = ['昌黎县人民政府关于统筹推进县域内城乡义务教育一体化改革发展的实施意见', '(昌政字〔2018〕5号)', '各乡镇人民政府，县政府各部门：'].join('\n');
    expect(extractMeta(documentContext(text, { title: 1 }))).toEqual({
      issuer: '昌黎县人民政府', issuers: ['昌黎县人民政府'], docNumber: '昌政字〔2018〕5号', region: '昌黎县', kind: '意见',
    });
  });

  it('reads a disclosure header before the title', () => {
    const text = ['发文机关：张掖市人民政府办公室  成文日期：2021-09-30', '文号：张政办发〔2021〕60号', '张掖市学前教育发展提升行动计划', '为推进学前教育普及普惠，制定本计划。'].join('\n');
    expect(extractMeta(documentContext(text, { wrapper: [1, 2], title: 3 }))).toEqual({
      issuer: '张掖市人民政府办公室', issuers: ['张掖市人民政府办公室'], date: '2021-09-30', docNumber: '张政办发〔2021〕60号', region: '张掖市', kind: '行动计划',
    });
  });

  it('gives records that validate against the Meta schema', () => {
    const meta = extractMeta(documentContext(seedText(SEED.zhangye2035), { wrapper: [1, 5], title: 6 }));
    expect(Meta.safeParse(meta).success).toBe(true);
  });
});

describe('extractMeta behind the splitter', () => {
  const metaOf = (stem: string) => {
    const result = extractFile({ path: `corpus/${stem}.txt`, bytes: seedBytes(stem) });
    return result.status === 'ok' ? result.extraction.documents.map((document) => document.meta) : [];
  };

  it('finds the scored fields of the single-plan seeds (the gold, in Simplified)', () => {
    expect(metaOf(SEED.zhangye15)).toMatchObject([{ period: '十五五', region: '张掖市' }]);
    expect(metaOf(SEED.minle)).toMatchObject([{ draft: true, region: '民乐县' }]);
    expect(metaOf(SEED.zhangye2035)).toMatchObject([
      { issuer: '中共张掖市委、张掖市人民政府', date: '2021-09-30', docNumber: '市委发〔2021〕35号', period: '2035', region: '张掖市' },
    ]);
    expect(metaOf(SEED.qingtongxia)).toMatchObject([{ issuer: '青铜峡市人民政府办公室', date: '2022-10-25', period: '十四五', region: '青铜峡市' }]);
  });

  it('dates and places every article of the compilation, and gives none of them a period', () => {
    const metas = metaOf(SEED.compilation);
    expect(metas.map((meta) => meta.region)).toEqual(['遵义市', '西藏自治区', '德州', '张掖市', '通辽市', '普洱市', '乌海市', '岳阳市', '龙岩市', '金昌市']);
    expect(metas.map((meta) => meta.date)).toEqual([
      '2025-09-11', '2025-09-01', '2025-09-10', '2025-09-10', '2025-09-10', '2025-09-09', '2025-09-10', '2025-09-10', '2025-09-09', '2025-09-10',
    ]);
    expect(metas.filter((meta) => meta.period !== undefined || meta.issuer !== undefined)).toEqual([]);
  });
});
