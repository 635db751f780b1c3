import { countText } from '../../shared/count';
import { expect, test } from './fixtures';
import {
  counterFigures,
  counterOf,
  drawSignature,
  openStep,
  savedDraft,
  startDraft,
  waitSaved,
} from './wizard-helpers';

const cover = {
  案例题目: '“智慧计量”助力民生计量监管',
  报送单位: '上海市某区市场监督管理局',
  联系人: '张三',
  联系电话: '021-64220000转2479、13800138000',
  电子信箱: 'zhangsan@example.cn',
  联系地址: '上海市徐汇区某某路100号',
};
const summary =
  '　　2021年，我局以ISO 10012为框架，建成“智慧计量”平台，覆盖全区1,200台加油机——实现在线监测。';
const paragraph =
  '　　围绕民生计量，我们开展了第22个“世界计量日”宣传……共走访企业36家，检定计量器具2,800台（件）。\n';
const body = {
  背景缘由: paragraph.repeat(40),
  主要做法: paragraph.repeat(20),
  工作成效: paragraph.repeat(10),
  社会意义: '提升了群众的获得感。👍🏻',
  经验启迪: '数据赋能，久久为功。',
};
const proof = '2021年获评市级优秀案例；《中国计量》杂志第12期报道。';

test('a case filled by visible labels, signed, finalised; counters equal the counting module', async ({
  page,
  dataDir,
}) => {
  await startDraft(page, 'case');
  for (const [label, value] of Object.entries(cover))
    await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.getByText('本步已填写完整。')).toBeVisible();

  await openStep(page, '简介');
  await expect(page.getByText('（300字以内）')).toBeVisible();
  await page.getByLabel('案例简介', { exact: true }).fill(summary);
  expect(await counterFigures(counterOf(page, '案例简介'))).toEqual(countText(summary));
  await expect(counterOf(page, '案例简介')).toContainText(`字数 ${countText(summary).words} / 300`);

  await openStep(page, '正文');
  await expect(page.getByText('正文字数控制在3000字以内')).toBeVisible();
  for (const [label, value] of Object.entries(body))
    await page.getByLabel(label, { exact: true }).fill(value);
  for (const [label, value] of Object.entries(body))
    expect(await counterFigures(counterOf(page, label))).toEqual(countText(value));
  const total = Object.values(body).reduce((sum, text) => sum + countText(text).words, 0);
  expect(total).toBeGreaterThan(3000);
  const totalCounter = page.locator('.section-total [data-testid="counter"]');
  expect((await counterFigures(totalCounter)).words).toBe(total);
  await expect(totalCounter).toContainText(`超出 ${total - 3000} 字，请删减`);
  await expect(
    page.getByRole('button', {
      name: `二、案例材料合计：${total} 字，上限 3000 字，超出 ${total - 3000} 字`,
    }),
  ).toBeVisible();
  // Over the limit is an error to fix, never a cut: the text stays whole.
  await expect(page.getByLabel('背景缘由', { exact: true })).toHaveValue(body.背景缘由);
  // The total is repeated below the part last written, and follows each keystroke there.
  const lastPart = Object.keys(body).at(-1)!;
  const besideTotal = counterOf(page, lastPart).locator(
    'xpath=following-sibling::*[@class="field-total"][1]',
  );
  await expect(besideTotal).toContainText(`字数 ${total} / 3000`);
  await page.getByLabel(lastPart, { exact: true }).press('End');
  await page.getByLabel(lastPart, { exact: true }).pressSequentially('计量');
  await expect(besideTotal.locator('[data-words]')).toHaveAttribute('data-words', String(total + 2));
  await expect(totalCounter.locator('[data-words]')).toHaveAttribute('data-words', String(total + 2));
  await expect(page.locator('.field-total')).toHaveCount(1);
  await page.getByLabel(lastPart, { exact: true }).press('Backspace');
  await page.getByLabel(lastPart, { exact: true }).press('Backspace');
  await expect(totalCounter.locator('[data-words]')).toHaveAttribute('data-words', String(total));

  await openStep(page, '证明材料');
  await expect(page.getByText('可填写获得的相关荣誉、媒体宣传素材、研究成果等内容')).toBeVisible();
  await page.getByLabel('相关证明材料', { exact: true }).fill(proof);

  await openStep(page, '声明与签字');
  await expect(page.getByText('声明：报送内容真实、可靠')).toBeVisible();
  await page.getByLabel('我已阅读并确认以上声明').check();
  await page.getByLabel('报送人', { exact: true }).fill('张三');
  await page.getByRole('group', { name: '签字日期' }).getByLabel('其他日期').check();
  await page.getByLabel('签字日期', { exact: true }).fill('2021-12-20');
  await drawSignature(page);
  await expect(page.getByRole('img', { name: '已保存的签名' })).toBeVisible();
  await expect(page.getByLabel('所在单位/主管部门意见')).toHaveValue('同意报送。');
  await page.getByLabel('所在单位/主管部门意见').fill('同意报送。情况属实。');

  await openStep(page, '检查与导出');
  const issues = page.getByRole('region', { name: '待处理事项' }).getByRole('listitem');
  await expect(issues).toHaveCount(1);
  await expect(issues).toContainText('正文 · 二、案例材料合计');
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await expect(page.getByRole('heading', { name: '已定稿' })).toBeVisible();
  await waitSaved(page);

  // The over-limit link jumps to the body and focuses its first part, now read-only.
  await issues.getByRole('button').click();
  await expect(page.getByLabel('背景缘由', { exact: true })).toBeFocused();
  await expect(page.getByLabel('背景缘由', { exact: true })).toHaveAttribute('readonly', '');

  const saved = savedDraft(dataDir);
  expect(saved.status).toBe('final');
  expect(saved.values).toEqual({
    title: cover.案例题目,
    unit: cover.报送单位,
    contact: cover.联系人,
    phone: cover.联系电话,
    email: cover.电子信箱,
    address: cover.联系地址,
    summary,
    background: body.背景缘由,
    approach: body.主要做法,
    results: body.工作成效,
    significance: body.社会意义,
    lessons: body.经验启迪,
    proof,
  });
  expect(saved.declaration).toMatchObject({
    confirmed: true,
    signer: '张三',
    signDate: '2021-12-20',
    opinion: '同意报送。情况属实。',
    opinionDate: null,
  });
  expect(saved.declaration.signatureFile).toMatch(/\.png$/);
});

test('unlocking a finalised case makes it editable again', async ({ page }) => {
  await startDraft(page, 'case');
  await openStep(page, '检查与导出');
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await openStep(page, '封面信息');
  await expect(page.getByLabel('联系人', { exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByText('已定稿，内容只读。')).toBeVisible();
  await openStep(page, '检查与导出');
  await page.getByRole('button', { name: '解除定稿' }).click();
  await openStep(page, '封面信息');
  await page.getByLabel('联系人', { exact: true }).fill('李四');
  await expect(page.getByLabel('联系人', { exact: true })).toHaveValue('李四');
});
