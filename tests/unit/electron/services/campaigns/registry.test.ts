import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCampaign, problemsText } from '../../../../../electron/services/campaigns/parse';
import { openCampaigns } from '../../../../../electron/services/campaigns/registry';
import { shippedCampaign } from '../../../../../shared/campaign';
import { isFormId } from '../../../../../shared/forms';

const later = { ...shippedCampaign, id: 'later', issuedOn: '2023-01-05', forms: ['material'] };

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'campaign-registry-'));
  await mkdir(path.join(root, 'builtin'));
  await mkdir(path.join(root, 'data', 'campaigns'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const put = (dir: string, name: string, value: unknown) =>
  writeFile(path.join(root, dir, name), typeof value === 'string' ? value : JSON.stringify(value));
const open = (readOnly = false) =>
  openCampaigns({
    builtinDir: path.join(root, 'builtin'),
    dataDir: path.join(root, 'data'),
    isFormId,
    readOnly,
  });

describe('campaign file checks', () => {
  it.each([
    [{ forms: ['case', 'x'] }, 'forms[1]: unknown form "x"'],
    [{ forms: ['case', 'case'] }, 'forms[1]: form listed twice "case"'],
    [{ forms: [] }, 'forms: empty'],
    [{ deadline: '2022-02-30' }, 'deadline: not a calendar date'],
    [{ deadline: '20.1.2022' }, 'deadline: not a calendar date'],
    [{ id: '../evil' }, 'id: not a file-safe id'],
    [{ email: 'nobody' }, 'email: not an e-mail address'],
    [
      { postal: { organisation: '' } },
      'postal.organisation: empty; postal.address: missing; postal.recipient: missing; postal.phone: missing',
    ],
    [{ activityPeriod: { from: '2024-05-20', to: 'soon' } }, 'activityPeriod.to: not a calendar date'],
  ])('names the field of %j', (change, text) => {
    const checked = checkCampaign({ ...shippedCampaign, ...change }, isFormId);
    expect('problems' in checked && problemsText(checked.problems)).toBe(text);
  });

  it('takes a call that names no mailbox or postal address (a 5·20 notice)', () => {
    const {
      email: _email,
      postal: _postal,
      recentYears: _years,
      domains: _domains,
      ...bare
    } = shippedCampaign;
    const checked = checkCampaign({ ...bare, recipient: '市局计量处' }, isFormId);
    expect(checked).toEqual({ campaign: { ...bare, recipient: '市局计量处' } });
  });
});

describe('the campaign registry', () => {
  it('holds every built-in and imported campaign, newest first, the newest with a form first for it', async () => {
    await put('builtin', 'a.json', shippedCampaign);
    await put('data/campaigns', 'later.json', later);
    const registry = open();
    expect(registry.list().map(({ campaign, origin }) => [campaign.id, origin])).toEqual([
      ['later', 'imported'],
      [shippedCampaign.id, 'builtin'],
    ]);
    expect(registry.newestWith('material')?.id).toBe('later');
    expect(registry.newestWith('case')?.id).toBe(shippedCampaign.id);
    // A draft of a campaign no longer held prints the newest call that has its form.
    expect(registry.forDraft({ form: 'case', campaignId: 'gone' }).id).toBe(shippedCampaign.id);
  });

  it('reports a broken built-in file and a second file of one id without moving them', async () => {
    await put('builtin', 'a.json', shippedCampaign);
    await put('builtin', 'b.json', shippedCampaign);
    await put('builtin', 'c.json', '{ nope');
    const registry = open();
    expect(registry.list()).toHaveLength(1);
    expect(registry.setAside).toEqual([
      { file: 'b.json', problems: [{ path: 'id', code: 'duplicate-id', value: shippedCampaign.id }] },
      { file: 'c.json', problems: [{ path: '(root)', code: 'not-json', value: expect.any(String) }] },
    ]);
    expect(await readdir(path.join(root, 'builtin'))).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('moves a broken imported file aside, unless read only (the CLI)', async () => {
    await put('builtin', 'a.json', shippedCampaign);
    await put('data/campaigns', 'later.json', { ...later, forms: ['poem'] });
    const readOnly = open(true);
    expect(readOnly.setAside).toEqual([
      { file: 'later.json', problems: [{ path: 'forms[0]', code: 'unknown-form', value: 'poem' }] },
    ]);
    expect(existsSync(path.join(root, 'data', 'campaigns', 'later.json'))).toBe(true);
    const registry = open();
    expect(registry.setAside[0]?.movedTo).toMatch(/set-aside[/\\]later\..+\.json$/);
    expect(await readdir(path.join(root, 'data', 'campaigns'))).toEqual(['set-aside']);
  });

  it('keeps an edit per campaign and never touches the built-in file', async () => {
    await put('builtin', 'a.json', shippedCampaign);
    await put('data/campaigns', 'later.json', later);
    const registry = open();
    const postal = { organisation: '', address: '', recipient: '', phone: '' };
    await registry.edit('later', { deadline: '2099-05-01', email: '', postal });
    const again = open();
    expect(again.get('later')).toEqual({
      ...Object.fromEntries(Object.entries(later).filter(([key]) => key !== 'email' && key !== 'postal')),
      deadline: '2099-05-01',
    });
    expect(again.get(shippedCampaign.id)).toEqual(shippedCampaign);
    expect(await readdir(path.join(root, 'builtin'))).toEqual(['a.json']);
  });
});
