import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { contentHash, type Draft } from '../../../../../shared/draft';
import { formOf, paper610 } from '../../../../../shared/forms';
import { ExportOptionsSchema, type ExportOptions } from '../../../../../shared/settings';
import { buildDocx } from '../../../../../electron/services/export/docx';
import { CONTENT_INNER, PAGE } from '../../../../../electron/services/export/page';
import { effectiveRuns, loadFixture, occurrences, paragraphTexts, unzip, printedLines } from './docx-files';

const EMU_PER_TWIP = 635;

async function exported(name: string, options: Partial<ExportOptions> = {}, provisional = false) {
  const { draft, dir } = await loadFixture(name);
  const bytes = await buildDocx(draft, dir, {
    exportOptions: ExportOptionsSchema.parse(options),
    exportNumber: 3,
    provisional,
  });
  const files = await unzip(bytes);
  const xml = (file: string) => files.get(file)?.toString('utf8') ?? '';
  const footers = [...files.keys()].filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(xml);
  const headers = [...files.keys()].filter((f) => /^word\/header\d+\.xml$/.test(f)).map(xml);
  const styles = xml('word/styles.xml');
  return {
    draft,
    files,
    document: xml('word/document.xml'),
    styles,
    runs: effectiveRuns(xml('word/document.xml'), styles),
    footers,
    headers,
  };
}

/** Each non-empty line of the user's text as it prints: leading indentation folded away. */
describe.each(['case-full', 'material-full', 'case-unfinished'])('the exported %s', (name) => {
  it('is well-formed XML on an A4 page with the GB/T 9704 margins and no line grid that would override exact spacing', async () => {
    const { document } = await exported(name);
    expect(XMLValidator.validate(document)).toBe(true);
    const body = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(document)[
      'w:document'
    ]['w:body'];
    const sectPr = body['w:sectPr'];
    expect(sectPr['w:pgSz']).toMatchObject({ 'w:w': String(PAGE.width), 'w:h': String(PAGE.height) });
    expect(sectPr['w:pgMar']).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
    });
    // The 22 lines are the table's exact 579-twip spacing; a `lines` grid would make LibreOffice
    // respace the cover and the closing paragraph (docs/LAYOUT.md).
    expect(sectPr['w:docGrid']).toMatchObject({ 'w:type': 'default', 'w:linePitch': '579' });
  });

  it('prints every field exactly once and none of the blank form’s guidance', async () => {
    const { draft, document } = await exported(name);
    // A cover value broken over several underlined lines has a tab to the rule's end after each.
    const text = paragraphTexts(document)
      .map((p) => p.replace(/\t/g, ''))
      .join('\n');
    const lines = printedLines(draft).map((l) => l.replace(/\p{Cc}/gu, ''));
    // Once per field that holds it: the contact person may also be the signer.
    for (const line of lines)
      expect(occurrences(text, line), line).toBe(lines.filter((l) => l === line).length);
    for (const section of paper610(formOf(draft.form)).sections) {
      expect(text).toContain((section.labelLines ?? [section.label]).join('\n'));
      if (section.guidance) expect(text).not.toContain(section.guidance);
    }
    expect(text).not.toContain('附件');
  });

  it('gives every run an East Asian face, set explicitly wherever it is named, and hints curly quotes', async () => {
    const { document, styles, runs } = await exported(name);
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) expect(run.eastAsia, run.text).toBeTruthy();
    // Wherever a face is named (document defaults, styles, runs), its East Asian slot is too.
    const named = [...`${styles}${document}`.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    for (const font of named) expect(font).toMatch(/w:eastAsia="[^"]+"/);
    const quoteRuns = runs.filter((run) => /[“”‘’]/.test(run.text));
    expect(quoteRuns.length).toBeGreaterThan(0);
    for (const run of quoteRuns) expect(run.eastAsianHint, run.text).toBe(true);
  });

  it('prints the title in 小标宋, labels and 「一、」 headings in 黑体, 「（一）」 in 楷体, text in 仿宋 三号', async () => {
    const { draft, runs } = await exported(name);
    const form = formOf(draft.form);
    const face = (text: string) => runs.find((run) => run.text === text);
    expect(face(form.title)).toMatchObject({ eastAsia: '方正小标宋简体', size: 44 });
    for (const section of paper610(form).sections) {
      for (const line of section.labelLines ?? [section.label])
        expect(face(line)).toMatchObject({ eastAsia: '黑体', size: 32 });
      for (const part of section.parts.filter((p) => p.heading))
        expect(face(part.heading!)).toMatchObject({
          eastAsia: /^（/.test(part.heading!) ? '楷体_GB2312' : '黑体',
          size: 32,
        });
    }
    const text = runs.filter((run) => run.paragraphStyle === 'FormText');
    expect(text.length).toBeGreaterThan(0);
    for (const run of text) expect(run).toMatchObject({ eastAsia: '仿宋_GB2312', size: 32 });
  });

  it('numbers pages with a PAGE field as — N — and prints the export number and content hash', async () => {
    const { draft, footers } = await exported(name);
    const hash = (await contentHash(draft)).slice(0, 8);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toContain('— ');
      expect(paragraphTexts(footer).join('')).toContain(hash);
      expect(paragraphTexts(footer).join('')).toContain('第3次导出');
    }
  });
});

