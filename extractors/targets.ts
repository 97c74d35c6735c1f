import type { DocumentContext } from '../pipeline/context.ts';
import type { Target } from '../dataset/schema.ts';
import { findStatements } from './prose/statements.ts';
import { statementPlace } from './prose/statement-place.ts';

/**
 * The quantified targets written in a document's running text: one record per figure still to
 * reach (`到2027年，……学前三年毛入园率达到99.95%以上`), with the year its governing phrase sets,
 * the indicator's name, value, unit and comparator. Figures already reached are facts; goals
 * without a figure (通过国家评估认定) are neither.
 *
 * @example extractTargets(context)[0] // {year: 2027, name: '劳动年龄人口平均受教育年限', value: 10.5, unit: '年', …}
 */
export function extractTargets(context: DocumentContext): Target[] {
  return findStatements(context)
    .filter((statement) => statement.mood === 'future')
    .map((statement, index) => ({
      id: `${context.documentId}/targets/${index + 1}`,
      year: statement.year,
      name: statement.name,
      value: statement.quantity.value,
      unit: statement.quantity.unit,
      comparator: statement.comparator,
      approx: statement.quantity.approx,
      ...statementPlace(context, statement),
    }));
}
