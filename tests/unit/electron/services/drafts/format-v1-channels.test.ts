import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../electron/services/dispatch';
import type { Dialogs } from '../../../../../electron/services/context';
import { textOf, type Draft } from '../../../../../shared/draft';
import type { Handlers } from '../../../../../shared/ipc';
import { testHandlers } from '../../../../support/handlers';
import { freshRepository } from './helpers';

/**
 * Outside checks speak draft format 1 to the channels (DESIGN §8): `drafts:create {kind}` and
 * `drafts:save {draft}` with `kind`, `cover` and `fields`. They stay accepted across format 2, and
 * `drafts:create` also takes the registry's `{form, campaignId?}`.
 */
const dialogs: Dialogs = {
  openFiles: async () => [],
  saveFile: async () => null,
  chooseFolder: async () => null,
  reveal: async () => 'opened',
};

let env: Awaited<ReturnType<typeof freshRepository>>;
let handlers: Handlers;
beforeEach(async () => {
  env = await freshRepository('format-v1');
  handlers = testHandlers(env.dataDir, dialogs);
});
afterEach(() => env.cleanup());

async function call<T>(channel: Parameters<typeof dispatch>[1], payload: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.detail ?? ''}`);
  return result.value as T;
}

describe('format-1 shapes through the channels', () => {
  it('drafts:create takes {kind} and {form, campaignId}; an unknown form is refused by name', async () => {
    const byKind = await call<Draft>('drafts:create', { kind: 'material' });
    expect(byKind).toMatchObject({
      formatVersion: 2,
      form: 'material',
      values: { summary: '', content: '' },
    });
    const byForm = await call<Draft>('drafts:create', { form: 'case', campaignId: 'next-year' });
    expect(byForm).toMatchObject({ form: 'case', campaignId: 'next-year' });
    expect(await dispatch(handlers, 'drafts:create', { form: 'poem' })).toMatchObject({
      ok: false,
      code: 'form-unknown',
      detail: 'poem',
    });
  });

  it('drafts:save takes a format-1 draft and keeps its cover items and parts as values', async () => {
    const created = await call<Draft>('drafts:create', { kind: 'case' });
    const { form: _form, values: _values, formatVersion: _version, ...rest } = created;
    const v1 = {
      ...rest,
      formatVersion: 1,
      kind: 'case',
      cover: {
        title: '智慧计量',
        unit: '某区市场监管局',
        contact: '王明',
        phone: '',
        email: '',
        address: '',
      },
      fields: { summary: '以计量服务站为抓手。', background: '背景。' },
    };
    await call('drafts:save', { draft: v1 });
    const loaded = await call<Draft>('drafts:load', { id: created.id });
    expect(loaded.formatVersion).toBe(2);
    expect(loaded.form).toBe('case');
    expect(textOf(loaded, 'title')).toBe('智慧计量');
    expect(textOf(loaded, 'contact')).toBe('王明');
    expect(textOf(loaded, 'summary')).toBe('以计量服务站为抓手。');
    expect(textOf(loaded, 'background')).toBe('背景。');
  });
});
