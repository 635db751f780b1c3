import type { Page } from 'playwright-core';
import { APP_URL } from '../electron/browser-shell/serve';
import { formRenderer } from '../electron/services/export/pipeline';
import type { Row } from '../shared/forms/fields';
import type { BenchBrowser } from './browser';
import type { Measured } from './report';
import { appServices, tempDataDir } from './services';
import { interleave, median, percentile, timeRuns } from './stats';
import { bareTarget, typeRound, type Target } from './typing';

/**
 * The 5·20 activity table at 200 rows (docs/PERFORMANCE.md): typing into a cell of its last row
 * beside typing into a bare input in the same browser, and its export through the app's pipeline.
 */
const ROWS = 200;
const TYPED = [...'计量惠民进社区活动'];

/** Seven cells of a seed-like row, tab-separated as Excel copies them. */
const tsvRow = (i: number) =>
  [
    String(i + 1),
    `活动第${i + 1}项`,
    `面向社区居民开展计量知识宣传，现场为群众免费检测血压计、体温计（第${i + 1}场）`,
    '5月17日至5月23日',
    '现场咨询、展板',
    '测量守护健康',
    `"指导单位：上海市市场监督管理局\n主办单位：第${i + 1}区市场监督管理局"`,
  ].join('\t');

function rowsOf(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    cells: {
      no: String(i + 1),
      name: `活动第${i + 1}项`,
      content: `面向社区居民开展计量知识宣传，现场为群众免费检测血压计、体温计（第${i + 1}场）`,
      when: '5月17日至5月23日',
      channel: '现场咨询、展板',
      message: '测量守护健康',
      units: `指导单位：上海市市场监督管理局\n主办单位：第${i + 1}区市场监督管理局`,
    },
  }));
}

/** A new municipal table in the app, 200 rows pasted into it, the last row's 活动名称 the target. */
async function tableTarget(browser: BenchBrowser): Promise<Target> {
  const { page } = await browser.open(APP_URL);
  await page
    .getByRole('region', { name: '本次征集' })
    .filter({ hasText: '沪市监计量〔2021〕260号' })
    .getByRole('button', { name: '新建活动安排表（市级）', exact: true })
    .click();
  await page.waitForSelector('html[data-ready="wizard"]');
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^活动安排/ })
    .click();
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  await paste(page, '序号 第1行', Array.from({ length: ROWS }, (_, i) => tsvRow(i)).join('\r\n'));
  // Down to the table's last rows, as the user goes to type there: a long table mounts the rows
  // near the screen (renderer/src/wizard/fields/row-window.ts), so row 200 is on the page from here.
  await page.evaluate('scrollTo(0, document.documentElement.scrollHeight)');
  const cell = page.getByRole('textbox', { name: `活动名称 第${ROWS}行`, exact: true });
  await cell.waitFor();
  const id = await cell.getAttribute('id');
  const selector = `[id="${id}"]`;
  const prefix = await cell.inputValue();
  return { page, cdp: await page.context().newCDPSession(page), selector, counter: null, prefix };
}

/** A paste onto the cell named `cellName`, as the clipboard hands Excel's cells to the page. */
async function paste(page: Page, cellName: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document
      .querySelector(${JSON.stringify(`[aria-label="${cellName}"]`)})
      .parentElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

export async function benchActivityTable(browser: BenchBrowser): Promise<Measured[]> {
  const app = await tableTarget(browser);
  const bare = await bareTarget(browser, app.prefix, 200);
  const rounds = await interleave(
    () => typeRound(app, TYPED),
    () => typeRound(bare, TYPED),
    { warmUps: 1, runs: 6 },
  );
  await Promise.all([app.page.close(), bare.page.close()]);
  const painted = (samples: { created: number; painted: number | null }[][]) =>
    percentile(
      samples.flat().flatMap((s) => (s.painted === null ? [] : [s.painted - s.created])),
      95,
    );

  const data = await tempDataDir('activity');
  try {
    const { call, context } = appServices(data.dir);
    const created = await call('drafts:create', {
      form: 'activity-plan-municipal',
      campaignId: 'shsjl-2021-520',
    });
    await call('drafts:save', {
      draft: {
        ...created,
        values: { ...created.values, unit: '上海市市场监督管理局', activities: rowsOf(ROWS) },
      },
    });
    const render = formRenderer(context);
    const runs = await timeRuns(async () => void (await render(created.id)), { warmUps: 2, runs: 10 });
    return [
      {
        name: 'activity table: input to next frame in a cell of row 200, p95',
        figure: painted(rounds.a),
        unit: 'ms',
        baseline: painted(rounds.b),
        budget: { maxRatio: 1.3 },
        notes: `${ROWS} rows of seven columns; ${TYPED.length} keys a round, 6 rounds beside a bare input`,
      },
      {
        name: 'activity table: 200-row export built',
        figure: median(runs),
        unit: 'ms',
        budget: { max: 1000 },
        notes: 'median of 10 renders through the export pipeline (preflight, layout, packing)',
      },
    ];
  } finally {
    await data.dispose();
  }
}
