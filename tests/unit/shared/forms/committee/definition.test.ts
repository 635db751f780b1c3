import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readValuesFile } from '../../../../../electron/cli/values-file';
import campaign from '../../../../../resources/campaigns/shsjl-2023-252.json' with { type: 'json' };
import { CampaignSchema } from '../../../../../shared/campaign';
import { committeePlanForm as form } from '../../../../../shared/forms/committee-plan';
import { emptyDraft } from '../../../../../shared/draft';
import { formOf } from '../../../../../shared/forms';
import { validateDraft } from '../../../../../shared/validate';

const locale = (lng: string) =>
  JSON.parse(readFileSync(`resources/locales/${lng}/form.json`, 'utf8')) as Record<string, unknown>;
const at = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
/** The guidance, 沪市监计量〔2023〕252号, as the bureau published it. */
const seed = readFileSync('tests/fixtures/committee/guidance-2023-252.txt', 'utf8').replace(/\s+/gu, '');

describe('the committee plan form', () => {
  it('is registered and asked for by the guidance’s campaign', () => {
    expect(formOf('committee-plan')).toBe(form);
    const parsed = CampaignSchema.parse(campaign);
    expect(parsed.forms).toEqual(['committee-plan']);
    for (const fact of [parsed.documentNumber, parsed.noticeTitle, parsed.issuer, parsed.recipient!])
      expect(seed).toContain(fact);
    expect(seed).toContain('2023年5月30日');
    expect(parsed.issuedOn).toBe('2023-05-30');
  });

  it('has the printed labels the issue names, and every field on one step', () => {
    const labels = form.fields.map((field) => field.label);
    for (const label of [
      '委员会名称',
      '专业领域',
      '是否法制计量技术委员会',
      '秘书处承担单位',
      '任期起始',
      '任期截止',
      '委员名单',
    ])
      expect(labels).toContain(label);
    const members = form.fields.find((field) => field.id === 'members');
    expect(members?.type === 'rows' && members.columns.map((column) => column.label)).toEqual([
      '姓名',
      '性别',
      '出生年月',
      '工作单位',
      '职务',
      '职称',
      '委员会职务',
      '人员类别',
      '单位性质',
      '专业',
      '联系方式',
    ]);
    const placed = form.steps.flatMap((step) => step.fields);
    expect([...placed].sort()).toEqual(form.fields.map((field) => field.id).sort());
  });

  it('words every rule in both languages, hedged as the guidance hedges it, its clause one the guidance has', () => {
    for (const rule of form.rules) {
      const simplified = at(locale('zh-Hans'), rule.message);
      const traditional = at(locale('zh-Hant'), rule.message);
      expect(typeof simplified).toBe('string');
      expect(typeof traditional).toBe('string');
      expect(seed).toContain(rule.clause);
      // The app shows the clause after the message: the message does not say it again.
      expect(simplified as string).not.toContain(rule.clause);
      // The severity follows the guidance's wording: 一般/原则上 is a warning, a plain rule an error.
      expect(/一般|原则上/u.test(simplified as string)).toBe(rule.severity === 'warning');
    }
  });

  it('finds nothing wrong in the 20-member plan of the fixture, read as cli new reads it', () => {
    const plan = JSON.parse(readFileSync('tests/fixtures/committee/valid-plan.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const draft = emptyDraft({
      id: 'committee-plan-1',
      form: form.id,
      campaignId: campaign.id,
      now: new Date('2023-06-01T08:00:00Z'),
      values: readValuesFile(form, plan).values,
    });
    expect(validateDraft(draft, form)).toEqual([]);
  });
});
