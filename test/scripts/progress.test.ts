import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress } from '../../scripts/progress.ts';

describe('describeProgress', () => {
  it('tells files done, share, rate and time left', () => {
    // 500 files in 10 s is 50 files/s; 1,500 left take 30 s.
    expect(describeProgress(500, 2000, 10_000)).toBe('500/2000 files (25%), 50.0 files/s, ETA 0:30');
  });

  it('gives hours past an hour and no ETA before any file is done', () => {
    expect(describeProgress(1, 7201, 1000)).toContain('ETA 2:00:00');
    expect(describeProgress(0, 10, 0)).toContain('ETA ?');
  });
});

describe('createProgress', () => {
  it('without a terminal, prints a plain line at every tenth of the batch and passes other lines through', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress({ total: 20, log: (line) => lines.push(line), now: () => clock });
    for (let i = 0; i < 20; i++) {
      clock += 100;
      progress.advance();
      if (i === 0) progress.log('a.txt:1:1 error Unexpected … read:binary');
    }
    progress.finish();
    expect(lines[0]).toBe('a.txt:1:1 error Unexpected … read:binary');
    expect(lines.length).toBe(11);
    expect(lines[1]).toBe('2/20 files (10%), 10.0 files/s, ETA 0:02');
    expect(lines.at(-1)).toMatch(/^20\/20 files \(100%\)/);
  });

  it('on a terminal, redraws one bar in place and prints other lines above it', () => {
    let screen = '';
    let clock = 0;
    const progress = createProgress({ total: 4, terminal: { write: (text) => { screen += text; }, columns: 100 }, log: () => undefined, now: () => clock });
    clock = 1000;
    progress.advance();
    progress.log('b.txt:3:1 warning Unexpected … tables:ragged-row');
    clock = 1050; // too soon after the last redraw: not drawn
    progress.advance();
    clock = 2000;
    progress.advance();
    progress.advance(); // the last file is always drawn
    progress.finish();
    const frames = screen.split('\r\u001b[K').filter((frame) => frame !== '');
    expect(frames[0]).toMatch(/^\[#{10}-{30}\] 1\/4 files/);
    expect(frames[1]).toBe('b.txt:3:1 warning Unexpected … tables:ragged-row\n');
    expect(frames.some((frame) => frame.includes(' 2/4 '))).toBe(false);
    expect(frames.at(-1)).toMatch(/^\[#{40}\] 4\/4 files \(100%\).*\n$/);
  });
});
