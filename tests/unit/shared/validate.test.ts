import { describe, expect, it } from 'vitest';
import { textOf, emptyDraft, type Attachment, type Draft } from '../../../shared/draft';
import { formOf, paper610 } from '../../../shared/forms';
import { issuesOfStep, validateDraft } from '../../../shared/validate';

const now = new Date('2021-12-20T09:00:00+08:00');

function filledCase(): Draft {
  const draft = emptyDraft({ id: 'case-001', form: 'case', campaignId: 'shsjl-2021-610', now });
  Object.assign(draft.values, {
    title: '智慧计量助力民生',
    unit: '上海市某区市场监督管理局',
    contact: '张三',
    phone: '021-64220000转2479',
    email: 'zhangsan@example.cn',
    address: '上海市徐汇区某路1号',
  });
  for (const id of ['summary', 'background', 'approach', 'results', 'significance', 'lessons'])
    draft.values[id] = '计量工作。';
  draft.declaration.confirmed = true;
  draft.declaration.signer = '张三';
  return draft;
}

function filledMaterial(): Draft {
  const draft = emptyDraft({ id: 'material-001', form: 'material', campaignId: 'shsjl-2021-610', now });
  Object.assign(draft.values, { ...filledCase().values, title: '小小的秤' });
  draft.values.summary = '一杆秤的故事。';
  draft.values.content = '秤是最古老的计量器具之一。';
  draft.declaration.confirmed = true;
  draft.declaration.signer = '李四';
  return draft;
}

const image = (n: number): Attachment => ({
  id: `img${n}`,
  role: 'image',
  file: `attachments/img${n}.jpg`,
  originalName: `img${n}.jpg`,
  mime: 'image/jpeg',
  size: 1000,
  sha256: 'a'.repeat(64),
  caption: '',
});

const codes = (draft: Draft) => validateDraft(draft).map((i) => `${i.severity}:${i.code}:${i.field}`);

describe('validateDraft', () => {
  it('finds nothing in a complete case or material', () => {
    expect(validateDraft(filledCase())).toEqual([]);
    expect(validateDraft(filledMaterial())).toEqual([]);
  });

  it('lists every empty required item of a new case, but not the optional proof', () => {
    const draft = emptyDraft({ id: 'case-002', form: 'case', campaignId: 'x', now });
    expect(codes(draft)).toEqual([
      'error:required:title',
      'error:required:unit',
      'error:required:contact',
      'error:required:phone',
      'error:required:email',
      'error:required:address',
      'error:required:summary',
      'error:required:background',
      'error:required:approach',
      'error:required:results',
      'error:required:significance',
      'error:required:lessons',
      'error:declaration-unconfirmed:declaration',
      'warning:signer-missing:signer',
    ]);
  });

  it('treats white space alone as empty', () => {
    const draft = filledCase();
    draft.values.background = '\u3000\u3000\n ';
    expect(codes(draft)).toEqual(['error:required:background']);
  });

  it('allows 300字 in the case summary and reports 301 as over the limit', () => {
    const draft = filledCase();
    draft.values.summary = '计'.repeat(300);
    expect(validateDraft(draft)).toEqual([]);
    draft.values.summary = '计'.repeat(301);
    expect(validateDraft(draft)).toEqual([
      { severity: 'error', code: 'over-limit', step: 'summary', field: 'summary', words: 301, limit: 300 },
    ]);
  });

  it('checks the five parts of the case body together against 3000字', () => {
    const draft = filledCase();
    for (const id of ['background', 'approach', 'results', 'significance', 'lessons'])
      draft.values[id] = '量'.repeat(600);
    expect(validateDraft(draft)).toEqual([]);
    draft.values.lessons = textOf(draft, 'lessons') + '量';
    expect(validateDraft(draft)).toEqual([
      { severity: 'error', code: 'over-limit', step: 'body', field: 'material', words: 3001, limit: 3000 },
    ]);
  });

  it('counts 字 the way Word does for the limit, not characters', () => {
    const draft = filledMaterial();
    // "2021年" is two 字 in five characters: 750 of them make 1500 字.
    draft.values.content = '2021年'.repeat(750);
    expect(validateDraft(draft)).toEqual([]);
    draft.values.content = textOf(draft, 'content') + '量';
    expect(codes(draft)).toEqual(['error:over-limit:content']);
  });

  it('warns about odd phone numbers and e-mail addresses without calling them missing', () => {
    const draft = filledCase();
    draft.values.phone = '12345';
    draft.values.email = 'zhangsan＠example.cn';
    expect(codes(draft)).toEqual(['warning:phone-odd:phone', 'warning:email-odd:email']);
  });

  it('allows two printed images in a case and reports a third', () => {
    const draft = filledCase();
    draft.attachments = [image(1), image(2)];
    expect(validateDraft(draft)).toEqual([]);
    draft.attachments.push(image(3));
    expect(codes(draft)).toEqual(['error:too-many-images:attachments']);
  });

  it('does not limit the images a material carries', () => {
    const draft = filledMaterial();
    draft.attachments = [image(1), image(2), image(3)];
    expect(validateDraft(draft)).toEqual([]);
  });
});

describe('issuesOfStep', () => {
  it('keeps the issues of one step', () => {
    const issues = validateDraft(emptyDraft({ id: 'case-003', form: 'case', campaignId: 'x', now }));
    expect(issuesOfStep(issues, 'body').map((i) => i.field)).toEqual([
      'background',
      'approach',
      'results',
      'significance',
      'lessons',
    ]);
    expect(issuesOfStep(issues, 'proof')).toEqual([]);
  });
});

