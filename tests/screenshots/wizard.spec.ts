import { mkdirSync } from 'node:fs';
import { expect, test } from '../e2e/fixtures';
import { drawSignature, openStep, startDraft, waitSaved } from '../e2e/wizard-helpers';

/** Each step of a filled case in both languages, for the README and for looking at the wizard. */
const steps = [
  ['cover', '封面信息', '封面資訊'],
  ['summary', '简介', '簡介'],
  ['body', '正文', '正文'],
  ['attachments', '图片与附件', '圖片與附件'],
  ['proof', '证明材料', '證明材料'],
  ['declaration', '声明与签字', '聲明與簽字'],
  ['review', '检查与导出', '檢查與匯出'],
] as const;

const paragraph = '　　围绕民生计量，我局建成“智慧计量”平台，接入全区1,200台加油机，实现在线监测与预警。\n';

test('screenshots of every step in both languages', async ({ page }) => {
  mkdirSync('docs/screenshots', { recursive: true });
  await page.setViewportSize({ width: 1280, height: 860 });
  await startDraft(page, 'case');
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill('案例题目', '“智慧计量”助力民生计量监管');
  await fill('报送单位', '上海市某区市场监督管理局');
  await fill('联系人', '张三');
  await fill('联系电话', '021-64220000转2479');
  await fill('电子信箱', 'zhangsan@example.cn');
  await openStep(page, '简介');
  await fill('案例简介', paragraph.repeat(3).trim());
  await openStep(page, '正文');
  await fill('背景缘由', paragraph.repeat(24));
  await fill('主要做法', paragraph.repeat(12));
  await fill('工作成效', paragraph.repeat(6));
  await fill('社会意义', '提升了群众的获得感和满意度。');
  await openStep(page, '声明与签字');
  await page.getByLabel('我已阅读并确认以上声明').check();
  await fill('报送人', '张三');
  await drawSignature(page);
  await expect(page.getByRole('img', { name: '已保存的签名' })).toBeVisible();
  await waitSaved(page);

  for (const [lng, index] of [
    ['zh-Hans', 1],
    ['zh-Hant', 2],
  ] as const) {
    if (lng === 'zh-Hant') await page.getByLabel('语言').selectOption({ label: '繁體中文' });
    for (const step of steps) {
      await openStep(page, step[index], lng === 'zh-Hans' ? '填写步骤' : '填寫步驟');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // The review step is read whole: its checks, the counts, 定稿 and the export below them.
      await page.screenshot({
        path: `docs/screenshots/wizard-${step[0]}-${lng}.png`,
        fullPage: step[0] === 'review',
      });
    }
  }
});
