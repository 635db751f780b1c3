import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../support/cli';

/**
 * The committee plan through the command line as a unit would script it (DESIGN §6.3): `cli new
 * --values` with values keyed by the printed labels and column headers, then `cli validate
 * --strict`: exit 1 for the one hard rule broken (（十）, named on standard error), exit 0 with the
 * 一般/原则上 warnings printed.
 */
type Member = Record<string, string>;
const valid = JSON.parse(readFileSync('tests/fixtures/committee/valid-plan.json', 'utf8')) as Record<
  string,
  unknown
> & { 委员名单: Member[] };

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-committee-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `cli new` from `values`, then `cli validate --strict` of the draft it made. */
async function validate(values: Record<string, unknown>) {
  const at = join(dir, `plan-${++n}`);
  const file = join(dir, `values-${n}.json`);
  await writeFile(file, JSON.stringify(values));
  const made = await cli(['new', '--form', 'committee-plan', '--values', file, '--out', at]);
  expect(made).toMatchObject({ code: 0 });
  return cli(['validate', '--strict', made.stdout.trim()]);
}

const members = (change: (member: Member, index: number) => Member) => ({
  ...valid,
  委员名单: valid.委员名单.map((member, index) => change({ ...member }, index)),
});

describe('cli validate --strict on a committee plan', () => {
  it('passes a plan that keeps the guidance', async () => {
    const result = await validate(valid);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('警告');
    expect(result.stderr).toContain('valid');
  });

  it('fails a term that is not 4 years, naming （十）', async () => {
    const result = await validate({ ...valid, 任期截止: '2028年6月' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '错误：任期截止：每届技术委员会委员任期4年（如2023年7月至2027年6月），现为2023年7月至2028年6月（十）（rule termEnd）',
    );
  });

  it('prints the 一般/原则上 rules broken as warnings, and does not fail on them', async () => {
    const broken = members((member, index) => {
      if (index === 1) member.委员会职务 = '主任委员'; // a second 主任委员, taken from the 副主任委员
      if (index === 2) member.委员会职务 = '委员'; // so no 副主任委员 is left
      if (index === 3) member.委员会职务 = '委员'; // no 秘书长
      if (index === 5) member.工作单位 = '上海市计量测试技术研究院 '; // a 4th from one unit
      if (index === 6) member.职称 = '讲师'; // below 副高级
      if (index === 7) member.职称 = '首席科学家'; // a title of no known level
      if (index === 8) member.职称 = ''; // a 技术专业人员 without a title
      if (index === 9) member.人员类别 = '行政管理人员'; // a 3rd 行政管理人员
      return member;
    });
    const extra = Array.from({ length: 2 }, (_, i) => ({
      ...valid.委员名单[10]!,
      姓名: `增补${i}`,
      工作单位: `增补单位${i}`,
    }));
    const result = await validate({ ...broken, 委员名单: [...broken.委员名单, ...extra] });
    expect(result.code).toBe(0);
    for (const warning of [
      '警告：委员名单第 21 行：委员一般不超过20人，现有22人；确需超过的，请在“说明”中写明理由（七）',
      '警告：委员名单第 2 行：一般设立主任委员1人，现有2人（七）',
      '警告：委员名单：一般设立副主任委员1—2人，现有0人（七）',
      '警告：委员名单：一般设立秘书长1人，现有0人（七）',
      '警告：委员名单第 6 行：同一单位委员原则上不超过3人，上海市计量测试技术研究院有4人（八）',
      '警告：委员名单第 20 行：除法制计量技术委员会外，行政管理人员担任委员原则上不超过2人，现有3人（八）',
      '委员名单第 7 行：担任委员的计量技术专业人员，一般应具有副高级以上职称或同等资历：孙芳的职称“讲师”低于副高级',
      '委员名单第 8 行：担任委员的计量技术专业人员，一般应具有副高级以上职称或同等资历：未能识别周明的职称“首席科学家”属于哪一级',
      '委员名单第 9 行：担任委员的计量技术专业人员，一般应具有副高级以上职称或同等资历：吴静尚未填写职称（八）',
    ])
      expect(result.stderr).toContain(warning);
    expect(result.stderr).not.toContain('错误');
  });

  it('lets a 法制计量技术委员会 have more than 2 行政管理人员', async () => {
    const plan = members((member, index) => (index === 9 ? { ...member, 人员类别: '行政管理人员' } : member));
    const ordinary = await validate(plan);
    expect(ordinary.stderr).toContain('行政管理人员担任委员原则上不超过2人');
    const legal = await validate({ ...plan, 是否法制计量技术委员会: '是' });
    expect(legal.code).toBe(0);
    expect(legal.stderr).not.toContain('行政管理人员担任委员原则上不超过2人');
  });
});
