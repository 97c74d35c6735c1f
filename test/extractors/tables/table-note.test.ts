import { describe, expect, it } from 'vitest';
import { attributeOfMarks, markedAttributes, noteBelow } from '../../../extractors/tables/table-note.ts';
import { splitLines } from '../../../pipeline/lines.ts';

// A note as plans print it under a table that has no 属性 column.
const note = '注：带★的为约束性指标，其余为预期性指标。';

describe('noteBelow', () => {
  it('reads the note line right under the table, a blank line between allowed', () => {
    const text = ['学前教育毛入园率（%）\t90.5\t95', '', note, '四、主要任务'].join('\n');
    expect(noteBelow(splitLines(text), 1)).toBe(note);
  });

  it('reads a note kept as a row of pipes', () => {
    const text = ['| 学前教育毛入园率（%）★ | 90.5 | 95 |', `| ${note} | | |`].join('\n');
    expect(noteBelow(splitLines(text), 1)).toBe(note);
  });

  it('gives nothing for a heading or sentence after the table', () => {
    const text = ['学前教育毛入园率（%）\t90.5\t95', '四、主要任务'].join('\n');
    expect(noteBelow(splitLines(text), 1)).toBe('');
  });
});

describe('markedAttributes', () => {
  it('reads what a mark stands for and what the unmarked rows are', () => {
    const meaning = markedAttributes(note);
    expect([...meaning.marks]).toEqual([['★', '约束性']]);
    expect(meaning.others).toBe('预期性');
  });

  it('reads a quoted mark with 号 and a full-width asterisk as `*`', () => {
    expect([...markedAttributes('注：标“＊”号的为约束性指标').marks]).toEqual([['*', '约束性']]);
  });

  it('reads nothing from a note about sources', () => {
    expect(markedAttributes('注：数据来源于教育事业统计。').marks.size).toBe(0);
  });
});

describe('attributeOfMarks', () => {
  it('gives the marked attribute, the others one to unmarked names, null without a note', () => {
    const meaning = markedAttributes(note);
    expect(attributeOfMarks('★', meaning)).toBe('约束性');
    expect(attributeOfMarks('', meaning)).toBe('预期性');
    expect(attributeOfMarks('★', markedAttributes(''))).toBeNull();
  });
});
