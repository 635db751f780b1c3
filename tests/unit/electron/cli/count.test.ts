import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../../../shared/count';
import { emptyDraft } from '../../../../shared/draft';
import { run } from '../../../../electron/cli/commands/count';
import { defineForm, registerForm } from '../../../../shared/forms';
import { cli } from '../../../support/cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-count-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cli count', () => {
  it('prints exactly {"words":N,"chars":M} for a UTF-8 text file with a BOM', async () => {
    const text = '\u3000\u3000第22个“世界计量日”，Hello、World。\r\n👍🏻 https://a.cn/x?y=1 2021年';
    const file = join(dir, 'text.txt');
    await writeFile(file, `\ufeff${text}`, 'utf8');
    const { words, chars } = countText(text);
    expect(words).toBe(19);
    const result = await cli(['count', '--json', file]);
    expect(result).toMatchObject({ code: 0, stdout: `{"words":${words},"chars":${chars}}\n` });
  });

  it('prints 字数 and 字符数 for people without --json', async () => {
    const file = join(dir, 'plain.txt');
    await writeFile(file, '计量——测量……完毕', 'utf8');
    const result = await cli(['count', file]);
    expect(result).toMatchObject({ code: 0, stdout: '字数 8\n字符数（不计空格） 10\n' });
  });

  it('counts each part of a draft and the body total against its limit', async () => {
    const draft = emptyDraft({ id: 'cli-case', form: 'case', campaignId: 'x', now: new Date() });
    draft.values.summary = '计量'.repeat(10);
    draft.values.background = '量'.repeat(2000);
    draft.values.lessons = '量'.repeat(1001);
    const file = join(dir, 'draft.json');
    await writeFile(file, JSON.stringify(draft), 'utf8');
    const result = await cli(['count', '--json', file]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { parts: { id: string; words: number }[]; body: unknown };
    expect(out.parts.find((p) => p.id === 'summary')?.words).toBe(20);
    expect(out.body).toEqual({ words: 3001, limit: 3000 });
  });

  it('exits 1 for a missing file and for an invalid draft, with the reason on standard error', async () => {
    const missing = await cli(['count', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('错误：无法读取文件（unreadable）');
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ formatVersion: 99, kind: 'case' }), 'utf8');
    const bad = await cli(['count', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('version 99');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['count'])).code).toBe(2);
    expect((await cli(['count', '--nope', 'x'])).code).toBe(2);
  });
});

/**
 * A test-only form without a body step: a plan written on the summary step, its two parts limited
 * together. Counting reads the definition, so its total is reported and nothing waits for 正文.
 */
const planForm = defineForm({
  id: 'test-count-plan',
  key: 'test',
  layout: 'fields-table',
  kindName: '工作计划',
  title: '工作计划',
  fields: [
    {
      type: 'longText',
      id: 'goals',
      key: 'test.goals',
      label: '工作目标',
      name: '工作目标',
      limit: 200,
      required: true,
    },
    {
      type: 'longText',
      id: 'steps',
      key: 'test.steps',
      label: '实施步骤',
      name: '实施步骤',
      required: false,
    },
  ],
  totals: [{ id: 'plan', key: 'test.plan', label: '一、工作计划', fields: ['goals', 'steps'], limit: 500 }],
  titleField: 'goals',
  steps: [{ id: 'plan', label: '工作计划', fields: ['goals', 'steps'] }],
});

describe('cli count of a form without a body step', () => {
  registerForm(planForm);

  async function count(args: string[]): Promise<string[]> {
    const out: string[] = [];
    const code = await run(args, { out: (text) => out.push(text), err: () => undefined });
    expect(code).toBe(0);
    return out;
  }

  async function planDraft(): Promise<string> {
    const draft = emptyDraft({ id: 'cli-plan', form: planForm.id, campaignId: 'x', now: new Date() });
    draft.values.goals = '计'.repeat(120);
    draft.values.steps = '量'.repeat(400);
    const file = join(dir, 'plan.json');
    await writeFile(file, JSON.stringify(draft), 'utf8');
    return file;
  }

  it('gives each limited part and the total the definition limits, and no body total', async () => {
    const [line] = await count(['--json', await planDraft()]);
    const out = JSON.parse(line!) as Record<string, unknown>;
    expect(out).toEqual({
      kind: 'test-count-plan',
      parts: [
        { id: 'goals', name: '工作目标', words: 120, chars: 120, limit: 200 },
        { id: 'steps', name: '实施步骤', words: 400, chars: 400, limit: null },
      ],
      totals: [{ id: 'plan', name: '工作计划合计', words: 520, limit: 500 }],
      body: null,
    });
  });

  it('prints the total by the section’s name for people without --json', async () => {
    expect(await count([await planDraft()])).toEqual([
      '工作目标\t120 / 200',
      '实施步骤\t400',
      '工作计划合计\t520 / 500',
    ]);
  });
});
