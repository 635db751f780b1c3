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

const summary = '一杆秤，称出千年诚信。本文讲述“公平秤”的由来。';
const content = '　　秤是最古老的计量器具之一。Metrology 2021年…\n'.repeat(60);

test('a material filled by visible labels, signed, finalised; counters equal the counting module', async ({
  page,
  dataDir,
}) => {
  await startDraft(page, 'material');
  await expect(
    page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: /^证明材料/ }),
  ).toHaveCount(0);
  const cover = ['素材题目', '报送单位', '联系人', '联系电话', '电子信箱', '联系地址'];
  const values = [
    '小小公平秤',
    '上海市计量测试技术研究院',
    '李四',
    '13800138000',
    'lisi@example.cn',
    '上海市张衡路1500号',
  ];
  for (const [i, label] of cover.entries()) await page.getByLabel(label, { exact: true }).fill(values[i]!);

  await openStep(page, '简介');
  await expect(page.getByText('（200字以内）')).toBeVisible();
  await page.getByLabel('文章简介', { exact: true }).fill(summary);
  expect(await counterFigures(counterOf(page, '文章简介'))).toEqual(countText(summary));
  await expect(counterOf(page, '文章简介')).toContainText('/ 200');

  await openStep(page, '正文');
  await expect(page.getByText('正文数字请控制在1500字以内')).toBeVisible();
  await page.getByLabel('文章具体内容', { exact: true }).fill(content);
  const counted = countText(content);
  expect(await counterFigures(counterOf(page, '文章具体内容'))).toEqual(counted);
  await expect(counterOf(page, '文章具体内容')).toContainText(`字数 ${counted.words} / 1500`);

  await openStep(page, '声明与签字');
  await expect(page.getByText('声明：报送内容拥有自主知识产权')).toBeVisible();
  await page.getByLabel('我已阅读并确认以上声明').check();
  await page.getByLabel('报送人', { exact: true }).fill('李四');
  await page.getByRole('group', { name: '签字日期' }).getByLabel('留空，打印后手写').check();
  await drawSignature(page);
  await expect(page.getByRole('img', { name: '已保存的签名' })).toBeVisible();
  await page.getByRole('group', { name: '意见日期' }).getByLabel(/^今天/).check();

  await openStep(page, '检查与导出');
  await expect(page.getByText('全部填写完毕，没有发现问题。')).toBeVisible();
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await expect(page.getByRole('heading', { name: '已定稿' })).toBeVisible();
  await waitSaved(page);

  const saved = savedDraft(dataDir);
  expect(saved).toMatchObject({ form: 'material', status: 'final', values: { summary, content } });
  expect(saved.values.contact).toBe('李四');
  expect(saved.declaration).toMatchObject({ confirmed: true, signer: '李四', signDate: null });
  expect(saved.declaration.opinionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(saved.declaration.signatureFile).toMatch(/\.png$/);
});

test('the unit profile is remembered from one draft and offered to the next', async ({ page, restart }) => {
  await startDraft(page, 'material');
  await page.getByLabel('报送单位', { exact: true }).fill('上海市某区市场监督管理局');
  await page.getByLabel('联系人', { exact: true }).fill('王五');
  await page.getByLabel('联系电话', { exact: true }).fill('12345');
  await expect(page.getByText('号码格式不常见，请核对。不影响保存和导出。')).toBeVisible();
  await page.getByLabel('联系电话', { exact: true }).fill('021-64220000转2479');
  await expect(page.getByText('号码格式不常见')).toHaveCount(0);
  await page.getByRole('button', { name: '记为本单位信息' }).click();
  await expect(page.getByText('已记为本单位信息')).toBeVisible();

  const again = await restart();
  await startDraft(again, 'case');
  // A new draft starts with the remembered unit filled in.
  await expect(again.getByLabel('报送单位', { exact: true })).toHaveValue('上海市某区市场监督管理局');
  await expect(again.getByLabel('联系人', { exact: true })).toHaveValue('王五');
  await expect(again.getByLabel('联系电话', { exact: true })).toHaveValue('021-64220000转2479');
  // Filling again only touches empty items: what the user typed stays.
  await again.getByLabel('联系人', { exact: true }).fill('赵六');
  await again.getByLabel('报送单位', { exact: true }).fill('');
  await again.getByRole('button', { name: '填入本单位信息' }).click();
  await expect(again.getByText('已填入 1 项；已有内容的 1 项未改动。')).toBeVisible();
  await expect(again.getByLabel('报送单位', { exact: true })).toHaveValue('上海市某区市场监督管理局');
  await expect(again.getByLabel('联系人', { exact: true })).toHaveValue('赵六');
});
