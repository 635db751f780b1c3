import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CampaignSchema, shippedCampaign } from '../../../shared/campaign';
import { emptyDraft } from '../../../shared/draft';
import { validateDraft } from '../../../shared/validate';
import { scratch } from '../../faults/lib/fixtures';
import { startServices } from '../../faults/lib/services';

/** Issue 16, item 6: the smaller reproductions that need no data folder set-up of their own. */
describe('blank is blank', () => {
  it.each([
    ['U+200B', '\u200b'],
    ['U+200B U+200D U+FEFF', '\u200b\u200d\ufeff'],
    ['ideographic space', '\u3000\u3000'],
    ['word joiner and LRM', '\u2060\u200e'],
  ])('报送单位 of only %s counts as missing', (_label, unit) => {
    const draft = emptyDraft({ id: 'blankunit01', form: 'case', campaignId: 'x', now: new Date() });
    const issues = validateDraft({ ...draft, values: { ...draft.values, unit } });
    expect(issues).toContainEqual(expect.objectContaining({ code: 'required', field: 'unit' }));
    const filled = validateDraft({
      ...draft,
      values: { ...draft.values, unit: `\u200b上海市计量测试技术研究院` },
    });
    expect(filled).not.toContainEqual(expect.objectContaining({ code: 'required', field: 'unit' }));
  });
});

describe('campaign dates are real dates', () => {
  let root: Awaited<ReturnType<typeof scratch>>;
  beforeAll(async () => {
    root = await scratch('small-checks');
  });
  afterAll(() => root.cleanup());

  it.each(['2099-99-99', '2021-02-30', '2021-13-01', '2021-00-10'])(
    'a deadline of %s is rejected',
    async (deadline) => {
      expect(CampaignSchema.safeParse({ ...shippedCampaign, deadline }).success).toBe(false);
      const services = startServices(join(root.dir, deadline));
      const result = await services.call('campaign:update', {
        deadline,
        email: shippedCampaign.email!,
        postal: shippedCampaign.postal!,
      });
      expect(result).toMatchObject({ ok: false, code: 'campaign-invalid' });
      expect((await services.value('campaign:get', {})).deadline).toBe(shippedCampaign.deadline);
    },
  );

  it('a real date, leap day included, is accepted', () => {
    for (const deadline of ['2024-02-29', '2099-12-31'])
      expect(CampaignSchema.safeParse({ ...shippedCampaign, deadline }).success, deadline).toBe(true);
  });
});