describe('limits of the short fields (docs/LAYOUT.md, "Limits")', () => {
  const han = (n: number) => '计'.repeat(n);

  it('holds the notice’s floors: 题目 60字, 报送单位 30字, 联系地址 45字, 电子信箱 50 characters', () => {
    for (const kind of ['case', 'material'] as const) {
      const limit = (id: string) => paper610(formOf(kind)).cover.find((item) => item.id === id)!.limit;
      expect(limit('title')).toEqual({ max: 60, unit: 'words' });
      expect(limit('unit')).toEqual({ max: 30, unit: 'words' });
      expect(limit('address')).toEqual({ max: 45, unit: 'words' });
      expect(limit('email')).toEqual({ max: 50, unit: 'chars' });
    }
  });

  it('takes every cover value up to its limit and reports one over it, in 字 or in characters', () => {
    const draft = filledCase();
    draft.values.title = han(60);
    draft.values.address = han(45);
    draft.values.email = `${'a'.repeat(44)}@b.cn`;
    expect(validateDraft(draft)).toEqual([]);
    draft.values.title = han(61);
    draft.values.email = `${'a'.repeat(46)}@b.cn`;
    expect(validateDraft(draft).filter((issue) => issue.code === 'over-limit')).toEqual([
      {
        severity: 'error',
        code: 'over-limit',
        step: 'cover',
        field: 'title',
        words: 61,
        limit: 60,
        unit: 'words',
      },
      {
        severity: 'error',
        code: 'over-limit',
        step: 'cover',
        field: 'email',
        words: 51,
        limit: 50,
        unit: 'chars',
      },
    ]);
  });

  it('counts an e-mail address in characters: as 字 it would be one however long', () => {
    const draft = filledCase();
    draft.values.email = `${'x'.repeat(200)}@example.cn`;
    expect(codes(draft)).toContain('error:over-limit:email');
  });

  it('reports 报送人 and the unit opinion over their limits on the declaration step, never cutting them', () => {
    const draft = filledCase();
    draft.declaration.signer = han(10);
    draft.declaration.opinion = han(100);
    expect(validateDraft(draft)).toEqual([]);
    draft.declaration.signer = han(11);
    draft.declaration.opinion = `${han(60)}\n${han(41)}`;
    const over = validateDraft(draft).filter((issue) => issue.code === 'over-limit');
    expect(over.map((issue) => [issue.step, issue.field, issue.words, issue.limit])).toEqual([
      ['declaration', 'signer', 11, 10],
      ['declaration', 'opinion', 101, 100],
    ]);
    expect(draft.declaration.opinion).toHaveLength(102);
  });

  it('does not count bidirectional or C1 controls, which are never printed', () => {
    const draft = filledCase();
    draft.values.title = `${han(60)}\u202e\u2066\u0091`;
    expect(validateDraft(draft)).toEqual([]);
  });
});

describe('a table’s findings, row by row', () => {
  const plan = () => {
    const draft = emptyDraft({
      id: 'plan-001',
      form: 'activity-plan-municipal',
      campaignId: 'shsjl-2021-520',
      now,
    });
    draft.values.unit = '上海市市场监督管理局';
    draft.values.activities = [
      {
        id: 'a',
        cells: {
          no: '1',
          name: '计量进社区',
          content: '',
          when: '5月20日',
          channel: '',
          message: '',
          units: '市局',
        },
      },
      { id: 'b', cells: { no: '', name: '', content: '', when: '', channel: '', message: '', units: '' } },
      {
        id: 'c',
        cells: { no: '2', name: '讲座', content: '', when: '5月21日', channel: '', message: '', units: '' },
      },
    ];
    return draft;
  };
  type Rows = { id: string; cells: Record<string, string> }[];
  /** The same draft as new objects throughout, so nothing found before is reused. */
  const fresh = (draft: Draft) => validateDraft(structuredClone(draft));

  it('are those of the rows as they are now, after a cell is edited or a row moves to the top', () => {
    const draft = plan();
    expect(validateDraft(draft)).toEqual(fresh(draft));
    const rows = draft.values.activities as Rows;
    // An edit makes a new object of its row, as the wizard's setCell does; the others are the same.
    const edited = { ...draft, values: { ...draft.values } };
    edited.values.activities = rows.map((row) =>
      row.id === 'c' ? { ...row, cells: { ...row.cells, name: '' } } : row,
    );
    const afterEdit = validateDraft(edited);
    expect(afterEdit).toEqual(fresh(edited));
    expect(afterEdit.some((issue) => issue.rowId === 'c' && issue.column === 'name')).toBe(true);
    // Row b (its 序号 empty: it continues row a, so its 负责单位 may stay empty) moved to the
    // top, the same object: first now, it continues nothing, and its empty 负责单位 is missing.
    const unitsOfB = (issues: ReturnType<typeof validateDraft>) =>
      issues.some((issue) => issue.rowId === 'b' && issue.column === 'units');
    expect(unitsOfB(validateDraft(draft))).toBe(false);
    const moved = { ...draft, values: { ...draft.values, activities: [rows[1]!, rows[0]!, rows[2]!] } };
    const afterMove = validateDraft(moved);
    expect(afterMove).toEqual(fresh(moved));
    expect(unitsOfB(afterMove)).toBe(true);
  });
});
