import { expect, test } from './fixtures';

type Desk = { invoke: (channel: string, request: unknown) => Promise<{ ok: boolean; code?: string }> };

test('the page gets typed errors for bad calls, and main keeps serving', async ({ page }) => {
  const answers = await page.evaluate(async () => {
    const desk = (globalThis as unknown as { desk: Desk }).desk;
    return [
      await desk.invoke('settings:update', { language: 'klingon' }),
      await desk.invoke('fs:read', { path: '/etc/passwd' }),
      await desk.invoke('drafts:load', { id: '../../../etc' }),
      await desk.invoke('app:info', {}),
    ];
  });
  expect(answers.map((a) => (a.ok ? 'ok' : a.code))).toEqual([
    'invalid-request',
    'unknown-channel',
    'invalid-request',
    'ok',
  ]);
});

test('window.desk offers exactly invoke and on, and cannot be replaced', async ({ page }) => {
  const shape = await page.evaluate(() => {
    const holder = globalThis as unknown as { desk: object };
    const before = holder.desk;
    try {
      holder.desk = {};
    } catch {
      // Strict-mode pages throw; either way the API must stay.
    }
    return {
      keys: Object.keys(holder.desk).sort(),
      kept: holder.desk === before,
      frozen: Object.isFrozen(holder.desk),
    };
  });
  expect(shape).toEqual({ keys: ['invoke', 'on'], kept: true, frozen: true });
});
