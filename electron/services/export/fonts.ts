import type { IFontAttributesProperties } from 'docx';
import type { FontScheme } from '../../../shared/settings';

/** The faces a form uses, by role (GB/T 9704: 小标宋 title, 仿宋 text, 黑体 「一、」, 楷体 「（一）」). */
export type FontRole = 'title' | 'text' | 'heading' | 'subheading' | 'pageNumber';

const SCHEMES: Record<FontScheme, Record<FontRole, string>> = {
  gb2312: {
    title: '方正小标宋简体',
    text: '仿宋_GB2312',
    heading: '黑体',
    subheading: '楷体_GB2312',
    pageNumber: '宋体',
  },
  // The faces that ship with every Windows PC, for machines without the GB2312 fonts.
  windows: { title: '宋体', text: '仿宋', heading: '黑体', subheading: '楷体', pageNumber: '宋体' },
};

/**
 * Every slot names the Chinese face. `eastAsia` must be explicit or Word falls back to the theme
 * font; Latin slots use it too, so a half-width space is half an em and 「联 系 人」 is as wide
 * as 「报送单位」, as on the paper form.
 */
export function fontOf(scheme: FontScheme, role: FontRole, hint?: 'eastAsia'): IFontAttributesProperties {
  const name = SCHEMES[scheme][role];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, ...(hint ? { hint } : {}) };
}

/** 「一、背景缘由」 prints in 黑体, 「（一）案例简介」 in 楷体, as GB/T 9704 orders its levels. */
export function headingRole(text: string): 'heading' | 'subheading' {
  return /^（[一二三四五六七八九十]+）/.test(text) ? 'subheading' : 'heading';
}

/** Word draws “”‘’ half-width unless the run says they are East Asian. */
const CURLY_QUOTES = /([\u2018\u2019\u201C\u201D]+)/;

/** Splits text into pieces, flagging the runs of curly quotes that need the East Asian hint. */
export function quoteSegments(text: string): { text: string; eastAsianHint: boolean }[] {
  return text
    .split(CURLY_QUOTES)
    .filter(Boolean)
    .map((piece) => ({ text: piece, eastAsianHint: CURLY_QUOTES.test(piece) }));
}
