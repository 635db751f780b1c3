import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rollupWorld, type RollupWorld } from './world';

let world: RollupWorld;
beforeEach(async () => {
  world = await rollupWorld();
});
afterEach(() => world.cleanup());

describe('reading draft folders', () => {
  it('reads each draft folder of a folder into a row of its form’s facts', async () => {
    await world.addSample('case-full', 'a-case');
    await world.addSample('case-unfinished', 'b-case');
    const run = await world.run();
    expect(run.cancelled).toBe(false);
    expect(run.rows.map((r) => [r.id, r.source, r.kind, r.form])).toEqual([
      ['r1', 'a-case', 'folder', 'case'],
      ['r2', 'b-case', 'folder', 'case'],
    ]);
    const [full, unfinished] = run.rows;
    expect(full).toMatchObject({
      unit: '上海市东滨区市场监督管理局',
      contact: '王立新',
      phone: '021-64220000转2479',
      formName: '计量创新案例',
      final: true,
      manifest: 'not-a-package',
      checksums: 'unchecked',
      printedHash: 'unchecked',
      images: 2,
    });
    expect(full!.title).toContain('“云秤”守护菜篮子');
    expect(full!.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(full!.counts.find((c) => c.label === '案例材料合计')).toMatchObject({ limit: 3000, over: false });
    expect(full!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(unfinished!.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(run.submissions.get('r1')!.dir).toBe(`${world.inbox}/a-case`);
  });
});
