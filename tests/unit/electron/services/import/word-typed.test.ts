import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import sharp from 'sharp';
import { ZipFile } from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCampaign } from '../../../../../shared/campaign';
import { textOf, type Draft } from '../../../../../shared/draft';
import { formOf, paper610 } from '../../../../../shared/forms';
import { textLines } from '../../../../../electron/services/export/style';
import { importDocx } from '../../../../../electron/services/import/import';
import { wordForm, type WordFormOptions } from '../../../../support/word-form';
import { loadFixture, unzip } from '../export/docx-files';

const work = await mkdtemp(path.join(tmpdir(), 'import-word-'));
afterAll(() => rm(work, { recursive: true, force: true }));

let serial = 0;
async function importTyped(options: WordFormOptions) {
  const file = path.join(work, `typed-${++serial}.docx`);
  await writeFile(file, await wordForm(options));
  const out = path.join(work, `typed-${serial}`);
  return {
    out,
    ...(await importDocx(file, out, {
      id: `typed-${serial}-draft`,
      campaignFor: () => shippedCampaign.id,
      now: new Date('2022-01-15T10:00:00+08:00'),
      exclusive: true,
    })),
  };
}

const photo = (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

function expectParts(back: Draft, draft: Draft, except: string[] = []) {
  for (const part of paper610(formOf(draft.form)).sections.flatMap((s) => s.parts)) {
    const want = except.includes(part.id) ? '' : textLines(textOf(draft, part.id)).join('\n');
    expect(textOf(back, part.id), part.id).toBe(want);
  }
}

describe('a form typed in Word', () => {
  it('reads cover values after full-width spaces, headings in one cell, an inline photo with its caption, and 2022年1月10日 / 2022.1.12', async () => {
    const { draft } = await loadFixture('case-full');
    const photos = [
      { bytes: await photo(1200, 800, '#4080c0'), width: 1200, height: 800 },
      { bytes: await photo(900, 600, '#c08040'), width: 900, height: 600 },
    ];
    const {
      draft: back,
      report,
      out,
    } = await importTyped({
      draft,
      photos,
      signDate: '2022年1月10日',
      opinionDate: '2022.1.12',
    });
    expect(back.form).toBe('case');
    for (const item of paper610(formOf('case')).cover)
      expect(textOf(back, item.id), item.id).toBe(textOf(draft, item.id));
    // The deleted revision and the hidden text are not content; the accepted insertion is.
    expect(textOf(back, 'summary')).not.toMatch(/删去的字|隐藏的字/);
    expectParts(back, draft);
    expect(back.attachments.map((a) => [a.caption, a.afterPart, a.width])).toEqual([
      ['“云秤”在线监测平台监控大屏', 'approach', 1200],
      ['居民在社区计量服务站复秤', 'results', 900],
    ]);
    expect(await readFile(path.join(out, back.attachments[0]!.file))).toEqual(photos[0]!.bytes);
    expect(back.declaration).toMatchObject({
      signer: '王立新',
      signDate: '2022-01-10',
      opinion: '同意报送。',
      opinionDate: '2022-01-12',
    });
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.images).toBe(2);
    expect(report.found.find((f) => f.id === 'summary')).toMatchObject({
      name: '（一）案例简介',
      limit: 300,
    });
  });

  it('reads 2022-01-10 and names a part that is missing on a line of its own', async () => {
    const { draft } = await loadFixture('case-full');
    const { draft: back, report } = await importTyped({
      draft,
      omit: ['significance'],
      signDate: '2022-01-10',
      opinionDate: '年　　月　　日',
    });
    expectParts(back, draft, ['significance']);
    expect(report.missing.map((m) => m.name)).toEqual(['四、社会意义']);
    expect(back.declaration.signDate).toBe('2022-01-10');
    expect(back.declaration.opinionDate).toBeNull();
  });

  it('recognises the material form by its subtitle', async () => {
    const { draft } = await loadFixture('material-full');
    const { draft: back, report } = await importTyped({ draft, signDate: '2022年1月11日', opinionDate: '' });
    expect(back.form).toBe('material');
    // No date under 盖章 at all: the new draft's opinion date stays as a new draft has it.
    expect(back.declaration.opinionDate).toBeNull();
    expectParts(back, draft);
    expect(report.missing).toEqual([]);
  });

  it('reports a date it cannot read instead of guessing', async () => {
    const { draft } = await loadFixture('case-full');
    const { draft: back, report } = await importTyped({
      draft,
      signDate: '2022年2月30日',
      opinionDate: '2022.1.12',
    });
    expect(report.problems).toContainEqual({ code: 'date-unreadable', text: '2022年2月30日' });
    expect(back.declaration.signDate).not.toBe('2022-02-30');
  });
});

describe('a form filled with its cover in a table and a part without its heading', () => {
  it('reads the cover from label and value cells, the summary from its section, and reports a stray note whole', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('（计量创新案例）'),
            new Table({
              rows: [
                row('案例题目', '智慧计量进社区'),
                row('联系人：', '王明'),
                row('电 子 信 箱', 'wang@example.cn'),
              ],
            }),
            new Paragraph('备注：本表由计量科统一汇总'),
            new Table({
              rows: [
                row('一、简介', '　　简介写在这里，没有小标题。'),
                row('二、案例材料', '一、背景缘由：背景写在标题同一行。'),
              ],
            }),
          ],
        },
      ],
    });
    const file = path.join(work, 'table-cover.docx');
    await writeFile(file, await Packer.toBuffer(document));
    const { draft, report } = await importDocx(file, path.join(work, 'table-cover'), {
      id: 'table-cover-draft',
      campaignFor: () => shippedCampaign.id,
      now: new Date('2022-01-15T10:00:00+08:00'),
      exclusive: true,
    });
    expect(draft.values).toMatchObject({
      title: '智慧计量进社区',
      contact: '王明',
      email: 'wang@example.cn',
      summary: '简介写在这里，没有小标题。',
      background: '背景写在标题同一行。',
    });
    expect(report.problems).toEqual([{ code: 'unplaced', text: '备注：本表由计量科统一汇总' }]);
    expect(report.missing.map((m) => m.name)).toEqual(
      expect.arrayContaining(['报送单位', '二、主要做法', '三、相关证明材料']),
    );
  });
});

describe('a form whose rows are content controls', () => {
  it('reads the rows a content control wraps, as Word keeps them for a locked template', async () => {
    const { draft } = await loadFixture('material-full');
    const files = await unzip(await wordForm({ draft, signDate: '2022年1月11日', opinionDate: '' }));
    const xml = files.get('word/document.xml')!.toString('utf8');
    // Every row of the form's table inside a content control, as a template with protected rows has them.
    const wrapped = xml.replace(
      /<w:tr>[\s\S]*?<\/w:tr>/g,
      (row) => `<w:sdt><w:sdtContent>${row}</w:sdtContent></w:sdt>`,
    );
    expect(wrapped).not.toBe(xml);
    files.set('word/document.xml', Buffer.from(wrapped));
    const zip = new ZipFile();
    for (const [name, bytes] of files) zip.addBuffer(bytes, name);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const file = path.join(work, 'content-controls.docx');
    await writeFile(file, Buffer.concat(chunks));
    const { draft: back, report } = await importDocx(file, path.join(work, 'content-controls'), {
      id: 'content-controls-draft',
      campaignFor: () => shippedCampaign.id,
      now: new Date('2022-01-15T10:00:00+08:00'),
      exclusive: true,
    });
    expectParts(back, draft);
    expect(report.missing).toEqual([]);
  });
});
