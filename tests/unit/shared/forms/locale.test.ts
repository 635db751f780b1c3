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
import type { ColumnField, Field } from '../../../../shared/forms/fields';

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
  for (const form of forms610()) {
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

/** The forms printed with the 610 attachment's layout; the others are generic definitions. */
const forms610 = () =>
  formIds()
    .map(formOf)
    .filter((form) => form.paper610);
const genericForms = () =>
  formIds()
    .map(formOf)
    .filter((form) => !form.paper610);

/** A generic form's strings: its names, each field's and column's label, name and options, its steps. */
function genericTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const form of genericForms()) {
    texts.push([`${form.key}.kindName`, form.kindName], [`${form.key}.title`, form.title]);
    if (form.subtitle) texts.push([`${form.key}.subtitle`, form.subtitle]);
    for (const step of form.steps) if (step.label) texts.push([`${form.key}.steps.${step.id}`, step.label]);
    const fields = form.fields.flatMap((field): (Field | ColumnField)[] =>
      field.type === 'rows' ? [field, ...field.columns] : [field],
    );
    for (const field of fields) {
      texts.push([`${field.key}.label`, field.label], [`${field.key}.name`, field.name]);
      if (field.guidance) texts.push([`${field.key}.guidance`, field.guidance]);
      if (field.type === 'choice')
        field.options.forEach((option, i) => texts.push([`${field.key}.options.${i}`, option]));
    }
  }
  return texts;
}

/** The rules' messages: keys of form.json the definitions name, worded only there. */
const ruleMessages = () => [
  ...new Set(genericForms().flatMap((form) => form.rules.map((rule) => rule.message))),
];

/** The attachment of 沪市监计量〔2021〕260号: the activity tables' headers as printed. */
const attachment260 = readFileSync('tests/fixtures/notice/attachment-2021-260.txt', 'utf8');

function leaves(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('form.json', () => {
  it.each([...definitionTexts(), ...genericTexts()])(
    'zh-Hans %s is the definition’s text %j',
    (key, text) => {
      expect(at(simplified, key)).toBe(text);
    },
  );

  it('holds nothing the definitions do not have', () => {
    expect(leaves(simplified).sort()).toEqual(
      [...definitionTexts(), ...genericTexts()]
        .map(([key]) => key)
        .concat(ruleMessages())
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

  it('print the activity tables’ column headers as the 260 notice’s attachment does', () => {
    for (const form of genericForms().filter((f) => f.layout === 'activity-plan'))
      for (const field of form.fields)
        if (field.type === 'rows')
          for (const column of field.columns) expect(attachment260).toContain(column.label);
  });

  it('name each cover field by its label without the paper form’s padding', () => {
    for (const form of forms610()) {
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
