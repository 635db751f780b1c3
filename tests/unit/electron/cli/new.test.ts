import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedCampaign } from '../../../../shared/campaign';
import { parseDraftText } from '../../../../electron/services/drafts/format';
import { paragraphTexts, unzip } from '../services/export/docx-files';
import { cli } from '../../../support/cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-new-'));
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a7' } })
    .png()
    .toFile(join(dir, 'photo.png'));
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a73' } })
    .jpeg()
    .toFile(join(dir, 'carrier.jpg'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function valuesFile(name: string, values: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof values === 'string' ? values : JSON.stringify(values));
  return file;
}

/** `cli new --form <form> --out <out>` from a values file `name` holding `content`. */
async function newFrom(form: string, out: string, name: string, content: unknown, extra: string[] = []) {
  return cli(['new', '--form', form, '--values', await valuesFile(name, content), '--out', out, ...extra]);
}

const readDraft = async (file: string) => parseDraftText(await readFile(file, 'utf8'));

/** Every label as the paper prints it, with the padding, colons and numbering a person copies. */
const fullCase = {
  '案例题目：': '智慧计量进社区',
  '报送单位:': '上海市某计量测试所',
  '联 系 人': '王明',
  '联系电话\u3000': '021-12345678',
  ' 电子信箱：': 'wang@example.cn',
  '联　系　地　址': '上海市徐汇区某路1号',
  '（一）案例简介': '简介正文',
  '一、背景缘由': '背景正文',
  '二、主要做法': '做法正文',
  '三、工作成效': '成效正文',
  '四、社会意义': '意义正文',
  '五、经验启迪': '启迪正文',
  '三、相关证明材料': '荣誉正文',
  图片: ['photo.png'],
  '声明：报送内容真实、可靠': true,
  '报送人签字：': '王明',
  签字日期: '2021-12-20',
  '所在单位/主管部门意见：': '同意报送，情况属实。',
};

describe('cli forms', () => {
  it('lists every form with its campaign and printed name, one tab-separated line each', async () => {
    const result = await cli(['forms']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        `case\t${shippedCampaign.id}\t计量创新案例`,
        `material\t${shippedCampaign.id}\t计量文化科普素材`,
        // The 5·20 forms: the newest call that asks for each (the 2024 call asks only for the summary).
        'activity-plan-municipal\tshsjl-2021-520\t活动安排表（市级）',
        'activity-plan-district\tshsjl-2021-520\t活动安排表（区级）',
        'activity-summary\tsamr-2024-520\t活动总结',
        'committee-plan\tshsjl-2023-252\t计量技术委员会组成方案',
        '',
      ].join('\n'),
    );
  });
});

