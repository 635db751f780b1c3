import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CAMPAIGN_FILE } from '../../../../../electron/services/delivery/campaign';
import { shippedCampaign } from '../../../../../shared/campaign';
import { deliveryWorld, type DeliveryWorld } from './services';
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
  postal: { ...shippedCampaign.postal, address: '上海市徐汇区新地址1号', phone: '021-64000000' },
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
        postal: { ...shippedCampaign.postal },
      }),
    );
    expect(refused.code).toBe('campaign-invalid');
    expect(refused.detail).toMatch(/deadline/);
    expect(refused.detail).toMatch(/email/);
    expect((await world.handlers['campaign:state']({})).isDefault).toBe(true);
    expect(await readdir(world.dataDir)).not.toContain(CAMPAIGN_FILE);
  });

  it('imports next year’s file, then restores the shipped one', async () => {
    const file = path.join(world.outDir, 'campaign-2022.json');
    await writeFile(file, `\uFEFF${JSON.stringify(nextYear)}`);
    world.answer(file);
    const imported = await world.handlers['campaign:import']({});
    expect(imported.campaign).toEqual(nextYear);
    expect(world.asked).toEqual([{ purpose: 'campaign' }]);
    expect(await world.reopen()['campaign:get']({})).toEqual(nextYear);

    const reset = await world.handlers['campaign:reset']({});
    expect(reset).toMatchObject({ campaign: shippedCampaign, isDefault: true });
    expect(await world.reopen()['campaign:get']({})).toEqual(shippedCampaign);
  });

  it.each([
    ['not JSON', '{ "id": ', /JSON/],
    ['a missing field', JSON.stringify({ ...nextYear, email: undefined }), /email/],
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
    await writeFile(path.join(world.dataDir, CAMPAIGN_FILE), '{"id": "half-written');
    const state = await world.reopen()['campaign:state']({});
    expect(state.isDefault).toBe(true);
    expect(state.setAside).toMatch(/^campaign\.corrupt-.+\.json$/);
    expect(await readFile(path.join(world.dataDir, state.setAside!), 'utf8')).toBe('{"id": "half-written');
  });

  it('says cancelled when no file is picked', async () => {
    world.answer(null);
    expect((await failure(world.handlers['campaign:import']({}))).code).toBe('cancelled');
  });
});
