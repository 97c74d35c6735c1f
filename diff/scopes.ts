import type { Document } from '../dataset/schema.ts';

/**
 * Whether two table values speak of the same place. Equal scopes do. A value without a scope
 * (a table with one column per year) speaks of the plan's own region, so it goes with the value
 * of another plan's table whose scope column is that region: `张掖市` in a table with columns
 * 甘肃省 / 张掖市 against a 张掖 plan's single column.
 *
 * @param home the scopes that name the plans' own regions (`homeScopes`)
 */
export function scopesAgree(a: string | null, b: string | null, home: Set<string>): boolean {
  if (a === b) return true;
  if (a === null) return b !== null && home.has(b);
  return b === null && home.has(a);
}

/**
 * The scopes that name either plan's own region: its stated region, or a scope its title
 * names, with or without the level suffix (`张掖市` in `张掖教育现代化2035行动纲要`).
 *
 * @param scopes every scope that occurs in the two documents' tables
 */
export function homeScopes(documents: Document[], scopes: Iterable<string>): Set<string> {
  const home = new Set<string>();
  const regions = documents.flatMap((d) => (d.meta.region ? [d.meta.region] : []));
  for (const scope of scopes) {
    const bare = scope.replace(/(?:省|市|县|区|自治区|自治州|州|盟|旗)$/u, '');
    const named = regions.includes(scope) || documents.some((d) => d.title.includes(scope) || (bare.length >= 2 && d.title.includes(bare)));
    if (named) home.add(scope);
  }
  return home;
}
