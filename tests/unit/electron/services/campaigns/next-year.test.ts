import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOFFICE_ENV } from '../../../../../electron/services/delivery/tools';
import { paragraphTexts, unzip } from '../export/docx-files';
import { deliveryWorld, type DeliveryWorld } from '../delivery/services';
import { readZip } from '../delivery/zip';
import type { Campaign } from '../../../../../shared/campaign';

/**
 * Next year's call is one more campaign file (issue #17): dropped into a copy of the built-in
 * folder, with no code changed, it is offered on the home screen, new drafts carry it, and its
 * deadline and addresses are what the package's 报送说明 and the cover sheet print.
 */
const NEXT = 'tests/fixtures/campaigns/shsjl-2022-700.json';
let world: DeliveryWorld;
let builtin: string;
beforeEach(async () => {
  builtin = await mkdtemp(path.join(tmpdir(), 'campaigns-'));
  await cp('resources/campaigns', builtin, { recursive: true });
  await cp(NEXT, path.join(builtin, path.basename(NEXT)));
  // No PDF in the package: this test is about the facts printed, not LibreOffice.
  vi.stubEnv(SOFFICE_ENV, '');
  world = await deliveryWorld(['case-full'], builtin);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await world.cleanup();
  await rm(builtin, { recursive: true, force: true });
});

describe('next year’s call as one campaign file', () => {
  it('is offered first, carried by new drafts, and printed in 报送说明 and on the cover sheet', async () => {
    const next = JSON.parse(await readFile(NEXT, 'utf8')) as Campaign & {
      postal: NonNullable<Campaign['postal']>;
    };
    const { campaigns } = await world.handlers['campaigns:list']({});
    expect(campaigns.map(({ campaign, origin }) => [campaign.id, origin])).toEqual([
      [next.id, 'builtin'],
      ['shsjl-2021-610', 'builtin'],
    ]);
    expect((await world.handlers['drafts:create']({ form: 'case' })).campaignId).toBe(next.id);
    expect((await world.handlers['drafts:create']({ kind: 'material' })).campaignId).toBe(next.id);

    // A filled draft that answers next year's call.
    const draft = await world.handlers['drafts:load']({ id: 'fixture-case-full' });
    await world.handlers['drafts:save']({ draft: { ...draft, campaignId: next.id } });
    const preflight = await world.handlers['export:preflight']({ id: 'fixture-case-full' });
    expect(preflight.issues.map((issue) => issue.code)).not.toContain('deadline-passed');

    const zip = path.join(world.outDir, '报送包.zip');
    world.answer(zip);
    await world.handlers['delivery:package']({ id: 'fixture-case-full' });
    const entries = await readZip(zip);
    const instructions = entries
      .find((entry) => entry.name === '报送说明.txt')!
      .bytes.subarray(3)
      .toString();
    const { documentNumber, email, postal } = next;
    const printed = [
      documentNumber,
      '2099年1月31日前报送',
      email,
      postal.address,
      `收件人：${postal.recipient}`,
    ];
    expect(printed.filter((fact) => !instructions.includes(fact!))).toEqual([]);
    expect(instructions).not.toContain('shsjlxh1993@163.com');

    const sheet = path.join(world.outDir, '寄送封面.docx');
    world.answer(sheet);
    await world.handlers['delivery:coverSheet']({ id: 'fixture-case-full' });
    const xml = (await unzip(await readFile(sheet))).get('word/document.xml')!.toString();
    const text = paragraphTexts(xml).join('\n');
    const onSheet = [documentNumber, postal.address, postal.recipient, postal.phone, '2099年1月31日', email];
    expect(onSheet.filter((fact) => !text.includes(fact!))).toEqual([]);
  });
});
