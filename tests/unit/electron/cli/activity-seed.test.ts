import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../../../electron/services/delivery/tools';
import { unzip } from '../services/export/docx-files';
import { cli } from '../../../support/cli';

/**
 * The two tables of the seed's attachment (沪市监计量〔2021〕260号), typed into values files keyed by
 * their printed column headers, made into drafts by `cli new --values` and printed by `cli export
 * --pdf` through LibreOffice: landscape, every row's text, the header on every page, 序号 and
 * 负责单位 merged as the seed prints them.
 */
const run = promisify(execFile);
const available = findSoffice() !== null;

type SeedRow = Record<string, string>;
const seed = async (name: string) =>
  JSON.parse(await readFile(`tests/fixtures/activity/seed-${name}.json`, 'utf8')) as { 活动: SeedRow[] };
const squeeze = (text: string) => text.replace(/\s+/gu, '');
const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

let work: string;
let data: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'activity-seed-'));
  data = join(work, 'data');
});
afterAll(() => rm(work, { recursive: true, force: true }));

const TABLES = [
  {
    name: 'municipal',
    form: 'activity-plan-municipal',
    headers: 7,
    groups: [1, 1, 1, 2, 1, 1, 1, 1],
    units: 9,
  },
  {
    name: 'district',
    form: 'activity-plan-district',
    groups: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1],
    // 金山区 and 青浦区 each print their 负责单位 once over their three rows.
    units: 16,
  },
] as const;

describe.skipIf(!available)('the seed’s activity tables through cli new and cli export', () => {
  it.each(TABLES)(
    'prints the $name table landscape with every row, the header repeated, 序号 and 负责单位 merged',
    { timeout: 300_000 },
    async ({ name, form, groups, units }) => {
      // The CLI reads the imported campaigns of the per-user folder: an empty one here.
      const env = { XDG_CONFIG_HOME: data };
      const dir = join(work, name);
      const made = await cli(
        ['new', '--form', form, '--values', `tests/fixtures/activity/seed-${name}.json`, '--out', dir],
        env,
      );
      expect(made).toMatchObject({ code: 0, stdout: `${join(dir, 'draft.json')}\n` });
      const draft = JSON.parse(await readFile(join(dir, 'draft.json'), 'utf8')) as {
        campaignId: string;
        values: { activities: { cells: Record<string, string> }[] };
      };
      expect(draft.campaignId).toBe('shsjl-2021-520');
      const docx = join(work, `${name}.docx`);
      const exported = await cli(['export', join(dir, 'draft.json'), '--out', docx, '--pdf'], env);
      expect(exported.code).toBe(0);
      expect(exported.stderr).toContain('2021年5月24日前报市局计量处');
      // A row continuing a 序号 with its 负责单位 left to the merged cell above is complete.
      expect(exported.stderr).not.toContain('（required）');

      const xml = (await unzip(await readFile(docx))).get('word/document.xml')!.toString('utf8');
      expect(count(xml, /w:orient="landscape"/g)).toBe(1);
      expect(count(xml, /<w:tblHeader\/>/g)).toBe(1);
      const rows = (await seed(name)).活动;
      expect(count(xml, /<w:cantSplit\/>/g)).toBe(rows.length + 1);
      // Each group's 序号 opens a merge, and so does each 活动名称 and 负责单位 typed; a continuing
      // row's empty one continues the cell above, as the seed prints them.
      const continuing = rows.map((row) => row.序号 === '');
      const merged = ['活动名称', '负责单位'].map(
        (header) => rows.filter((row, r) => continuing[r] && row[header] === '').length,
      );
      const continues = continuing.filter(Boolean).length + merged[0]! + merged[1]!;
      expect(count(xml, /<w:vMerge w:val="restart"\/>/g)).toBe(3 * rows.length - continues);
      expect(count(xml, /<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)).toBe(continues);
      expect(units).toBe(rows.length - merged[1]!);

      const pdf = docx.replace(/\.docx$/u, '.pdf');
      const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '99', pdf]);
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(sizes.length).toBeGreaterThan(1);
      for (const [width, height] of sizes) expect(width).toBeGreaterThan(height!);
      const pages = await Promise.all(
        sizes.map(async (_, i) => {
          const page = `${i + 1}`;
          return squeeze((await run('pdftotext', ['-raw', '-f', page, '-l', page, pdf, '-'])).stdout);
        }),
      );
      expect(pages[0]).toContain('2021年上海市“5·20世界计量日”系列宣传活动安排汇总表');
      // The header on every page that holds a row.
      for (const page of pages.filter((text) => text.includes('活动名称') || /\d月/u.test(text)))
        for (const header of ['序号', '活动名称', '活动内容', '活动时间', '宣传形式', '负责单位'])
          expect(page).toContain(header);
      const all = pages.join('');
      for (const row of rows)
        for (const [header, text] of Object.entries(row))
          if (header !== '序号') expect(all, `${header}: ${text}`).toContain(squeeze(text));
      // The groups are numbered as printed: 1 to the last 序号, each once.
      expect(draft.values.activities.filter((row) => row.cells.no !== '').map((row) => row.cells.no)).toEqual(
        groups.map((_, i) => String(i + 1)),
      );
    },
  );
});
