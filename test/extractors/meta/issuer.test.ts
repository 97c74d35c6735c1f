import { describe, expect, it } from 'vitest';
import { isOrganName, parseIssuerLine } from '../../../extractors/meta/issuer.ts';
import { normalize } from '../../../pipeline/normalize.ts';
import { SEED, lineOf, seedText } from '../../seeds.ts';

describe('parseIssuerLine', () => {
  it('splits two organs joined by `??` damage (seed 002 line 4; gold 中共張掖市委、張掖市人民政府)', () => {
    expect(parseIssuerLine(normalize(lineOf(seedText(SEED.zhangye2035), 4)).text)).toEqual(['中共张掖市委', '张掖市人民政府']);
  });

  it('reads a single organ (seed 004 line 11)', () => {
    expect(parseIssuerLine(lineOf(seedText(SEED.qingtongxia), 11))).toEqual(['青铜峡市人民政府办公室']);
  });

  it('reads organs separated by spaces or 、', () => {
    expect(parseIssuerLine('中共民乐县委办公室  民乐县人民政府办公室')).toEqual(['中共民乐县委办公室', '民乐县人民政府办公室']);
    expect(parseIssuerLine('甘肃省教育厅、甘肃省财政厅')).toEqual(['甘肃省教育厅', '甘肃省财政厅']);
    expect(parseIssuerLine('中共中央  国务院')).toEqual(['中共中央', '国务院']);
  });

  it('refuses addressee lists, sentences and headings', () => {
    const text = seedText(SEED.zhangye2035);
    expect(parseIssuerLine(normalize(lineOf(text, 2)).text)).toBeNull();
    expect(parseIssuerLine(normalize(lineOf(text, 3)).text)).toBeNull();
    expect(parseIssuerLine(lineOf(seedText(SEED.minle), 6))).toBeNull(); // 一、总体目标
    expect(parseIssuerLine('')).toBeNull();
  });
});

describe('isOrganName', () => {
  it('knows organ endings', () => {
    expect(isOrganName('国务院')).toBe(true);
    expect(isOrganName('县委教育工作领导小组')).toBe(true);
    expect(isOrganName('组织实施')).toBe(false);
    expect(isOrganName('市委')).toBe(false);
  });
});
