import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preflightMessage } from '../../../../../electron/cli/messages';
import { submissionDue } from '../../../../../electron/services/export/preflight';
import { caseForm } from '../../../../../shared/forms/case';
import { PreflightIssueSchema } from '../../../../../shared/issues';

const campaign = (id: string) =>
  JSON.parse(readFileSync(`resources/campaigns/${id}.json`, 'utf8')) as Parameters<typeof submissionDue>[0];

describe('where and by when a 5·20 submission goes', () => {
  it('lists the 2021 call’s due date, 市局计量处 and the mailbox as something to check', () => {
    const [issue, ...rest] = submissionDue(campaign('shsjl-2021-520'));
    expect(rest).toEqual([]);
    expect(PreflightIssueSchema.parse(issue)).toEqual({
      severity: 'warning',
      code: 'submission-due',
      step: 'review',
      detail: '2021-05-24',
      recipient: '市局计量处',
      email: 'jlhe@scjgj.sh.gov.cn',
    });
    expect(preflightMessage(caseForm, issue!)).toBe(
      '警告：请按通知报送（submission-due）：2021年5月24日前报市局计量处，电子邮箱 jlhe@scjgj.sh.gov.cn',
    );
  });

  it('names the 2024 call’s 计量司 and its 7月1日', () => {
    expect(submissionDue(campaign('samr-2024-520'))).toMatchObject([
      { detail: '2024-07-01', recipient: '总局计量司', email: 'samrjls@163.com' },
    ]);
  });

  it('says nothing for a call that names a postal address instead (the 610 call)', () => {
    expect(submissionDue(campaign('shsjl-2021-610'))).toEqual([]);
  });

  it('names the recipient without a date for standing guidance, which sets no deadline (the 2023 committee guidance)', () => {
    const [issue] = submissionDue(campaign('shsjl-2023-252'));
    expect(PreflightIssueSchema.parse(issue)).toEqual({
      severity: 'warning',
      code: 'submission-due',
      step: 'review',
      recipient: '市市场监督管理局',
    });
    expect(preflightMessage(caseForm, issue!)).toBe(
      '警告：请按通知报送（submission-due）：报市市场监督管理局',
    );
  });
});
