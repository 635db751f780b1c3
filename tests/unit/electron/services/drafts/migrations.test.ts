import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDraftText } from '../../../../../electron/services/drafts/format';
import { migrate, migrations } from '../../../../../electron/services/drafts/migrations';
import { textOf, DRAFT_FORMAT_VERSION } from '../../../../../shared/draft';
import { DeskError } from '../../../../../shared/errors';

const fixture = () => readFile('tests/fixtures/migrations/v0-case.json', 'utf8');

describe('draft migrations', () => {
  it('has a step from every older version up to the current one', () => {
    for (let v = 0; v < DRAFT_FORMAT_VERSION; v++)
      expect(migrations[v], `migration from ${v}`).toBeTypeOf('function');
  });

  it('lifts a pre-release (v0) draft into the current format without losing a field', async () => {
    const draft = parseDraftText(await fixture());
    expect(draft.formatVersion).toBe(DRAFT_FORMAT_VERSION);
    expect(draft.values).toMatchObject({
      title: '基层计量服务站',
      unit: '某区市场监督管理局',
      contact: '王明',
      phone: '021-64220000转2479',
      email: 'wang@example.cn',
      address: '上海市某区某路1号',
    });
    expect(textOf(draft, 'summary')).toBe('以计量服务站为抓手。');
    expect(draft.attachments).toEqual([
      expect.objectContaining({
        id: 'img1',
        role: 'image',
        caption: '服务站现场',
        afterPart: 'approach',
        width: 4000,
      }),
    ]);
    expect(draft.declaration).toMatchObject({
      signer: '王明',
      signDate: '2021-11-03',
      confirmed: true,
      opinion: '同意报送。',
    });
    expect(draft.createdAt).toBe('2021-11-02T09:00:00.000Z');
  });

  it('reports the version it migrated from', async () => {
    expect(migrate(JSON.parse(await fixture())).from).toBe(0);
  });

  it.each([
    ['a future version', '{"formatVersion": 99}', 'draft-future-version'],
    ['a file without a version', '{"id": "x"}', 'draft-corrupt'],
    ['truncated JSON', '{"formatVersion": 1, "id": "abc', 'draft-corrupt'],
    ['a v0 draft missing its fields', '{"formatVersion": 0, "id": "abcdef"}', 'draft-corrupt'],
    ['a v1 draft with a bad field', '{"formatVersion": 1, "id": "abcdef", "kind": "poem"}', 'draft-corrupt'],
  ])('refuses %s with %s', (_label, text, code) => {
    let error: unknown;
    try {
      parseDraftText(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe(code);
  });
});
