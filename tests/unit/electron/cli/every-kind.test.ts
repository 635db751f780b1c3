import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../../../shared/draft';
import { registerForm } from '../../../../shared/forms';
import { cli } from '../../../support/cli';
import { unzip } from '../services/export/docx-files';
import { everyKindForm } from '../../../support/every-kind-form';

/**
 * The test-only form of every field kind, registered with the command line through the forms-module
 * hook only (`DESK_FORMS_MODULE`): validate, count and export read its definition.
 */
const env = { DESK_FORMS_MODULE: 'tests/support/every-kind-form.ts' };
registerForm(everyKindForm);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-every-kind-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function draftOf(values: Draft['values'], confirmed = false): Draft {
  const draft = emptyDraft({ id: 'every-kind-1', form: everyKindForm.id, campaignId: 'x', now: new Date() });
  return {
    ...draft,
    values: { ...draft.values, ...values },
    declaration: { ...draft.declaration, confirmed },
  };
}

const wrong = draftOf({
  name: '计量日活动',
  held: '五月',
  level: '省级',
  people: 'abc',
  aim: '计'.repeat(60),
  summary: '量'.repeat(70),
  staff: [
    { id: 'r1', cells: { person: '王明', role: '成员' } },
    { id: 'r2', cells: { person: '', role: '成员' } },
  ],
});

const complete = draftOf(
  {
    name: '计量日活动',
    unit: '计量所',
    held: '2023-05-20',
    level: '市级',
    people: 120,
    online: false,
    aim: '普及计量知识',
    staff: [
      { id: 'r1', cells: { person: '王明', role: '负责人' } },
      { id: 'r2', cells: { person: '李红', role: '成员' } },
    ],
  },
  true,
);

async function file(name: string, draft: Draft): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(draft), 'utf8');
  return path;
}

describe('the command line with a form from a forms module', () => {
  it('validates every kind and the across-row rule, in Chinese, naming the clause and the row', async () => {
    const result = await cli(['validate', '--strict', await file('wrong.json', wrong)], env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    for (const expected of [
      '错误：报送单位尚未填写（required unit）',
      '错误：举办日期不是有效的日期（date-invalid held）：五月',
      '错误：活动级别不在可选项中（not-an-option level）：省级',
      '错误：参与人数不是数字（not-a-number people）：abc',
      '错误：是否线上尚未填写（required online）',
      '错误：活动目的超出上限（over-limit aim）：60/50字',
      '错误：文字说明合计超出上限（over-limit texts）：130/120字',
      '错误：工作人员第 2 行的姓名尚未填写（required staff）',
      '错误：工作人员：工作人员中应有且只有 1 名负责人，现有 0 名（第三条）（rule staff）',
    ])
      expect(lines.some((line) => line.endsWith(expected))).toBe(true);
  });

  it('passes --strict for a complete draft of it', async () => {
    const result = await cli(['validate', '--strict', await file('complete.json', complete)], env);
    expect(result).toMatchObject({ code: 0 });
  });

  it('counts its long texts, its total as the body', async () => {
    const result = await cli(['count', '--json', await file('count.json', wrong)], env);
    expect(JSON.parse(result.stdout)).toEqual({
      kind: 'test-every-kind',
      parts: [
        { id: 'aim', name: '活动目的', words: 60, chars: 60, limit: 50 },
        { id: 'summary', name: '活动总结', words: 70, chars: 70, limit: 100 },
      ],
      totals: [{ id: 'texts', name: '文字说明合计', words: 130, limit: 120 }],
      body: { words: 130, limit: 120 },
    });
  });

  it('exports it with the fields-table layout: its title, labels, values and table', async () => {
    const out = join(dir, 'out.docx');
    const result = await cli(['export', await file('export.json', complete), '--out', out], env);
    expect(result.code).toBe(0);
    const xml = (await unzip(await readFile(out))).get('word/document.xml')!.toString('utf8');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const part of [
      '测试活动情况表',
      '活动名称',
      '计量日活动',
      '2023年5月20日',
      '市级',
      '姓名',
      '职务',
      '李红',
    ])
      expect(text).toContain(part);
  });

  it('does not know the form without the module', async () => {
    const result = await cli(['validate', await file('alone.json', complete)]);
    expect(result.code).toBe(1);
  });
});
