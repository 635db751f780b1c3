import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('a corrupt settings file is set aside with a notice, and the app starts anyway', async ({
  dataDir,
  restart,
}) => {
  writeFileSync(join(dataDir, 'settings.json'), '{"language": "zh-Hant", oops');
  const page = await restart();
  const backup = readdirSync(dataDir).find((name) => name.startsWith('settings.corrupt-'));
  expect(backup).toBeDefined();
  const notice = page.getByRole('status').filter({ hasText: backup! });
  await expect(notice).toContainText('设置文件已损坏');
  await expect(page.getByRole('button', { name: '新建计量创新案例', exact: true })).toBeVisible();
  await notice.getByRole('button', { name: '知道了' }).click();
  await expect(notice).toHaveCount(0);
});
