import { DECLARATION_LIMITS, FORM_TITLE, coverItems, form610 } from './common';
import type { FormDefinition } from './types';

/** 《征集表》（计量文化科普素材）, from the attachment of 沪市监计量〔2021〕610号. */
export const materialForm: FormDefinition = form610({
  id: 'material',
  key: 'material',
  title: FORM_TITLE,
  subtitle: '（计量文化科普素材）',
  kindName: '计量文化科普素材',
  cover: coverItems('material', '素材题目'),
  sections: [
    {
      id: 'intro',
      key: 'material.section.intro',
      label: '一、文章简介',
      labelLines: ['一、文章', '简介'],
      guidance: '（200字以内）',
      step: 'summary',
      parts: [
        {
          id: 'summary',
          key: 'material.part.summary',
          name: '文章简介',
          heading: '（一）文章简介',
          limit: 200,
          required: true,
        },
      ],
      holdsImages: false,
    },
    {
      id: 'content',
      key: 'material.section.content',
      label: '二、文章具体内容',
      labelLines: ['二、文章', '具体内容'],
      // Verbatim from the attachment, 数字 and all.
      guidance: '正文数字请控制在1500字以内',
      step: 'body',
      parts: [
        { id: 'content', key: 'material.part.content', name: '文章具体内容', limit: 1500, required: true },
      ],
      holdsImages: false,
    },
  ],
  declaration: { key: 'material.declaration', text: '声明：报送内容拥有自主知识产权', ...DECLARATION_LIMITS },
  attachments: { printedImages: { max: 0 }, carriedMedia: true, proofFiles: false },
  steps: ['cover', 'summary', 'body', 'attachments', 'declaration', 'review'],
});
