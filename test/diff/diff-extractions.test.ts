import { describe, expect, it } from 'vitest';
import type { FileExtraction } from '../../dataset/schema.ts';
import { DiffReport } from '../../diff/change.ts';
import { diffExtractions } from '../../diff/diff-extractions.ts';
import { normalizeIndicatorName } from '../../diff/indicator-names.ts';
import { noteOf } from '../../diff/observations.ts';
import { renderMarkdown } from '../../diff/render-markdown.ts';
import { bigramsOf, dice, roundScore } from '../../diff/similarity.ts';
import { extractFile } from '../../pipeline/extract-file.ts';
import { convertToSimplified } from '../../pipeline/script-conversion.ts';
import { SEED, seedText } from '../seeds.ts';
import { INSERTED_TITLE, editedCopies, goldOf, type ExpectedChange } from './seed-edits.ts';

function extract(text: string, path = 'plan.txt'): FileExtraction {
  const result = extractFile({ path, bytes: Buffer.from(text) });
  if (result.status !== 'ok') throw new Error(result.reason);
  return result.extraction;
}

const EDITED_SEEDS: string[] = [SEED.zhangye15, SEED.zhangye2035, SEED.qingtongxia];
const edits = new Map(EDITED_SEEDS.map((stem) => {
  const copies = editedCopies(stem, seedText(stem));
  return [stem, { ...copies, report: diffExtractions(extract(copies.old, 'old.txt'), extract(copies.new, 'new.txt')) }];
}));
const editOf = (stem: string) => edits.get(stem)!;

const shape = (c: { entity: string; kind: string; label: string }) => `${c.entity} ${c.kind} ${c.label}`;
const expectExactly = (report: DiffReport, expected: ExpectedChange[], entity: string) => {
  const changes = report.changes.filter((c) => c.entity === entity);
  const wanted = expected.filter((c) => c.entity === entity);
  expect(changes.map(shape).toSorted()).toEqual(wanted.map(shape).toSorted());
  for (const want of wanted) {
    const change = changes.find((c) => shape(c) === shape(want))!;
    if ('from' in want && want.from !== undefined) expect(change.from).toBe(want.from);
    if ('to' in want && want.to !== undefined) expect(change.to).toBe(want.to);
    if (want.oldLine !== undefined) expect(change.old[0]?.line).toBe(want.oldLine);
    if (want.newLine !== undefined) expect(change.new[0]?.line).toBe(want.newLine);
  }
};

