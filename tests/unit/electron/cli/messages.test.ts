import { describe, expect, it } from 'vitest';
import { exportOptionsFrom } from '../../../../electron/cli/commands/export-options';
import { EXIT } from '../../../../electron/cli/io';
import { errorMessage, preflightMessage } from '../../../../electron/cli/messages';
import { fieldName } from '../../../../electron/services/issue-words';
import { formOf, paper610 } from '../../../../shared/forms';

const caseForm = formOf('case');

describe('cli print options', () => {
  it('are the app’s defaults when none is given', () => {
    expect(exportOptionsFrom(new Map())).toEqual({
      fontScheme: 'gb2312',
      tableFontSize: 16,
      traditional: false,
      traditionalContent: false,
    });
  });

  it('set the size, the font scheme and traditional labels or all text', () => {
    const given = new Map([
      ['--font-size', '四号'],
      ['--fonts', 'windows'],
      ['--traditional', 'labels'],
    ]);
    expect(exportOptionsFrom(given)).toEqual({
      fontScheme: 'windows',
      tableFontSize: 14,
      traditional: true,
      traditionalContent: false,
    });
    expect(exportOptionsFrom(new Map([['--traditional', 'all']]))).toMatchObject({
      traditional: true,
      traditionalContent: true,
    });
    expect(exportOptionsFrom(new Map([['--font-size', '三号']]))).toMatchObject({ tableFontSize: 16 });
    expect(exportOptionsFrom(new Map([['--fonts', 'gb']]))).toMatchObject({ fontScheme: 'gb2312' });
  });

  it.each([
    ['--font-size', '14', '三号、四号'],
    ['--fonts', 'GB2312', 'gb、windows'],
    ['--traditional', 'constructor', 'labels、all'],
  ])('refuse %s %s as wrong usage, naming what is accepted', (option, value, accepted) => {
    expect(() => exportOptionsFrom(new Map([[option, value]]))).toThrow(
      expect.objectContaining({
        exitCode: EXIT.usage,
        message: `错误：选项 ${option} 只接受 ${accepted}（usage）：${value}`,
      }),
    );
  });
});

describe('cli messages', () => {
  it('word preflight findings in Chinese with the code in brackets and what they concern after it', () => {
    const say = (issue: Parameters<typeof preflightMessage>[1]) => preflightMessage(caseForm, issue);
    expect(say({ severity: 'warning', code: 'deadline-passed', step: 'review', detail: '2022-01-20' })).toBe(
      '警告：征集截止日期已过（deadline-passed）：2022年1月20日',
    );
    expect(say({ severity: 'error', code: 'required', step: 'cover', field: 'contact' })).toBe(
      '错误：联系人尚未填写（required）',
    );
    expect(
      say({
        severity: 'error',
        code: 'over-limit',
        step: 'body',
        field: 'material',
        words: 3120,
        limit: 3000,
      }),
    ).toBe('错误：案例材料合计超出上限（over-limit）：3120/3000字');
    expect(
      say({
        severity: 'error',
        code: 'over-limit',
        step: 'cover',
        field: 'email',
        words: 64,
        limit: 50,
        unit: 'chars',
      }),
    ).toBe('错误：电子信箱超出上限（over-limit）：64/50个字符');
    expect(say({ severity: 'error', code: 'too-many-images', step: 'attachments', limit: 2 })).toBe(
      '错误：征集表中的图片超过上限（too-many-images）：至多 2 张',
    );
    const mixed = { traditional: ['與', '傳'], simplified: ['计'] };
    expect(say({ severity: 'warning', code: 'mixed-script', step: 'cover', field: 'title', mixed })).toBe(
      '警告：案例题目中简体字与繁体字混用（mixed-script）：繁体字 與、傳，简体字 计',
    );
  });

  it('name every field of both forms as the paper does, never by its id', () => {
    for (const kind of ['case', 'material'] as const) {
      const form = formOf(kind);
      const ids = [
        ...paper610(form).cover.map((c) => c.id),
        ...paper610(form).sections.flatMap((s) => [s.id, ...s.parts.map((p) => p.id)]),
      ];
      for (const id of ids) expect(fieldName(form, id)).toMatch(/^\p{Script=Han}+$/u);
    }
  });

  it('word the app’s error codes with the UI’s own sentence', () => {
    expect(errorMessage('not-found', 'draft.json')).toBe(
      '错误：找不到所需的文件或草稿，它可能已被移动或删除（not-found）：draft.json',
    );
  });
});
