// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  ChoiceField,
  DateField,
  NumberField,
  ShortTextField,
  YesNoField,
} from '../../../../../shared/forms/fields';
import { field, renderControl } from './harness';

describe('short text', () => {
  const title = field<ShortTextField>({
    id: 'name',
    name: '委员会名称',
    type: 'text',
    limit: { max: 10, unit: 'words' },
  });

  it('is named by the field, gives the text as typed and counts it against its limit', () => {
    const view = renderControl(title, '');
    const input = screen.getByRole('textbox', { name: '委员会名称' });
    fireEvent.change(input, { target: { value: '上海市计量技术委员会' } });
    expect(view.value()).toBe('上海市计量技术委员会');
    expect(screen.getByTestId('counter').textContent).toContain('字数 10 / 10');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(input, { target: { value: '上海市计量技术委员会秘书处' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('counter').textContent).toContain('超出 3 字');
  });

  it('is a textarea when several lines are allowed, and shows the guidance and findings', () => {
    const units = field<ShortTextField>({
      id: 'units',
      name: '负责单位',
      type: 'text',
      multiline: true,
      guidance: '指导单位、主办单位各占一行',
    });
    renderControl(units, '指导单位：市场监管局', {
      issues: [{ severity: 'error', message: '请填写负责单位' }],
    });
    const box = screen.getByRole('textbox', { name: '负责单位' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.getAttribute('aria-describedby')).toContain('guidance');
    expect(screen.getByText('指导单位、主办单位各占一行')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('需修改 请填写负责单位');
  });

  it('notes an implausible phone number without refusing it', () => {
    const phone = field<ShortTextField>({ id: 'phone', name: '联系电话', type: 'text', check: 'phone' });
    const view = renderControl(phone, '');
    fireEvent.change(screen.getByRole('textbox', { name: '联系电话' }), { target: { value: '12' } });
    expect(view.value()).toBe('12');
    expect(document.querySelector('.field-warning')).not.toBeNull();
  });
});

describe('number', () => {
  const count = field<NumberField>({
    id: 'count',
    name: '活动场次',
    type: 'number',
    integer: true,
    min: 0,
    max: 500,
    unit: '场',
  });

  it('stores the number typed, full-width digits and thousands separators included', () => {
    const view = renderControl(count, null);
    const input = screen.getByRole('textbox', { name: '活动场次' });
    fireEvent.change(input, { target: { value: '１２' } });
    expect(view.value()).toBe(12);
    fireEvent.change(input, { target: { value: '' } });
    expect(view.value()).toBeNull();
    expect(screen.getByText('场')).toBeTruthy();
  });

  it('keeps a text that is not a number, with a message, and never drops it', () => {
    const view = renderControl(count, null);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: '活动场次' });
    fireEvent.change(input, { target: { value: '十二场' } });
    expect(view.value()).toBe('十二场');
    expect(input.value).toBe('十二场');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('不是数字，已保留所填内容；请改为数字')).toBeTruthy();
  });

  it('says when a number is not whole or out of range', () => {
    const view = renderControl(count, 3);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: '活动场次' });
    expect(input.value).toBe('3');
    fireEvent.change(input, { target: { value: '2.5' } });
    expect(view.value()).toBe(2.5);
    expect(screen.getByText('请填写整数')).toBeTruthy();
    fireEvent.change(input, { target: { value: '501' } });
    expect(screen.getByText('不能大于 500')).toBeTruthy();
  });
});

describe('yes / no', () => {
  const legal = field<YesNoField>({ id: 'legal', name: '是否法制计量技术委员会', type: 'yesNo' });

  it('starts unanswered and stores true for 是 and false for 否', () => {
    const view = renderControl(legal, null);
    const group = screen.getByRole('radiogroup', { name: '是否法制计量技术委员会' });
    const [yes, no] = screen.getAllByRole<HTMLInputElement>('radio');
    expect(group).toBeTruthy();
    expect(yes!.checked || no!.checked).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: '是' }));
    expect(view.value()).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '否' }));
    expect(view.value()).toBe(false);
    expect(no!.checked).toBe(true);
  });
});

describe('choice', () => {
  const field6 = field<ChoiceField>({
    id: 'domain',
    name: '专业领域',
    type: 'choice',
    options: ['长度', '热学', '力学', '电磁', '时间频率', '电离辐射'],
    other: true,
  });

  it('offers many options in a select, and free text for 其他', () => {
    const view = renderControl(field6, '');
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '专业领域' });
    fireEvent.change(select, { target: { value: '热学' } });
    expect(view.value()).toBe('热学');
    fireEvent.change(select, { target: { value: '\u0000other' } });
    expect(view.value()).toBe('');
    const other = screen.getByRole('textbox', { name: '专业领域（其他，请填写）' });
    fireEvent.change(other, { target: { value: '碳计量' } });
    expect(view.value()).toBe('碳计量');
    expect(select.value).toBe('\u0000other');
  });

  it('shows a value outside the list as 其他 with its text', () => {
    renderControl(field6, '海洋计量');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '专业领域（其他，请填写）' }).value).toBe(
      '海洋计量',
    );
  });

  it('offers a few options as radios', () => {
    const role = field<ChoiceField>({
      id: 'kind',
      name: '人员类别',
      type: 'choice',
      options: ['技术专业人员', '行政管理人员'],
      other: false,
    });
    const view = renderControl(role, '');
    expect(screen.getByRole('radiogroup', { name: '人员类别' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '行政管理人员' }));
    expect(view.value()).toBe('行政管理人员');
    expect(screen.queryByRole('radio', { name: '其他' })).toBeNull();
  });
});

describe('dates', () => {
  it('reads a day as YYYY-MM-DD and keeps an unreadable text with a message', () => {
    const day = field<DateField>({ id: 'day', name: '填报日期', type: 'date', precision: 'day' });
    const view = renderControl(day, null);
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: '填报日期' });
    fireEvent.change(input, { target: { value: '2022.1.20' } });
    expect(view.value()).toBe('2022-01-20');
    fireEvent.blur(input);
    expect(input.value).toBe('2022年1月20日');
    fireEvent.change(input, { target: { value: '5月下旬' } });
    expect(view.value()).toBe('5月下旬');
    expect(screen.getByText(/未能识别为日期/)).toBeTruthy();
  });

  it('reads a year-month as YYYY-MM and shows it as 2023年7月', () => {
    const month = field<DateField>({ id: 'start', name: '任期起始', type: 'date', precision: 'month' });
    const view = renderControl(month, '2027-06');
    const input = screen.getByRole<HTMLInputElement>('textbox', { name: '任期起始' });
    expect(input.value).toBe('2027年6月');
    fireEvent.change(input, { target: { value: '2023-7' } });
    expect(view.value()).toBe('2023-07');
    fireEvent.blur(input);
    expect(input.value).toBe('2023年7月');
    fireEvent.change(input, { target: { value: '2023年13月' } });
    expect(view.value()).toBe('2023年13月');
    expect(screen.getByText(/未能识别为年月/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '' } });
    expect(view.value()).toBeNull();
  });
});
