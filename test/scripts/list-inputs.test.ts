import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputs } from '../../scripts/list-inputs.ts';
import { folderWith } from '../folders.ts';

describe('listInputs', () => {
  it('follows a linked folder once and stops at a link back up the tree', async () => {
    const root = folderWith({ 'plans/a.txt': '规划', 'other/b.txt': '规划' });
    symlinkSync('..', join(root, 'plans', 'up')); // a loop: plans/up/plans/up/…
    symlinkSync(join(root, 'other'), join(root, 'plans', 'more'));
    const listed = await listInputs([join(root, 'plans'), join(root, 'other')]);
    expect(listed.map((f) => f.path.slice(root.length + 1))).toEqual(['plans/a.txt', 'plans/more/b.txt']);
  });

  it('gives the second file of a stem a stem of its own, and lists a missing path to report it', async () => {
    const root = folderWith({ 'x/plan.txt': '规划', 'y/plan.txt': '规划' });
    const listed = await listInputs([root, join(root, 'gone.txt')]);
    expect(listed.map((f) => [f.path.slice(root.length + 1), f.stem])).toEqual([['gone.txt', 'gone'], ['x/plan.txt', 'plan'], ['y/plan.txt', 'plan~2']]);
  });

  it('does not walk a folder it is told to skip (the output folder inside the inputs)', async () => {
    const root = folderWith({ 'a.txt': '规划', 'output/a.json': '{}' });
    const listed = await listInputs([root], [join(root, 'output')]);
    expect(listed.map((f) => f.path.slice(root.length + 1))).toEqual(['a.txt']);
  });
});
