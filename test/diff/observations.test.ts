import { describe, expect, it } from 'vitest';
import { formatFigure, noteOf, tableObservations, targetObservations } from '../../diff/observations.ts';
import { documentOf, tableOf, targetOf, valueOf } from './build.ts';

describe('tableObservations', () => {
  it('gives one observation per row and value, placed at the value\'s cell', () => {
    // Seed 002's first row, 张掖市 columns.
    const document = documentOf({ id: 'z#1', tables: [tableOf('z#1/t1', [['學前教育毛入園率', '%', [
      valueOf(2020, '99.51%', 99.51, 14, { scope: '張掖市' }), valueOf(2035, '>96%', 96, 15, { scope: '甘肅省', comparator: '>' }),
    ]]])] });
    expect(tableObservations(document).map((o) => [o.name, o.year, o.scope, o.ref.line, o.ref.documentId, o.ref.id])).toEqual([
      ['學前教育毛入園率', 2020, '張掖市', 14, 'z#1', 'z#1/t1/r1@2020/張掖市'],
      ['學前教育毛入園率', 2035, '甘肅省', 15, 'z#1', 'z#1/t1/r1@2035/甘肅省'],
    ]);
  });
});

describe('formatFigure', () => {
  const [observation] = targetObservations(documentOf({ targets: [targetOf('贯通培养专业比例', 2030, 80, '%', 100, { comparator: '>=' })] }));

  it('shows comparator, number and unit', () => {
    expect(formatFigure(observation!)).toBe('>=80%');
  });

  it('shows a cell without a number as printed, white space dropped', () => {
    // Seed 004's table: 通过自治区 评估认定.
    expect(formatFigure({ ...observation!, value: null, comparator: null, raw: '通过自治区 评估认定' })).toBe('通过自治区评估认定');
  });
});

describe('noteOf', () => {
  it.each([
    // Seed 002's cells, as printed.
    ['100% (基本均衡)', '基本均衡'],
    ['?95% (優質均衡)', '优质均衡'],
    ['99.51%', null],
  ])('reads the note of %s as %s', (raw, note) => {
    expect(noteOf(raw)).toBe(note);
  });
});
