import { diffExtractions } from '../../diff/diff-extractions.ts';
import type { DiffReport } from '../../diff/change.ts';
import { SEED, lineOf, seedText } from '../seeds.ts';
import { documentOf, extractionOf, itemOf, tableOf, valueOf } from './build.ts';

/**
 * A small report for the renderers' tests: seed 000's tasks （一）…（三） of 第三部分 一、 in a draft
 * and in a final text where （二） was reworded, （三） dropped and a task added, the draft mark
 * gone and a table value changed.
 */
export function sampleReport(): DiffReport {
  const text = seedText(SEED.zhangye15);
  const [a, b, c] = [196, 197, 198].map((line) => itemOf(lineOf(text, line), line, { id: `d#${line}` }));
  const reworded = { ...b!, title: b!.title.replace('持续深化', '全面深化') };
  const added = itemOf('（三）健全教育督导问责长效机制。完善督政、督学、评估监测体系', 199, { id: 'd#199' });
  const table = (raw: string, value: number) => [tableOf('d#1/t1', [['学前三年毛入园率', '%', [valueOf(2025, raw, value, 15)]]])];
  const old = documentOf({ meta: { draft: true, draftLabel: '征求意见稿' }, outline: [a!, b!, c!], tables: table('99.54%', 99.54) });
  const now = documentOf({ meta: {}, outline: [a!, reworded, added], tables: table('99.6%', 99.6) });
  return diffExtractions(extractionOf([old], 'draft.txt'), extractionOf([now], 'final.txt'));
}
