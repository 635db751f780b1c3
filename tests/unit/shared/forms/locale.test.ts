import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPINION,
  FORM_TITLE,
  SIGNATURE_LABELS,
  formIds,
  formOf,
  partsOf,
  paper610,
} from '../../../../shared/forms';

const locale = (lng: string): unknown =>
  JSON.parse(readFileSync(`resources/locales/${lng}/form.json`, 'utf8')) as unknown;
const simplified = locale('zh-Hans');
const traditional = locale('zh-Hant');
/** The attachment of 沪市监计量〔2021〕610号, as the notice prints it. */
const attachment = readFileSync('tests/fixtures/notice/attachment-2021-610.txt', 'utf8');

function at(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

/** Every string of the form definitions with the locale key it is shown under. */
function definitionTexts(): [string, string][] {
  const texts: [string, string][] = [
    ['title', FORM_TITLE],
    ['defaultOpinion', DEFAULT_OPINION],
    ...Object.entries(SIGNATURE_LABELS).map(([id, text]): [string, string] => [`signature.${id}`, text]),
  ];
  for (const form of formIds().map(formOf)) {
    texts.push([`${form.key}.subtitle`, form.subtitle ?? ''], [`${form.key}.kindName`, form.kindName]);
    texts.push([paper610(form).declaration.key, paper610(form).declaration.text]);
    for (const item of paper610(form).cover)
      texts.push([`${item.key}.label`, item.label], [`${item.key}.name`, item.name]);
    for (const section of paper610(form).sections) {
      texts.push([`${section.key}.label`, section.label]);
      if (section.guidance) texts.push([`${section.key}.guidance`, section.guidance]);
    }
    for (const part of partsOf(form)) {
      texts.push([`${part.key}.name`, part.name]);
      if (part.heading) texts.push([`${part.key}.heading`, part.heading]);
    }
  }
  return texts;
}

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('form.json', () => {
  it.each(definitionTexts())('zh-Hans %s is the definition’s text %j', (key, text) => {
    expect(at(simplified, key)).toBe(text);
  });

  it('holds nothing the definitions do not have', () => {
    expect(leaves(simplified).sort()).toEqual(
      definitionTexts()
        .map(([key]) => key)
        .sort(),
    );
  });

  it('has the same keys in zh-Hant, each converted character for character', () => {
    expect(leaves(traditional).sort()).toEqual(leaves(simplified).sort());
    for (const key of leaves(simplified)) {
      const hant = at(traditional, key) as string;
      expect([...hant]).toHaveLength([...(at(simplified, key) as string)].length);
    }
    expect(at(traditional, 'case.cover.contact.name')).toBe('聯繫人');
    expect(at(traditional, 'case.section.material.guidance')).toBe('正文字數控制在3000字以內');
  });
});

describe('form definitions', () => {
  it('print only labels and guidance that the notice’s attachment prints', () => {
    const printed = definitionTexts()
      .filter(([key]) => !/\.(name|kindName)$|^defaultOpinion$|^signature\./.test(key))
      .map(([, text]) => text);
    for (const text of printed) expect(attachment).toContain(text);
  });

  it('name each cover field by its label without the paper form’s padding', () => {
    for (const form of formIds().map(formOf)) {
      expect(paper610(form).cover.map((item) => item.name)).toEqual([
        form.id === 'case' ? '案例题目' : '素材题目',
        '报送单位',
        '联系人',
        '联系电话',
        '电子信箱',
        '联系地址',
      ]);
    }
  });
});
