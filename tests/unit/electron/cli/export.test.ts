import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../../../shared/draft';
import { effectiveRuns, paragraphTexts, unzip } from '../services/export/docx-files';
import { cli } from '../../../support/cli';
import { parseDraftText } from '../../../../electron/services/drafts/format';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cli-export-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('cli export', () => {
  it.each(['case-full', 'material-full', 'case-unfinished'])(
    'exports the %s sample, prints only the path, and leaves the draft as it was',
    async (name) => {
      const draftFile = `tests/fixtures/drafts/${name}/draft.json`;
      const before = await readFile(draftFile);
      const target = join(out, `${name}.docx`);
      const result = await cli(['export', draftFile, '--out', target]);
      expect(result).toMatchObject({ code: 0, stdout: `${target}\n` });
      const document = (await unzip(await readFile(target))).get('word/document.xml')!.toString();
      expect(paragraphTexts(document).join('')).toContain('计量创新案例和计量文化科普素材征集表');
      expect(await readFile(draftFile)).toEqual(before);
      if (name === 'case-unfinished') expect(result.stderr).toContain('草稿');
    },
  );

  it(
    'prints with the options of the app’s export panel: 四号, the Windows faces, traditional text',
    { timeout: 120_000 },
    async () => {
      const target = join(out, 'options.docx');
      const result = await cli([
        'export',
        'tests/fixtures/drafts/material-full/draft.json',
        '--out',
        target,
        '--font-size',
        '四号',
        '--fonts',
        'windows',
        '--traditional',
        'all',
      ]);
      expect(result).toMatchObject({ code: 0, stdout: `${target}\n` });
      const files = await unzip(await readFile(target));
      const document = files.get('word/document.xml')!.toString();
      const text = paragraphTexts(document).join('');
      expect(text).toContain('計量創新案例和計量文化科普素材徵集表');
      expect(text).toContain('商鞅方升是戰國時期秦國');
      expect(document).toContain('w:eastAsia="仿宋"');
      expect(document).not.toContain('GB2312');
      const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)![0];
      const inTable = effectiveRuns(table, files.get('word/styles.xml')!.toString());
      expect(inTable.length).toBeGreaterThan(10);
      for (const run of inTable) expect(run.size, run.text).toBe(28);
    },
  );

  it(
    'says on standard error, in Chinese with the code in brackets, what preflight found',
    { timeout: 120_000 },
    async () => {
      const result = await cli([
        'export',
        'tests/fixtures/drafts/case-unfinished/draft.json',
        '--out',
        join(out, 'messages.docx'),
      ]);
      expect(result.code).toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toContain('警告：征集截止日期已过（deadline-passed）：2022年1月20日');
      expect(lines).toContain('错误：尚未勾选确认声明（declaration-unconfirmed）');
      expect(lines).toContain('提示：导出的表格页眉标注“草稿”（provisional）');
      for (const line of lines)
        expect(line).toMatch(/^(错误|警告|提示)：\p{Script=Han}.*（[a-z-]+）(：.+)?$/u);
    },
  );

  it(
    'prints the number the content was exported under, and the next one for new content',
    { timeout: 120_000 },
    async () => {
      const file = 'tests/fixtures/drafts/case-unfinished/draft.json';
      const draft = parseDraftText(await readFile(file, 'utf8'));
      const hash = (await contentHash(draft)).slice(0, 8);
      const copy = join(out, 'numbered');
      await cp('tests/fixtures/drafts/case-unfinished', copy, { recursive: true });
      const exported = { number: 4, at: '2022-01-12T08:00:00.000Z', hash, files: [], provisional: true };
      const later = {
        number: 5,
        at: '2022-01-13T08:00:00.000Z',
        hash: '00000000',
        files: [],
        provisional: true,
      };
      await writeFile(join(copy, 'draft.json'), JSON.stringify({ ...draft, exports: [exported, later] }));
      const footerOf = async (args: string[]) => {
        const target = join(out, `${args.length}.docx`);
        expect((await cli(['export', ...args, '--out', target])).code).toBe(0);
        const footer = (await unzip(await readFile(target))).get('word/footer1.xml')!.toString();
        return paragraphTexts(footer).join('');
      };
      expect(await footerOf([join(copy, 'draft.json')])).toContain(`第4次导出\u3000校验码 ${hash}`);
      await writeFile(join(copy, 'draft.json'), JSON.stringify({ ...draft, exports: [later] }));
      expect(await footerOf([join(copy, 'draft.json'), '--fonts', 'gb'])).toContain(
        `第6次导出\u3000校验码 ${hash}`,
      );
    },
  );

  it('exits 2 for an unknown option or a missing --out', { timeout: 120_000 }, async () => {
    const draftFile = 'tests/fixtures/drafts/case-full/draft.json';
    expect((await cli(['export', draftFile, '--out', join(out, 'x.docx'), '--bogus'])).code).toBe(2);
    expect((await cli(['export', draftFile])).code).toBe(2);
    const wrong = await cli(['export', draftFile, '--out', join(out, 'x.docx'), '--font-size', '小四']);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toContain('错误：选项 --font-size 只接受 三号、四号（usage）：小四');
  });

  it('exits 1 for a file that is not a draft, naming it', async () => {
    const result = await cli(['export', 'package.json', '--out', join(out, 'y.docx')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('package.json');
  });
});
