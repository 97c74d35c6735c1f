/**
 * Every diagnostic the pipeline can raise, with what it means. The README's list of rule ids is
 * this table; a rule id is `source:problem`, kebab-case.
 */
export const RULES = {
  'read:empty': 'The file is empty.',
  'read:blank': 'The file holds only white space.',
  'read:binary': 'The file is not text (NUL or control bytes).',
  'read:undecodable': 'The file is in an encoding that is not read (UTF-8, UTF-16, GB18030/GBK, Big5 are).',
  'read:truncated-utf8': 'The file ends inside a UTF-8 character; the incomplete bytes were dropped.',
  'read:unreadable': 'The file could not be read (missing, permissions, a directory).',
  'normalize:encoding-damage': 'A `?` or U+FFFD left by an earlier bad encoding step; it is kept out of every value.',
  'split:no-title': 'No line reads as a plan title (…规划, …纲要, …实施方案); the first line is taken as the title.',
  'split:missing-article': 'An entry of the table of contents has no article in the body.',
  'outline:skipped-number': 'A numbered item does not follow its predecessor (a number is skipped or repeated).',
  'tables:ragged-row': 'A table row has more or fewer cells than its header.',
  'tables:unit-mismatch': 'A cell\'s unit contradicts the unit of its row; the row\'s unit is kept.',
  'tables:unparsed-value': 'A table cell holds no number that could be read.',
  'tables:truncated': 'A table ends before its last row is complete.',
  'validate:invalid-record': 'A record failed its schema and was left out of the output.',
  'extract:crash': 'An extractor failed on this file; its records are missing, the other extractors ran.',
} as const;

export type RuleId = keyof typeof RULES;

/** The rule ids, as a tuple for `z.enum`. */
export const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];
