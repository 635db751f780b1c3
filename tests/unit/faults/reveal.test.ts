import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/draft';
import { servicesIn } from '../../faults/lib/fixtures';

/**
 * `export:reveal` hands a path to the desktop (`shell.openPath`), which runs programs. The path
 * must be one main itself wrote: a page that saves a draft with a made-up export record must not
 * get the desktop to open whatever file that record names.
 */
let env: Awaited<ReturnType<typeof servicesIn>>;
let draft: Draft;
beforeAll(async () => {
  env = await servicesIn('reveal');
  draft = await env.services.value('drafts:create', { kind: 'case' });
});
afterAll(() => env.cleanup());

describe('export records come from main only', () => {
  it('a saved draft cannot add export records, so reveal never opens a path the page chose', async () => {
    const forged = {
      number: 7,
      at: '2021-12-20T08:00:00.000Z',
      hash: '0badc0de',
      files: ['/bin/sh'],
      provisional: false,
    };
    await env.services.value('drafts:save', { draft: { ...draft, exports: [forged] } });
    expect((await env.services.value('drafts:load', { id: draft.id })).exports).toEqual([]);
    expect(await env.services.call('export:reveal', { id: draft.id, what: 'file' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(env.services.dialogs.revealed).toEqual([]);
  });

  it('a page that has not seen the latest export cannot drop it either', async () => {
    const target = `${env.dir}/form.docx`;
    env.services.dialogs.saved.push(target);
    await env.services.value('export:docx', { id: draft.id });
    await env.services.value('drafts:save', { draft: { ...draft, exports: [] } });
    expect((await env.services.value('drafts:load', { id: draft.id })).exports.map((r) => r.files)).toEqual([
      [target],
    ]);
    await env.services.value('export:reveal', { id: draft.id, what: 'file' });
    expect(env.services.dialogs.revealed).toEqual([{ path: target, what: 'file' }]);
  });
});
