import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValuesFile } from '../../../../../electron/cli/values-file';
import { docxToPdf } from '../../../../../electron/services/delivery/pdf';
import { findSoffice } from '../../../../../electron/services/delivery/tools';
import { printStyle } from '../../../../../electron/services/export/docx';
import {
  buildCommitteePlan,
  committeePlanInput,
} from '../../../../../electron/services/export/layouts/committee-plan';
import type { FieldsTableInput } from '../../../../../electron/services/export/layouts/fields-table';
import { committeePlanForm } from '../../../../../shared/forms/committee-plan';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { unzip } from './docx-files';

const run = promisify(execFile);
const available = findSoffice() !== null;

/** The 20-member plan of the fixture, read the way `cli new --values` reads it. */
const plan = JSON.parse(readFileSync('tests/fixtures/committee/valid-plan.json', 'utf8')) as {
  委员名单: { 姓名: string }[];
} & Record<string, unknown>;
const names = plan.委员名单.map((member) => member.姓名);

async function input(values = readValuesFile(committeePlanForm, plan).values): Promise<FieldsTableInput> {
  return {
    title: committeePlanForm.title,
    fields: committeePlanForm.fields,
    values,
    style: await printStyle(ExportOptionsSchema.parse({})),
    exportNumber: 1,
    hash: '0123456789abcdef',
  };
}
const squeeze = (text: string) => text.replace(/\s+/gu, '');

describe('the committee plan layout', () => {
  it('titles the plan with the committee and prints the composition computed from the rows', async () => {
    const printed = committeePlanInput(await input());
    expect(printed.title).toBe('上海市碳计量技术委员会组成方案');
    const at = printed.fields.findIndex((field) => field.label === '组成情况');
    expect(printed.fields[at + 1]?.label).toBe('委员名单');
    expect(printed.values.composition).toBe(
      '委员共20人，来自18个单位；其中技术专业人员18人、行政管理人员2人；正高级职称6人、副高级职称12人、未填职称2人。',
    );
  });

  it('keeps the form’s title while the committee has no name', async () => {
    const values = { ...readValuesFile(committeePlanForm, plan).values, name: '' };
    expect(committeePlanInput(await input(values)).title).toBe('计量技术委员会组成方案');
  });

  it('writes every member and the composition line into the document', async () => {
    const xml = (await unzip(await buildCommitteePlan(await input())))
      .get('word/document.xml')!
      .toString('utf8');
    for (const name of names) expect(xml).toContain(name);
    expect(xml).toContain('委员共20人，来自18个单位');
    expect(xml).toContain('上海市碳计量技术委员会组成方案');
    expect(xml).toMatch(/w:orient="landscape"/);
  });
});

describe.skipIf(!available)('LibreOffice renders the committee plan', () => {
  let work: string;
  let pdf: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'committee-plan-'));
    pdf = path.join(work, 'plan.pdf');
    await writeFile(pdf, await docxToPdf(await buildCommitteePlan(await input()), { timeoutMs: 240_000 }));
  }, 300_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('prints all 20 members’ rows, the table landscape after the portrait facts', async () => {
    const { stdout: info } = await run('pdfinfo', ['-f', '1', '-l', '99', pdf]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(sizes[0]![0]).toBeLessThan(sizes[0]![1]!);
    expect(sizes.at(-1)![0]).toBeGreaterThan(sizes.at(-1)![1]!);
    const { stdout } = await run('pdftotext', ['-raw', pdf, '-']);
    const all = squeeze(stdout);
    for (const name of names) expect(all).toContain(name);
    expect(all).toContain('委员共20人，来自18个单位');
  });
});
