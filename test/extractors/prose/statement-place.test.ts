import { describe, expect, it } from 'vitest';
import { seedDocuments } from '../../prose-context.ts';
import { seedText, SEED } from '../../seeds.ts';

describe('statementPlace', () => {
  it('puts line and column on the number and the position over the clause printed as raw', () => {
    const original = seedText(SEED.qingtongxia);
    const targets = seedDocuments(SEED.qingtongxia)[0]!.targets;
    const target = targets.find((t) => t.line === 150 && t.value === 20)!;
    // 15%和 20%。 — the 2 of 20 is the 7th character of line 150.
    expect(target.column).toBe(original.split('\n')[149]!.indexOf('20') + 1);
    for (const record of targets) {
      const printed = original.slice(record.position.start.offset, record.position.end.offset).replace(/\s+/g, '');
      expect(printed).toBe(record.raw);
    }
  });

  it('gives the original script of the name and the clause of a Traditional source', () => {
    const target = seedDocuments(SEED.zhangye2035)[0]!.targets[0]!;
    expect(target.original).toEqual({ name: '國家級骨干專業', raw: '打造5個國家級骨干專業和10個省級骨干專業' });
  });
});