describe('images and the signature', () => {
  it('embeds the two print copies within the content column, captioned 图1 and 图2', async () => {
    const { files, document } = await exported('case-full');
    expect([...files.keys()].filter((f) => f.startsWith('word/media/'))).toHaveLength(3);
    const extents = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"/g)].map((m) => Number(m[1]));
    expect(extents).toHaveLength(3);
    for (const cx of extents) expect(cx).toBeLessThanOrEqual(CONTENT_INNER * EMU_PER_TWIP);
    const text = paragraphTexts(document);
    expect(text).toContain('图1\u3000“云秤”在线监测平台监控大屏');
    expect(text).toContain('图2\u3000居民在社区计量服务站复秤');
    // Each photo follows the part the user chose.
    const joined = text.join('\n');
    expect(joined.indexOf('图1')).toBeGreaterThan(joined.indexOf('二、主要做法'));
    expect(joined.indexOf('图1')).toBeLessThan(joined.indexOf('三、工作成效'));
    expect(joined.indexOf('图2')).toBeGreaterThan(joined.indexOf('三、工作成效'));
    expect(joined.indexOf('图2')).toBeLessThan(joined.indexOf('四、社会意义'));
  });

  it('prints the typed dates, or the blank date and a line to sign on', async () => {
    const full = paragraphTexts((await exported('case-full')).document);
    expect(full).toContain('2022年1月10日');
    expect(full).toContain('2022年1月12日');
    const material = paragraphTexts((await exported('material-full')).document);
    expect(material.filter((p) => p === '年\u3000\u3000月\u3000\u3000日')).toHaveLength(2);
    expect(material.find((p) => p.startsWith('报送人签字：'))).toBe(
      '报送人签字：\u3000\u3000\u3000\u3000\u3000\u3000',
    );
  });

  it('prints the signature block as one row that never splits, kept with the declaration and opinion above it', async () => {
    const { document } = await exported('case-full');
    const rows = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const [texts, block] = rows.slice(-2) as [string, string];
    expect(paragraphTexts(texts).join('')).toContain('声明：报送内容真实、可靠');
    expect(paragraphTexts(texts).join('')).toContain('同意报送。');
    expect(texts).toContain('<w:cantSplit/>');
    expect(texts).toMatch(/<w:keepNext\/>/);
    const printed = paragraphTexts(block);
    for (const text of ['报送人签字：', '王立新', '2022年1月10日', '盖章：', '2022年1月12日'])
      expect(printed.some((p) => p.startsWith(text))).toBe(true);
    expect(block).toContain('<w:cantSplit/>');
    // A clear 52 mm above 盖章 (and above 报送人签字, which lines up with it) for the stamp.
    const gaps = [...block.matchAll(/<w:spacing w:before="(\d+)"/g)].map((m) => Number(m[1]));
    expect(gaps.filter((gap) => gap >= 2835)).toHaveLength(2);
    // 6 cm at least, as the attachment's last row: the stamp square and three lines.
    expect(Math.min(...gaps.filter((gap) => gap >= 2835)) + 3 * 579).toBeGreaterThanOrEqual(3402);
  });
});

describe('what the user typed that the paper prints otherwise', () => {
  async function exportedWith(change: (draft: Draft) => Draft) {
    const { draft, dir } = await loadFixture('case-full');
    const bytes = await buildDocx(change(draft), dir, {
      exportOptions: ExportOptionsSchema.parse({}),
      exportNumber: 1,
      provisional: false,
    });
    return paragraphTexts((await unzip(bytes)).get('word/document.xml')!.toString('utf8'));
  }

  it('prints a caption typed with its own 图N once numbered, not 「图1　图1…」', async () => {
    const texts = await exportedWith((draft) => ({
      ...draft,
      attachments: draft.attachments.map((a, i) => ({
        ...a,
        caption: i ? '图 2：居民复秤' : '图1说明平台大屏',
      })),
    }));
    expect(texts).toContain('图1\u3000说明平台大屏');
    expect(texts).toContain('图2\u3000居民复秤');
  });

  it('drops bidirectional and C1 controls from the text, as the counter skips them', async () => {
    const texts = await exportedWith((draft) => ({
      ...draft,
      values: { ...draft.values, proof: '荣誉\u202e证书\u2066一\u2069份\u0091。' },
    }));
    expect(texts).toContain('荣誉证书一份。');
  });
});

describe('export options', () => {
  it('says 草稿 in the header only when provisional', async () => {
    expect((await exported('case-full')).headers.join('')).not.toContain('草稿');
    const provisional = await exported('case-unfinished', {}, true);
    expect(provisional.headers.length).toBeGreaterThan(0);
    for (const header of provisional.headers) expect(paragraphTexts(header).join('')).toContain('草稿');
  });

  it('uses the Windows faces in the windows scheme', async () => {
    const { document, styles, runs } = await exported('material-full', { fontScheme: 'windows' });
    expect(runs.filter((run) => run.paragraphStyle === 'FormText')[0]?.eastAsia).toBe('仿宋');
    expect(`${styles}${document}`).not.toContain('GB2312');
  });

  it('prints 四号 table text when asked', async () => {
    const { document, styles } = await exported('material-full', { tableFontSize: 14 });
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)![0];
    const inTable = effectiveRuns(table, styles);
    expect(inTable.length).toBeGreaterThan(10);
    for (const run of inTable) expect(run.size, run.text).toBe(28);
  });

  it('converts labels to traditional characters, and the content only on request', async () => {
    const labels = paragraphTexts((await exported('material-full', { traditional: true })).document).join(
      '\n',
    );
    expect(labels).toContain('計量創新案例和計量文化科普素材徵集表');
    expect(labels).toContain('商鞅方升是战国时期秦国');
    const content = paragraphTexts(
      (await exported('material-full', { traditional: true, traditionalContent: true })).document,
    ).join('\n');
    expect(content).toContain('商鞅方升是戰國時期秦國');
  });
});
