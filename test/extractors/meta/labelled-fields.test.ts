import { describe, expect, it } from 'vitest';
import { readLabelledFields } from '../../../extractors/meta/labelled-fields.ts';

describe('readLabelledFields', () => {
  it('reads issuer, date and doc number of a disclosure header', () => {
    const header = [
      '索引号：11620700MB1234567X/2021-00123  主题分类：教育',
      '发文机关：张掖市人民政府办公室  成文日期：2021-09-30',
      '文号：张政办发〔2021〕60号  发布日期：2021-10-08',
    ];
    expect(readLabelledFields(header)).toEqual({ issuers: ['张掖市人民政府办公室'], date: '2021-09-30', docNumber: '张政办发〔2021〕60号' });
  });

  it('reads a date written with 年月日 or slashes', () => {
    expect(readLabelledFields(['成文日期: 2022年07月19日']).date).toBe('2022-07-19');
    expect(readLabelledFields(['成文日期：2022/7/9']).date).toBe('2022-07-09');
  });

  it('takes neither the publisher nor the posting date for the issuer and the date', () => {
    expect(readLabelledFields(['发布机构: 莱山区教育和体育局 组配分类: 文字解读', '发布日期: 2022-07-19'])).toEqual({});
  });

  it('reads nothing from prose', () => {
    expect(readLabelledFields(['为全面贯彻落实《中国教育现代化2035》，制定本纲要。'])).toEqual({});
  });
});
