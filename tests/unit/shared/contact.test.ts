import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, isPlausiblePhone } from '../../../shared/contact';

describe('isPlausiblePhone', () => {
  it.each([
    '13800138000',
    '138 0013 8000',
    '138-0013-8000',
    '+86 138 0013 8000',
    '021-64220000',
    '(021)64220000',
    '（021）64220000',
    '021 6422 0000',
    '64220000',
    '0571-8765432',
    '+86 21 6422 0000',
    '021-64220000转2479',
    '021-64220000 转 2479',
    '021-64220000分机2479',
    '021-64220000-2479',
    '021-64220000 ext. 2479',
    '400-820-8820',
    '０２１－６４２２００００',
    '021-64220000、13800138000',
    '021-64220000/13800138000',
    '021-64220000转2479／13800138000',
    '13800138000，13900139000',
  ])('accepts %s', (value) => {
    expect(isPlausiblePhone(value)).toBe(true);
  });

  it.each(['', '   ', '12345', '1380013800', '23800138000', '021-6422', 'abc', '电话见附件'])(
    'warns about %j',
    (value) => {
      expect(isPlausiblePhone(value)).toBe(false);
    },
  );

  it('warns when one of several numbers is odd', () => {
    expect(isPlausiblePhone('021-64220000、12345')).toBe(false);
  });
});

describe('isPlausibleEmail', () => {
  it.each(['shsjlxh1993@163.com', 'a.b+c@sh.gov.cn', 'a@b.cn、c@d.cn', 'a@b.cn; c@d.cn', ' a@b.cn '])(
    'accepts %s',
    (value) => {
      expect(isPlausibleEmail(value)).toBe(true);
    },
  );

  it.each(['', 'shsjlxh1993', 'a@b', 'a＠b.cn', 'a b@c.cn', 'a@b..cn', '@b.cn', 'a@b.cn、oops'])(
    'warns about %j',
    (value) => {
      expect(isPlausibleEmail(value)).toBe(false);
    },
  );
});
