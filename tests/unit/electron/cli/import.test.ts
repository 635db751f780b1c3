import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../../../shared/draft';
import { parseDraftText } from '../../../../electron/services/drafts/format';
import { loadFixture } from '../services/export/docx-files';
import { cli } from '../../../support/cli';
import { wordForm } from '../../../support/word-form';

let dir: string;
let typed: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-import-'));
  const { draft } = await loadFixture('case-full');
  typed = join(dir, '征集表.docx');
  await writeFile(
    typed,
    await wordForm({ draft, omit: ['significance'], signDate: '2022年1月10日', opinionDate: '2022.1.12' }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cli import', () => {
  it('writes a draft folder, prints its path and reports each part not found on a line of its own', async () => {
    const out = join(dir, 'typed');
    const result = await cli(['import', typed, '--out', out]);
    expect(result.stderr).not.toContain('错误');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(join(out, 'draft.json'));
    expect(result.stderr.split('\n')).toContain('未找到：四、社会意义');
    expect(result.stderr).toMatch(/^已导入：（一）案例简介（\d+\/300字）$/m);
    const draft = parseDraftText(await readFile(join(out, 'draft.json'), 'utf8'));
    expect(draft.form).toBe('case');
    expect(textOf(draft, 'title')).toBe('“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设');
    expect(draft.declaration.signDate).toBe('2022-01-10');
    expect((await cli(['validate', join(out, 'draft.json')])).code).toBe(0);
    // The folder now holds a draft: a second import is refused, not written over it.
    const again = await cli(['import', typed, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('（draft-exists）');
  });

  it('exits 1 with the message in Chinese and its code for a .doc and for a document that is no form', async () => {
    const doc = join(dir, 'old.doc');
    await writeFile(doc, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    const refusedDoc = await cli(['import', doc, '--out', join(dir, 'doc')]);
    expect(refusedDoc.code).toBe(1);
    expect(refusedDoc.stderr).toMatch(/^错误：.*另存为.*（import-doc）/m);
    expect(refusedDoc.stdout).toBe('');

    const letter = join(dir, 'letter.docx');
    await writeFile(
      letter,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('会议通知')] }] })),
    );
    const refusedLetter = await cli(['import', letter, '--out', join(dir, 'letter')]);
    expect(refusedLetter.code).toBe(1);
    expect(refusedLetter.stderr).toContain('（import-not-form）');
  });

  it('maps onto the form named by --form, and refuses a form it does not know', async () => {
    const forced = await cli(['import', typed, '--out', join(dir, 'forced'), '--form', 'case']);
    expect(forced.code).toBe(0);
    const unknown = await cli(['import', typed, '--out', join(dir, 'unknown'), '--form', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('（unknown-form）');
    expect((await cli(['import', '--out', join(dir, 'x')])).code).toBe(2);
  });
});
