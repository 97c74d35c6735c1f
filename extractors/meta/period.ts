/**
 * The ways a title names the span a plan covers, each in the form the dataset keeps:
 * - a five-year plan, quoted or not: `“十五五”`, `十四五` → 十五五, 十四五;
 * - a year range: `（2021—2025年）`, `2021-2025年` → 2021—2025 (the dash as the gold writes it);
 * - a horizon year written as a label, not as a date: `现代化2035` → 2035, `2035年远景目标` → 2035
 *   (`2025年` alone is a date).
 * A span followed by 以来 (`“十四五”以来…综述`) is the time a review looks back on, not a plan's
 * own period.
 */
const FIVE_YEAR = /十[一二三四五六七八九]五/gu;
const RANGE = /(?<!\d)(\d{4}) ?[—–\-－~～至到]{1,2} ?(\d{4})(?!\d)/gu;
// A year that is one end of a range is the range's, not a horizon of its own.
const HORIZON_YEAR = /(?<![\d—–\-－~～至到] ?)(20\d{2})(?!\d|年(?!远景)| ?[—–\-－~～至到])/gu;

const LOOKING_BACK = /^[”"’]?(?:以来|来)/u;

/** A period found in a title, with where it starts (to keep the first when a title has two). */
interface Found {
  period: string;
  index: number;
}

/**
 * The plan period a title states, or null. When a title names two (`“十四五”规划（2021—2025年）`),
 * the first is kept.
 *
 * @example periodOf('张掖教育现代化2035行动纲要') // '2035'
 */
export function periodOf(title: string): string | null {
  const found: Found[] = [
    ...matches(title, FIVE_YEAR, (match) => match[0]),
    ...matches(title, RANGE, (match) => `${match[1]}—${match[2]}`),
    ...matches(title, HORIZON_YEAR, (match) => match[1] ?? ''),
  ];
  return found.toSorted((a, b) => a.index - b.index)[0]?.period ?? null;
}

function matches(title: string, pattern: RegExp, periodOfMatch: (match: RegExpMatchArray) => string): Found[] {
  const found: Found[] = [];
  for (const match of title.matchAll(pattern)) {
    const after = title.slice(match.index + match[0].length);
    if (LOOKING_BACK.test(after)) continue;
    found.push({ period: periodOfMatch(match), index: match.index });
  }
  return found;
}