describe('diffExtractions on the seeds', () => {
  it.each(Object.values(SEED))('reports no change for seed %s against itself', (stem) => {
    // Two extractions, under two names, so that ids differ and nothing is shared by reference.
    const report = diffExtractions(extract(seedText(stem), 'a/plan.txt'), extract(seedText(stem), 'b/copy.txt'));
    expect(report.changes).toEqual([]);
    expect(report.summary).toEqual([]);
    expect(DiffReport.safeParse(report).success).toBe(true);
  });

  describe.each(EDITED_SEEDS)('seed %s against an edited copy', (stem) => {
    it('reports the inserted, removed, reworded and swapped tasks, and no other outline change', () => {
      expectExactly(editOf(stem).report, editOf(stem).expected, 'outline');
    });

    it('shows the rewording as a character diff of the title', () => {
      const reworded = editOf(stem).report.changes.find((c) => c.kind === 'reworded');
      expect(reworded?.diff?.title.filter((s) => s.op !== 'equal')).toEqual([{ op: 'insert', text: '全面' }]);
      expect(reworded?.diff?.body.every((s) => s.op === 'equal')).toBe(true);
    });

    it('reports the one indicator value changed, old → new', () => {
      expectExactly(editOf(stem).report, editOf(stem).expected, 'indicator');
    });

    it('reports the draft mark removed as the one document change', () => {
      expectExactly(editOf(stem).report, editOf(stem).expected, 'document');
      expect(editOf(stem).report.changes.find((c) => c.entity === 'document')?.from).toContain('征求意见稿');
    });

    it('reports no change of the prose targets, which were not edited', () => {
      expect(editOf(stem).report.changes.filter((c) => c.entity === 'target')).toEqual([]);
    });

    it('reports exactly those changes and nothing else', () => {
      const { report, expected } = editOf(stem);
      expect(report.changes.map(shape).toSorted()).toEqual(expected.map(shape).toSorted());
      expect(report.summary.reduce((sum, s) => sum + s.count, 0)).toBe(expected.length);
    });
  });

  it('reports seed 001, a draft, against its text without the draft mark as exactly the draft mark dropped', () => {
    const draft = seedText(SEED.minle);
    const final = draft.replace('（意见征求稿）\n', '');
    expect(final).not.toBe(draft);
    const report = diffExtractions(extract(draft), extract(final));
    expect(report.changes).toEqual([expect.objectContaining({ entity: 'document', kind: 'metadata-changed', label: 'draft', to: null })]);
    expect(report.changes[0]!.from).toContain('意见征求稿');
  });

  describe('seed 002 (张掖 2035 outline) against seed 000 (张掖 十五五 plan)', () => {
    const report = diffExtractions(extract(seedText(SEED.zhangye2035), 'old.txt'), extract(seedText(SEED.zhangye15), 'new.txt'));
    const key = (name: string) => normalizeIndicatorName(convertToSimplified(name).text);
    const figure = (v: { value: number | null; comparator: string | null; raw: string }, unit: string | null) => {
      const note = noteOf(v.raw);
      return v.value === null ? v.raw : `${v.comparator ?? ''}${v.value}${unit ?? ''}${note === null ? '' : ` (${note})`}`;
    };

    it('pairs every indicator the two tables share by name and compares its 张掖市 values year by year', () => {
      const [older, newer] = [goldOf(SEED.zhangye2035).documents[0]!, goldOf(SEED.zhangye15).documents[0]!];
      const newRows = newer.tables.flatMap((t) => t.rows);
      let checked = 0;
      for (const row of older.tables.flatMap((t) => t.rows)) {
        const partners = newRows.filter((r) => key(r.name) === key(row.name));
        for (const cell of row.values.filter((v) => v.scope === '張掖市')) {
          const counterparts = partners.flatMap((r) => r.values.filter((v) => v.year === cell.year).map((v) => figure(v, r.unit)));
          if (counterparts.length === 0) continue;
          const comparison = report.comparisons.find((c) => c.entity === 'indicator' && key(c.oldName) === key(row.name) && c.year === cell.year && c.scope === '张掖市');
          expect(comparison, `${row.name} ${cell.year}`).toBeDefined();
          expect(comparison!.from).toBe(figure({ ...cell, comparator: cell.comparator }, row.unit));
          expect(counterparts).toContain(comparison!.to);
          expect(comparison!.changed).toBe(comparison!.from !== comparison!.to);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(12);
    });

    it('pairs 学前教育毛入园率 with 学前三年毛入园率 for 2020, where no better name exists, with the score shown', () => {
      expect(report.comparisons).toContainEqual(expect.objectContaining({
        oldName: '学前教育毛入园率', newName: '学前三年毛入园率', year: 2020, scope: '张掖市',
        from: '99.51%', to: '99.51%', changed: false, score: roundScore(dice(bigramsOf('学前教育毛入园率'), bigramsOf('学前三年毛入园率'))),
      }));
    });

    it('reports the new title and period as document changes', () => {
      const document = report.changes.filter((c) => c.entity === 'document');
      expect(document.find((c) => c.label === 'title')).toMatchObject({ from: '张掖教育现代化2035行动纲要', to: '张掖市“十五五”教育发展规划' });
      expect(document.find((c) => c.label === 'period')).toMatchObject({ from: '2035', to: '十五五' });
    });
  });

  describe('the markdown report', () => {
    it('names each change of an edited seed with its lines, and shows the rewording', () => {
      const { report, expected } = editOf(SEED.zhangye15);
      const markdown = renderMarkdown(report);
      const added = expected.find((c) => c.kind === 'added')!;
      const removed = expected.find((c) => c.kind === 'removed')!;
      expect(markdown).toContain('| outline | added | 1 |');
      expect(markdown).toContain('| outline | removed | 1 |');
      expect(markdown).toContain('| outline | reworded | 1 |');
      expect(markdown).toContain('| outline | moved | 1 |');
      expect(markdown).toMatch(new RegExp(`\\*\\*added\\*\\* \\S*${INSERTED_TITLE} \\(new line ${added.newLine}\\)`));
      expect(markdown).toContain(`${removed.label} (old line ${removed.oldLine})`);
      expect(markdown).toContain('{+全面+}');
    });

    it('says there is no change for a seed against itself', () => {
      const extraction = extract(seedText(SEED.qingtongxia));
      expect(renderMarkdown(diffExtractions(extraction, extraction))).toContain('## Summary\n\nNo changes.\n');
    });
  });
});
