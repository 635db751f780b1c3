import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LEGACY_CAMPAIGN_FILE,
  USER_CAMPAIGNS_DIR,
} from '../../../../../electron/services/campaigns/registry';
import { shippedCampaign } from '../../../../../shared/campaign';
import { deliveryWorld, type DeliveryWorld } from '../delivery/services';
import { failure } from '../../../../support/failure';

let world: DeliveryWorld;
beforeEach(async () => {
  world = await deliveryWorld(['case-full']);
});
afterEach(() => world.cleanup());

const nextYear = {
  ...shippedCampaign,
  id: 'shsjl-2022-700',
  documentNumber: '沪市监计量〔2022〕700号',
  issuedOn: '2022-11-30',
  deadline: '2023-01-31',
  email: 'jlxh2023@example.cn',
  postal: { ...shippedCampaign.postal!, address: '上海市徐汇区新地址1号', phone: '021-64000000' },
};

describe('campaign facts', () => {
  it('starts with the shipped campaign as the default', async () => {
    const state = await world.handlers['campaign:state']({});
    expect(state).toEqual({ campaign: shippedCampaign, shipped: shippedCampaign, isDefault: true });
    expect(await world.handlers['campaign:get']({})).toEqual(shippedCampaign);
  });

  it('keeps an edit across restarts, and the exports use it', async () => {
    const state = await world.handlers['campaign:update']({
      deadline: '2099-12-31',
      email: 'new-box@example.cn',
      postal: { organisation: '上海市计量协会', address: '新地址', recipient: '李四', phone: '021-1234567' },
    });
    expect(state.isDefault).toBe(false);
    expect(state.campaign).toMatchObject({ deadline: '2099-12-31', email: 'new-box@example.cn' });
    expect(state.campaign.documentNumber).toBe(shippedCampaign.documentNumber);
    const again = world.reopen();
    expect((await again['campaign:get']({})).postal).toEqual({
      organisation: '上海市计量协会',
      address: '新地址',
      recipient: '李四',
      phone: '021-1234567',
    });
    // The shipped deadline has passed; the edited one has not, so preflight stops warning.
    const issues = (await again['export:preflight']({ id: 'fixture-case-full' })).issues;
    expect(issues.map((i) => i.code)).not.toContain('deadline-passed');
  });

  it('refuses an edit that does not fit, naming the field, and keeps the facts in force', async () => {
    const refused = await failure(
      world.handlers['campaign:update']({
        deadline: '2022/1/20',
        email: 'not an address',
        postal: { ...shippedCampaign.postal! },
      }),
    );
    expect(refused.code).toBe('campaign-invalid');
    expect(refused.detail).toMatch(/deadline/);
    expect(refused.detail).toMatch(/email/);
    expect((await world.handlers['campaign:state']({})).isDefault).toBe(true);
    expect(await readdir(world.dataDir)).not.toContain(USER_CAMPAIGNS_DIR);
  });

  it('imports next year’s file beside the built-in call, then removes it again', async () => {
    const file = path.join(world.outDir, 'campaign-2022.json');
    await writeFile(file, `\uFEFF${JSON.stringify(nextYear)}`);
    world.answer(file);
    const imported = await world.handlers['campaign:import']({});
    expect(imported).toEqual({ campaign: nextYear, shipped: null, isDefault: false });
    expect(world.asked).toEqual([{ purpose: 'campaign' }]);
    const again = world.reopen();
    // The newest call is next year's; the built-in one is still held, as shipped.
    expect(await again['campaign:get']({})).toEqual(nextYear);
    expect((await again['campaigns:list']({})).campaigns).toEqual([
      { campaign: nextYear, origin: 'imported' },
      { campaign: shippedCampaign, origin: 'builtin' },
    ]);
    expect(
      await readFile(path.join(world.dataDir, USER_CAMPAIGNS_DIR, `${nextYear.id}.json`), 'utf8'),
    ).toContain(nextYear.documentNumber);

    expect(await again['campaign:reset']({ id: nextYear.id })).toBeNull();
    expect(await world.reopen()['campaign:get']({})).toEqual(shippedCampaign);
  });

  it('restores an edited built-in call to the shipped facts', async () => {
    await world.handlers['campaign:update']({
      deadline: '2099-12-31',
      email: shippedCampaign.email!,
      postal: shippedCampaign.postal!,
    });
    expect((await world.reopen()['campaigns:list']({})).campaigns[0]?.origin).toBe('edited');
    const reset = await world.handlers['campaign:reset']({});
    expect(reset).toMatchObject({ campaign: shippedCampaign, isDefault: true });
    expect(await world.reopen()['campaign:get']({})).toEqual(shippedCampaign);
  });

  it.each([
    ['not JSON', '{ "id": ', /JSON/],
    [
      'a missing field',
      JSON.stringify({ ...nextYear, documentNumber: undefined }),
      /documentNumber: missing/,
    ],
    ['a bad date', JSON.stringify({ ...nextYear, deadline: '31.01.2023' }), /deadline/],
    ['a bad postal block', JSON.stringify({ ...nextYear, postal: { address: '' } }), /postal\./],
  ])('refuses a campaign file with %s, with the reason', async (_, text, reason) => {
    const file = path.join(world.outDir, 'bad.json');
    await writeFile(file, text);
    world.answer(file);
    const refused = await failure(world.handlers['campaign:import']({}));
    expect(refused.code).toBe('campaign-invalid');
    expect(refused.detail).toMatch(reason);
    expect(await world.handlers['campaign:get']({})).toEqual(shippedCampaign);
  });

  it('sets a broken campaign file aside at start and says so, never overwriting it', async () => {
    await writeFile(path.join(world.dataDir, LEGACY_CAMPAIGN_FILE), '{"id": "half-written');
    const state = await world.reopen()['campaign:state']({});
    expect(state.isDefault).toBe(true);
    expect(state.setAside).toMatch(/^campaign\.corrupt-.+\.json$/);
    expect(await readFile(path.join(world.dataDir, state.setAside!), 'utf8')).toBe('{"id": "half-written');
  });

  it('says cancelled when no file is picked', async () => {
    world.answer(null);
    expect((await failure(world.handlers['campaign:import']({}))).code).toBe('cancelled');
  });

  it('names the field of an organiser’s file that is wrong, and adds nothing', async () => {
    const file = path.join(world.outDir, 'organiser.json');
    await writeFile(file, JSON.stringify({ ...nextYear, forms: ['case', 'x'], deadline: '2023-02-30' }));
    world.answer(file);
    const refused = await failure(world.handlers['campaign:import']({}));
    expect(refused).toMatchObject({
      code: 'campaign-invalid',
      detail: 'deadline: not a calendar date',
      problems: [{ path: 'deadline', code: 'not-a-date' }],
    });
    await writeFile(file, JSON.stringify({ ...nextYear, forms: ['case', 'x'] }));
    world.answer(file);
    expect(await failure(world.handlers['campaign:import']({}))).toMatchObject({
      detail: 'forms[1]: unknown form "x"',
      problems: [{ path: 'forms[1]', code: 'unknown-form', value: 'x' }],
    });
    expect((await world.handlers['campaigns:list']({})).campaigns).toHaveLength(1);
  });

  it('moves the campaign file of the app before several campaigns into the campaigns folder', async () => {
    const { forms: _forms, ...old } = { ...shippedCampaign, deadline: '2022-02-28' };
    await writeFile(path.join(world.dataDir, LEGACY_CAMPAIGN_FILE), JSON.stringify(old));
    const list = await world.reopen()['campaigns:list']({});
    expect(list.campaigns).toEqual([
      { campaign: { ...shippedCampaign, deadline: '2022-02-28' }, origin: 'edited' },
    ]);
    expect(await readdir(world.dataDir)).not.toContain(LEGACY_CAMPAIGN_FILE);
    expect(await readdir(path.join(world.dataDir, USER_CAMPAIGNS_DIR))).toEqual([
      `${shippedCampaign.id}.json`,
    ]);
  });

  it('sets a broken imported campaign aside by name, and keeps the others', async () => {
    const dir = path.join(world.dataDir, USER_CAMPAIGNS_DIR);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'next.json'), JSON.stringify(nextYear));
    await writeFile(path.join(dir, 'broken.json'), JSON.stringify({ ...nextYear, id: 'other', forms: [] }));
    const list = await world.reopen()['campaigns:list']({});
    expect(list.campaigns.map(({ campaign }) => campaign.id)).toEqual([nextYear.id, shippedCampaign.id]);
    expect(list.setAside).toEqual([
      {
        file: 'broken.json',
        movedTo: expect.stringMatching(/^campaigns[/\\]set-aside[/\\]broken\..+\.json$/),
        problems: [{ path: 'forms', code: 'empty' }],
      },
    ]);
    expect(
      JSON.parse(await readFile(path.join(world.dataDir, list.setAside[0]!.movedTo!), 'utf8')),
    ).toMatchObject({
      id: 'other',
    });
  });

  it('makes a new draft of the campaign asked for, or of the newest that has the form; keeps an id it does not hold', async () => {
    const dir = path.join(world.dataDir, USER_CAMPAIGNS_DIR);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'next.json'), JSON.stringify(nextYear));
    const handlers = world.reopen();
    expect((await handlers['drafts:create']({ form: 'case' })).campaignId).toBe(nextYear.id);
    expect((await handlers['drafts:create']({ kind: 'material' })).campaignId).toBe(nextYear.id);
    const older = await handlers['drafts:create']({ form: 'case', campaignId: shippedCampaign.id });
    expect(older.campaignId).toBe(shippedCampaign.id);
    // An id the app does not hold is kept; the draft's exports print the newest call with the form.
    const orphan = await handlers['drafts:create']({ form: 'case', campaignId: 'gone' });
    expect(orphan.campaignId).toBe('gone');
    const { issues } = await handlers['export:preflight']({ id: orphan.id });
    expect(issues.find((issue) => issue.code === 'deadline-passed')?.detail).toBe(nextYear.deadline);
  });
});
