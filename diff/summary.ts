import { ChangeKind, Entity, type Change, type DiffReport } from './change.ts';

/**
 * How many changes of each kind, per entity, in a fixed order (documents, outline, indicators,
 * targets; kinds in their schema order); kinds that did not occur are left out.
 *
 * @example summarize(changes) // [{entity: 'outline', kind: 'added', count: 1}, …]
 */
export function summarize(changes: Change[]): DiffReport['summary'] {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(`${change.entity}/${change.kind}`, (counts.get(`${change.entity}/${change.kind}`) ?? 0) + 1);
  return Entity.options.flatMap((entity) => ChangeKind.options.flatMap((kind) => {
    const count = counts.get(`${entity}/${kind}`);
    return count ? [{ entity, kind, count }] : [];
  }));
}
