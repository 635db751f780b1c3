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
const isCurlyQuote = (code: number) =>
  code === 0x2018 || code === 0x2019 || code === 0x201c || code === 0x201d;
const ANY_CURLY_QUOTE = /[\u2018\u2019\u201C\u201D]/;

/**
 * Characters Word gives the same slot whatever a run's hint (Microsoft's notes on rFonts, MS-OI29500
 * 2.1.88): Basic Latin always takes the ASCII face; CJK symbols and punctuation, CJK ideographs and
 * full-width forms always take the East Asian face. They can share a run with the hinted quotes, so a
 * quoted phrase is one run, not three. Every other character (dashes, ellipses, middle dots, Latin-1,
 * Greek…) is one the hint would change, so it stays out of hinted runs.
 */
const isHintNeutral = (code: number) =>
  code <= 0x7f ||
  (code >= 0x3000 && code <= 0x303f) ||
  (code >= 0x3400 && code <= 0x4db5) ||
  (code >= 0x4e00 && code <= 0x9faf) ||
  (code >= 0xff00 && code <= 0xffef);

export interface Segment {
  text: string;
  eastAsianHint: boolean;
}

/**
 * Splits text into runs, flagging those that need the East Asian hint: each holds curly quotes and
 * no character the hint would change. Characters the hint leaves alone join whichever run they meet.
 */
export function quoteSegments(text: string): Segment[] {
  if (!ANY_CURLY_QUOTE.test(text)) return text ? [{ text, eastAsianHint: false }] : [];
  const segments: Segment[] = [];
  let start = 0;
  let hinted: boolean | undefined;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isHintNeutral(code)) continue;
    const wants = isCurlyQuote(code);
    if (hinted !== undefined && wants !== hinted) {
      segments.push({ text: text.slice(start, at), eastAsianHint: hinted });
      start = at;
    }
    hinted = wants;
  }
  segments.push({ text: text.slice(start), eastAsianHint: hinted ?? false });
  return segments;
}
