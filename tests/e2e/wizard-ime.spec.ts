import { countText } from '../../shared/count';
import { expect, test } from './fixtures';
import { counterOf, openStep, savedDraft, startDraft, waitSaved } from './wizard-helpers';

test('the counter moves only when an IME composition is committed', async ({ page, dataDir }) => {
  await startDraft(page, 'case');
  await openStep(page, '简介');
  const field = page.getByLabel('案例简介', { exact: true });
  const counter = counterOf(page, '案例简介');
  await field.fill('计量');
  await expect(counter.locator('.counter-words')).toHaveText('字数 2 / 300');
  await field.press('End');

  const cdp = await page.context().newCDPSession(page);
  for (const text of ['c', 'ce', 'celiang', '测量']) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
    await expect(field).toHaveValue(`计量${text}`);
    await expect(counter.locator('.counter-words')).toHaveText('字数 2 / 300');
  }
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe('计量');

  await cdp.send('Input.insertText', { text: '测量' });
  await expect(field).toHaveValue('计量测量');
  await expect(counter.locator('.counter-words')).toHaveText(`字数 ${countText('计量测量').words} / 300`);
  await expect(counter.locator('.counter-chars')).toHaveText('字符数（不计空格） 4');
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe('计量测量');
});

test('pasted web copy loses its pinyin and control characters, and the user is told', async ({ page }) => {
  await startDraft(page, 'case');
  await openStep(page, '简介');
  const field = page.getByLabel('案例简介', { exact: true });
  await field.focus();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '計量(liàng)科(kē)普\u0007宣傳\r\n工作 \u2028第二行');
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(field).toHaveValue('計量科普宣傳\n工作\n第二行');
  await expect(page.getByRole('status').filter({ hasText: '已整理粘贴的内容' })).toHaveText(
    '已整理粘贴的内容：去除拼音注音 2 处，去除控制字符 1 个。',
  );
});
