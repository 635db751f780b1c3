import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../../../shared/draft';
import { recoveryOf } from '../../../../../shared/recovery';
import { servicesIn } from '../../../../faults/lib/fixtures';
import { makeReadOnly } from '../../../../support/read-only';

let env: Awaited<ReturnType<typeof servicesIn>>;
let draft: Draft;
beforeEach(async () => {
  env = await servicesIn('recovery');
  draft = await env.services.value('drafts:create', { kind: 'case' });
});
afterEach(() => env.cleanup());

const beside = () => join(env.dataDir, 'drafts', draft.id, 'recovery.json');
const aside = () => join(env.dataDir, 'recovery', `${draft.id}.json`);

describe('recovery files', () => {
  it('keeps the edits beside the draft whatever their length, offers them, and discards them', async () => {
    const signer = '张'.repeat(300);
    const edited = {
      ...draft,
      declaration: { ...draft.declaration, signer },
      values: { ...draft.values, summary: '摘要' },
    };
    // Like the draft schema, the recovery bounds no text by length: a 报送人 far over its limit is kept.
    await env.services.value('drafts:keepRecovery', { recovery: recoveryOf(edited, draft.updatedAt) });
    expect(existsSync(beside())).toBe(true);

    const { kept } = await env.services.value('drafts:recovery', { id: draft.id });
    expect(kept?.recovery.declaration.signer).toBe(signer);
    expect(kept?.recovery.values.summary).toBe('摘要');
    expect(kept?.recovery.base).toBe(draft.updatedAt);

    await env.services.value('drafts:discardRecovery', { id: draft.id });
    expect(existsSync(beside())).toBe(false);
    expect((await env.services.value('drafts:recovery', { id: draft.id })).kept).toBeNull();
  });

  it('keeps it in the data folder when the draft folder refuses writes', async (context) => {
    const undo = makeReadOnly(join(env.dataDir, 'drafts', draft.id));
    if (!undo) {
      console.log('skipped: this file system cannot be made read-only here (no chattr as root)');
      context.skip();
      return;
    }
    try {
      const edited = { ...draft, values: { ...draft.values, summary: '只读时写的摘要' } };
      const saved = await env.services.call('drafts:save', { draft: edited });
      expect(saved).toMatchObject({ ok: false, code: 'read-only' });
      await env.services.value('drafts:keepRecovery', { recovery: recoveryOf(edited, draft.updatedAt) });
      expect(existsSync(aside())).toBe(true);
      const { kept } = await env.services.value('drafts:recovery', { id: draft.id });
      expect(kept?.recovery.values.summary).toBe('只读时写的摘要');
    } finally {
      undo();
    }
    await env.services.value('drafts:discardRecovery', { id: draft.id });
    expect(existsSync(aside())).toBe(false);
  });

  it('leaves a recovery file it cannot read where it is and offers nothing', async () => {
    await env.services.value('drafts:keepRecovery', { recovery: recoveryOf(draft, draft.updatedAt) });
    writeFileSync(beside(), '{ not json');
    expect((await env.services.value('drafts:recovery', { id: draft.id })).kept).toBeNull();
    expect(readFileSync(beside(), 'utf8')).toBe('{ not json');
  });

  it('refuses edits of a draft that does not exist', async () => {
    const result = await env.services.call('drafts:keepRecovery', {
      recovery: { ...recoveryOf(draft, draft.updatedAt), id: 'no-such-draft' },
    });
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect(existsSync(join(env.dataDir, 'recovery'))).toBe(false);
  });
});
