import { DECLARATION_LIMITS, FORM_TITLE, coverItems, form610 } from './common';
import type { FormDefinition, TextPart } from './types';

const bodyPart = (id: string, heading: string): TextPart => ({
  id,
  key: `case.part.${id}`,
  name: heading.slice(2),
  heading,
  required: true,
});

/** 《征集表》（计量创新案例）, from the attachment of 沪市监计量〔2021〕610号. */
export const caseForm: FormDefinition = form610({
  id: 'case',
  key: 'case',
  title: FORM_TITLE,
  subtitle: '（计量创新案例）',
  kindName: '计量创新案例',
  cover: coverItems('case', '案例题目'),
  sections: [
    {
      id: 'intro',
      key: 'case.section.intro',
      label: '一、简介',
      guidance: '（300字以内）',
      step: 'summary',
      parts: [
        {
          id: 'summary',
          key: 'case.part.summary',
          name: '案例简介',
          heading: '（一）案例简介',
          limit: 300,
          required: true,
        },
      ],
      holdsImages: false,
    },
    {
      id: 'material',
      key: 'case.section.material',
      label: '二、案例材料',
      labelLines: ['二、', '案例材料'],
      guidance: '正文字数控制在3000字以内',
      step: 'body',
      parts: [
        bodyPart('background', '一、背景缘由'),
        bodyPart('approach', '二、主要做法'),
        bodyPart('results', '三、工作成效'),
        bodyPart('significance', '四、社会意义'),
        bodyPart('lessons', '五、经验启迪'),
      ],
      totalLimit: 3000,
      holdsImages: true,
    },
    {
      id: 'proof',
      key: 'case.section.proof',
      label: '三、相关证明材料',
      labelLines: ['三、相关', '证明材料'],
      guidance: '可填写获得的相关荣誉、媒体宣传素材、研究成果等内容',
      step: 'proof',
      parts: [{ id: 'proof', key: 'case.part.proof', name: '相关证明材料', required: false }],
      holdsImages: false,
    },
  ],
  declaration: { key: 'case.declaration', text: '声明：报送内容真实、可靠', ...DECLARATION_LIMITS },
  attachments: { printedImages: { max: 2 }, carriedMedia: false, proofFiles: true },
  steps: ['cover', 'summary', 'body', 'attachments', 'proof', 'declaration', 'review'],
  recentWork: true,
});