describe('cli new', () => {
  it(
    'makes a full case from printed labels that passes validate --strict and exports its values',
    { timeout: 240_000 },
    async () => {
      const out = join(dir, 'full-case');
      const result = await newFrom('case', out, 'case.json', fullCase);
      expect(result).toMatchObject({ code: 0, stdout: `${join(out, 'draft.json')}\n` });

      const draft = await readDraft(join(out, 'draft.json'));
      expect(draft).toMatchObject({ form: 'case', campaignId: shippedCampaign.id });
      expect(draft.values).toMatchObject({
        title: '智慧计量进社区',
        contact: '王明',
        phone: '021-12345678',
        address: '上海市徐汇区某路1号',
        summary: '简介正文',
        lessons: '启迪正文',
        proof: '荣誉正文',
      });
      expect(draft.declaration).toMatchObject({
        confirmed: true,
        signer: '王明',
        signDate: '2021-12-20',
        opinion: '同意报送，情况属实。',
      });
      // The app's ingest: typed by content, copied with a print copy under attachments/.
      expect(draft.attachments).toHaveLength(1);
      const [photo] = draft.attachments;
      expect(photo).toMatchObject({
        role: 'image',
        mime: 'image/png',
        width: 1600,
        height: 1200,
        originalName: 'photo.png',
      });
      expect((await stat(join(out, photo!.file))).isFile()).toBe(true);
      expect((await stat(join(out, photo!.printFile!))).isFile()).toBe(true);

      expect(await cli(['validate', '--strict', join(out, 'draft.json')])).toMatchObject({ code: 0 });
      const docx = join(dir, 'full-case.docx');
      expect(await cli(['export', join(out, 'draft.json'), '--out', docx])).toMatchObject({ code: 0 });
      const files = await unzip(await readFile(docx));
      const text = paragraphTexts(files.get('word/document.xml')!.toString()).join('');
      for (const value of [
        '智慧计量进社区',
        '上海市某计量测试所',
        '简介正文',
        '启迪正文',
        '荣誉正文',
        '同意报送，情况属实。',
      ])
        expect(text).toContain(value);
      expect([...files.keys()].some((name) => name.startsWith('word/media/'))).toBe(true);
    },
  );

  it('makes an empty draft of the form without --values, creating the folder', async () => {
    const out = join(dir, 'nested', 'empty');
    const result = await cli(['new', '--form', 'material', '--out', out]);
    expect(result.code).toBe(0);
    const draft = await readDraft(join(out, 'draft.json'));
    expect(draft).toMatchObject({ form: 'material', values: { title: '', content: '' }, attachments: [] });
    expect((await cli(['validate', join(out, 'draft.json')])).code).toBe(0);
  });

  it('makes a material with its carried image (no print copy) under the named campaign', async () => {
    const out = join(dir, 'material');
    const values = {
      素材题目: '计量与生活',
      '（一）文章简介': '文章简介正文',
      '二、文章具体内容': '具体内容正文',
      图片: 'carrier.jpg',
    };
    const result = await newFrom('material', out, 'material.json', values, [
      '--campaign',
      shippedCampaign.id,
    ]);
    expect(result.code).toBe(0);
    const draft = await readDraft(join(out, 'draft.json'));
    expect(draft.values).toMatchObject({
      title: '计量与生活',
      summary: '文章简介正文',
      content: '具体内容正文',
    });
    expect(draft.attachments).toMatchObject([{ role: 'image', mime: 'image/jpeg' }]);
    expect(draft.attachments[0]!.printFile).toBeUndefined();
  });

  it('names every unknown key in one message and writes nothing', async () => {
    const out = join(dir, 'unknown');
    const values = { 案例题目: '题', 项目负责人: '张', '二、案例材料': '…' };
    const result = await newFrom('case', out, 'unknown.json', values);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('（unknown-keys）：项目负责人、二、案例材料');
    expect(result.stdout).toBe('');
    await expect(stat(out)).rejects.toThrow();
  });

  it('refuses a value of the wrong type, a key given twice, a file that is not a JSON object', async () => {
    const out = join(dir, 'refused');
    const typed = await newFrom('case', out, 'typed.json', { 案例简介: 3, 签字日期: '12月20日' });
    expect(typed.code).toBe(1);
    expect(typed.stderr).toContain(
      '（invalid-values）：案例简介（应为文字）；签字日期（应为YYYY-MM-DD 格式的日期）',
    );
    const twice = await newFrom('case', out, 'twice.json', { 联系人: '王', '联 系 人': '李' });
    expect(twice).toMatchObject({ code: 1 });
    expect(twice.stderr).toContain('（duplicate-keys）：联系人 与 联 系 人');
    const notJson = await newFrom('case', out, 'bad.json', '{案例题目');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('（values-not-json）');
    const list = await newFrom('case', out, 'list.json', ['案例题目']);
    expect(list.code).toBe(1);
    expect(list.stderr).toContain('（values-not-object）');
    await expect(stat(out)).rejects.toThrow();
  });

  it('names an unknown form and the known ones, an unknown campaign, and wrong usage', async () => {
    const form = await cli(['new', '--form', 'poem', '--out', join(dir, 'poem')]);
    expect(form.code).toBe(1);
    expect(form.stderr).toContain(
      '（unknown-form）：poem（可用：case、material、activity-plan-municipal、activity-plan-district、activity-summary、committee-plan）',
    );
    const campaign = await cli([
      'new',
      '--form',
      'case',
      '--campaign',
      'shsjl-2099',
      '--out',
      join(dir, 'poem'),
    ]);
    expect(campaign.code).toBe(1);
    expect(campaign.stderr).toContain(`shsjl-2099（case 见于：${shippedCampaign.id}）`);
    expect((await cli(['new', '--form', 'case'])).code).toBe(2);
    const noForm = await cli(['new', '--out', join(dir, 'poem')]);
    expect(noForm.code).toBe(2);
    expect(noForm.stderr).toContain('new --form <id>');
  });

  it('never overwrites a draft already in the folder, nor leaves the new files behind', async () => {
    const out = join(dir, 'existing');
    expect((await cli(['new', '--form', 'case', '--out', out])).code).toBe(0);
    const before = await readFile(join(out, 'draft.json'));
    const again = await newFrom('case', out, 'again.json', fullCase);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('（draft-exists）');
    expect(await readFile(join(out, 'draft.json'))).toEqual(before);
    expect(await readdir(out)).toEqual(['draft.json']);
  });

  it('refuses a file the form cannot take, by its content, and removes what it copied', async () => {
    const out = join(dir, 'not-image');
    await writeFile(join(dir, 'fake.png'), 'not a picture');
    const result = await newFrom('case', out, 'fake.json', { 图片: ['photo.png', 'fake.png'] });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('（unsupported-file）');
    await expect(stat(join(out, 'draft.json'))).rejects.toThrow();
    expect(await readdir(join(out, 'attachments')).catch(() => [])).toEqual([]);
  });
});
