/**
 * Orders strings by UTF-16 code units, the same on every machine (`localeCompare` depends on
 * the ICU locale, which would make output order differ between machines).
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
