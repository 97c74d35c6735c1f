import { extractFile } from '../pipeline/extract-file.ts';
import { adversarialLine } from '../test/adversarial-lines.ts';

/** How the time per character of one adversarial line changed from a short line to a long one. */
export interface LinearTimeCheck {
  piece: string;
  /** Nanoseconds per character on the short and on the long line. */
  shortNs: number;
  longNs: number;
  /** longNs / shortNs: about 1 for linear work, the length ratio (8) for quadratic. */
  growth: number;
  ok: boolean;
}

/** Growth in time per character above which the work is taken as worse than linear. */
const MOST_GROWTH = 3;

/**
 * Runs the whole pipeline on lines of `short` and `long` characters of each piece and compares
 * the time per character (best of three runs each, to shed noise). With 8× the length, linear
 * work keeps the time per character; quadratic multiplies it by 8; a catastrophic pattern never
 * finishes. Timed here, in the bench, never in a test.
 */
export function checkLinearTime(pieces: Record<string, string>, short = 50_000, long = 400_000): LinearTimeCheck[] {
  return Object.entries(pieces).map(([piece, text]) => {
    const shortNs = bestNsPerCharacter(adversarialLine(text, short));
    const longNs = bestNsPerCharacter(adversarialLine(text, long));
    const growth = longNs / shortNs;
    return { piece, shortNs, longNs, growth, ok: growth <= MOST_GROWTH };
  });
}

function bestNsPerCharacter(line: string): number {
  const bytes = Buffer.from(`教育发展规划\n${line}\n`);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    extractFile({ path: 'adversarial.txt', bytes });
    best = Math.min(best, performance.now() - started);
  }
  return (best * 1e6) / line.length;
}
