import { openSampleReview } from './delivery-helpers';
import { expect, test } from './fixtures';
import { openStep } from './wizard-helpers';

test('the wizard shows 预计 N 页 for the draft and the print options, after typing pauses', async ({
  page,
  dataDir,
}) => {
  test.setTimeout(120_000);
  await openSampleReview(page, dataDir);
  const estimate = page.locator('.wizard-header .page-estimate');
  await expect(estimate).toHaveText(/^预计 \d+ 页$/);
  const at = async () => Number(await estimate.getAttribute('data-pages'));
  const sanhao = await at();

  await page.getByRole('radio', { name: '四号（14 磅）' }).check();
  await expect.poll(at).toBeLessThan(sanhao);
  const sihao = await at();

  await page.getByRole('button', { name: '解除定稿' }).click();
  await openStep(page, '正文');
  const lessons = page.getByLabel('经验启迪', { exact: true });
  await lessons.fill(`${await lessons.inputValue()}\n${'计量为民，服务社区，守护公平交易。'.repeat(60)}`);
  // The estimate follows the save after the pause, not the keystroke.
  await expect.poll(at, { timeout: 20_000 }).toBeGreaterThan(sihao);
});
