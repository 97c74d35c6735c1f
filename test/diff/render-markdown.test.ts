import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderSegments } from '../../diff/render-markdown.ts';
import { diffExtractions } from '../../diff/diff-extractions.ts';
import { documentOf, extractionOf, itemOf } from './build.ts';
import { sampleReport } from './sample-report.ts';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleReport());

  it('opens with the two files and a summary count of each kind of change', () => {
    expect(markdown.startsWith('# Changes from `draft.txt` to `final.txt`\n')).toBe(true);
    expect(markdown).toContain([
      '| what | change | count |', '| --- | --- | ---: |',
      '| document | metadata-changed | 1 |', '| outline | added | 1 |', '| outline | removed | 1 |',
      '| outline | reworded | 1 |', '| indicator | value-changed | 1 |',
    ].join('\n'));
  });

  it('lists the draft mark dropped, the outline changes with their lines, and the rewording as a diff', () => {
    expect(markdown).toContain('- **draft**: 征求意见稿 → (none) (old line 1 → new line 1)');
    expect(markdown).toContain('- **added** （三）健全教育督导问责长效机制 (new line 199)');
    expect(markdown).toContain('- **removed** （三）完善家庭学校社会一体化协同育人体系 (old line 198)');
    expect(markdown).toMatch(/- \*\*reworded\*\* （二）全面深化“五育”并举 \(old line 197 → new line 197\) \(similarity 0\.\d+\)\n {2}- title: \[-持续-\]\{\+全面\+\}深化“五育”并举\n/);
  });

  it('tables the indicator change and every value compared, by year', () => {
    expect(markdown).toContain('| value-changed | 学前三年毛入园率 | 2025 |  | 99.54% | 99.6% |  | 15 | 15 |');
    expect(markdown).toContain('| 学前三年毛入园率 |  | 1 | 99.54% → 99.6% |');
  });
});

describe('renderMarkdown of markers', () => {
  it('spaces a marker that does not end in punctuation from its title', () => {
    // Seed 000 line 6 and line 95.
    const olds = [itemOf('第一部分发展基础和发展环境', 6), itemOf('——学前教育。推动“幼有善育”', 95, { id: 'd#95' })];
    const markdown = renderMarkdown(diffExtractions(extractionOf([documentOf({ outline: olds })]), extractionOf([documentOf({})])));
    expect(markdown).toContain('- **removed** 第一部分 发展基础和发展环境 (old line 6)');
    expect(markdown).toContain('- **removed** —— 学前教育 (old line 95)');
  });
});

describe('renderSegments', () => {
  it('keeps a few characters of context around an edit in a long unchanged stretch', () => {
    const shown = renderSegments([
      { op: 'equal', text: '深化“市县结合”的教育管理体制改革，建立学龄人口变化监测预警机制' },
      { op: 'insert', text: '和' },
      { op: 'equal', text: '学位供给调配机制，统筹城乡教育资源配置，推进集团化办学' },
    ]);
    // Twelve characters each side: 学龄人口变化监测预警机制 and 学位供给调配机制，统筹城.
    expect(shown).toBe('…学龄人口变化监测预警机制{+和+}学位供给调配机制，统筹城…');
  });
});
