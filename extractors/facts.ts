import type { DocumentContext } from '../pipeline/context.ts';
import type { Fact } from '../dataset/schema.ts';
import { findStatements } from './prose/statements.ts';
import { statementPlace } from './prose/statement-place.ts';

/**
 * The reported figures of a document's running text: results already reached
 * (`学前三年毛入园率达94.41%`, `新增学位19万个`, `近5年一般公共预算教育经费累计投入138.6亿元`),
 * with the name, value, unit and the year or period they refer to when the text states it.
 *
 * @example extractFacts(context)[0] // {name: '学前三年毛入园率', value: 94.41, unit: '%', year: null, …}
 */
export function extractFacts(context: DocumentContext): Fact[] {
  return findStatements(context)
    .filter((statement) => statement.mood === 'past')
    .map((statement, index) => ({
      id: `${context.documentId}/facts/${index + 1}`,
      name: statement.name,
      value: statement.quantity.value,
      unit: statement.quantity.unit,
      year: statement.year,
      period: statement.period,
      ...statementPlace(context, statement),
    }));
}
