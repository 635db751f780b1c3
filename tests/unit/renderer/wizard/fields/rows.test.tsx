// @vitest-environment happy-dom
import { createEvent, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Row, RowsField } from '../../../../../shared/forms/fields';
import { field, renderControl } from './harness';

const activities = field<RowsField>({
  id: 'activities',
  name: '活动',
  type: 'rows',
  minRows: 1,
  maxRows: 4,
  groupBy: 'no',
  columns: [
    field({ id: 'no', name: '序号', type: 'text' }),
    field({ id: 'name', name: '活动名称', type: 'text' }),
    field({ id: 'count', name: '场次', type: 'number', integer: true }),
    field({ id: 'units', name: '负责单位', type: 'text', multiline: true }),
  ],
});

const row = (id: string, no: string, name: string): Row => ({
  id,
  cells: { no, name, count: null, units: '' },
});
const seed = () => [row('a', '1', '计量进社区'), row('b', '', '开放日'), row('c', '2', '讲座')];

const cell = (column: string, n: number) =>
  screen.getByRole<HTMLInputElement | HTMLTextAreaElement>('textbox', { name: `${column} 第${n}行` });
const rowsOf = (value: unknown) => value as Row[];
const summary = (value: unknown) => rowsOf(value).map((r) => `${r.cells.no}|${r.cells.name}`);

function paste(target: HTMLElement, text: string) {
  const event = createEvent.paste(target, { clipboardData: { getData: () => text } });
  fireEvent(target, event);
  return event;
}

describe('a rows field', () => {
  it('is a table with the printed headers, each cell named by its column and row', () => {
    renderControl(activities, seed());
    const table = screen.getByRole('table', { name: '活动' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['序号', '活动名称', '场次', '负责单位', '操作']);
    expect(cell('活动名称', 2).value).toBe('开放日');
    expect(cell('负责单位', 1).tagName).toBe('TEXTAREA');
    // The 序号 of a continuing row says so, and numbers come from the table, not typing.
    expect(screen.getByRole('status', { name: '序号 第2行' }).textContent).toBe('同上');
    expect(screen.getByRole('status', { name: '序号 第3行' }).textContent).toBe('2');
  });

  it('gives every column its width by kind, so the table is not laid out from its cells', () => {
    renderControl(activities, seed());
    const table = screen.getByRole('table', { name: '活动' });
    const widths = [...table.querySelectorAll(':scope > colgroup > col')].map((col) => col.className);
    // 序号, 活动名称, 场次, 负责单位 (a multi-line text), the row's buttons.
    expect(widths).toEqual([
      'rows-col-number',
      'rows-col-short',
      'rows-col-short',
      'rows-col-prose',
      'rows-col-actions',
    ]);
  });

  it('stores typed cells by column id, a number column as a number', () => {
    const view = renderControl(activities, seed());
    fireEvent.change(cell('场次', 3), { target: { value: '4' } });
    fireEvent.change(cell('活动名称', 1), { target: { value: '计量宣传' } });
    const rows = rowsOf(view.value());
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[2]!.cells.count).toBe(4);
    expect(rows[0]!.cells.name).toBe('计量宣传');
  });

  it('adds rows up to maxRows, then says why it cannot', () => {
    const view = renderControl(activities, seed());
    const add = screen.getByRole<HTMLButtonElement>('button', { name: '添加一行' });
    fireEvent.click(add);
    expect(rowsOf(view.value())).toHaveLength(4);
    // A new row opens a group of its own.
    expect(summary(view.value())[3]).toBe('3|');
    expect(document.activeElement).toBe(cell('活动名称', 4));
    expect(add.disabled).toBe(true);
    expect(screen.getByText('已达上限 4 行，不能再添加')).toBeTruthy();
    expect(add.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '复制第1行' }).disabled).toBe(true);
  });

  it('moves a row with Alt+↓ and Alt+↑, keeping focus in the moved cell and 序号 in order', () => {
    const view = renderControl(activities, seed());
    const input = cell('活动名称', 3);
    input.focus();
    // A group of one row moves above the whole group before it.
    fireEvent.keyDown(input, { key: 'ArrowUp', altKey: true });
    expect(summary(view.value())).toEqual(['1|讲座', '2|计量进社区', '|开放日']);
    expect(document.activeElement).toBe(cell('活动名称', 1));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
    expect(summary(view.value())).toEqual(['1|计量进社区', '|开放日', '2|讲座']);
    expect(document.activeElement).toBe(cell('活动名称', 3));
    // Inside a group a row swaps with its neighbour and the group keeps its number on top.
    fireEvent.keyDown(cell('活动名称', 2), { key: 'ArrowUp', altKey: true });
    expect(summary(view.value())).toEqual(['1|开放日', '|计量进社区', '2|讲座']);
    // Without Alt the arrows are the input's own.
    fireEvent.keyDown(cell('活动名称', 3), { key: 'ArrowUp' });
    expect(summary(view.value())).toEqual(['1|开放日', '|计量进社区', '2|讲座']);
  });

  it('moves a row with its buttons and duplicates one under itself', () => {
    const view = renderControl(activities, seed());
    fireEvent.click(screen.getByRole('button', { name: '下移第1行' }));
    expect(summary(view.value())).toEqual(['1|开放日', '|计量进社区', '2|讲座']);
    fireEvent.click(screen.getByRole('button', { name: '复制第3行' }));
    expect(summary(view.value())).toEqual(['1|开放日', '|计量进社区', '2|讲座', '3|讲座']);
    const ids = rowsOf(view.value()).map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('deletes a row and 撤销 puts it back at its place, renumbering both times', () => {
    const view = renderControl(activities, seed());
    fireEvent.click(screen.getByRole('button', { name: '删除第1行' }));
    // The group the deleted row opened goes on under the next row.
    expect(summary(view.value())).toEqual(['1|开放日', '2|讲座']);
    const notice = screen.getByRole('status', { name: '' });
    expect(notice.textContent).toContain('已删除第1行。');
    fireEvent.click(within(notice).getByRole('button', { name: '撤销' }));
    expect(summary(view.value())).toEqual(['1|计量进社区', '|开放日', '2|讲座']);
    expect(rowsOf(view.value()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();
  });

  it('joins a row to the group above and takes it out again', () => {
    const view = renderControl(activities, seed());
    const joins = screen.getByRole<HTMLInputElement>('checkbox', { name: '第3行序号同上' });
    fireEvent.click(joins);
    expect(summary(view.value())).toEqual(['1|计量进社区', '|开放日', '|讲座']);
    fireEvent.click(screen.getByRole('checkbox', { name: '第2行序号同上' }));
    expect(summary(view.value())).toEqual(['1|计量进社区', '2|开放日', '|讲座']);
  });

  it('pastes tab-separated rows from the cell on, adding rows up to the limit', () => {
    const view = renderControl(activities, seed());
    const text =
      '开放日\t2\t"指导单位：市场监管局\r\n主办单位：计量院"\r\n讲座\t三场\t计量院\r\n展览\t1\t\r\n多余\t1\t\r\n';
    const event = paste(cell('活动名称', 2), text);
    expect(event.defaultPrevented).toBe(true);
    const rows = rowsOf(view.value());
    expect(rows).toHaveLength(4);
    expect(rows[1]!.cells).toEqual({
      no: '',
      name: '开放日',
      count: 2,
      units: '指导单位：市场监管局\n主办单位：计量院',
    });
    expect(rows[2]!.cells).toMatchObject({ no: '2', name: '讲座', count: '三场', units: '计量院' });
    expect(rows[3]!.cells).toMatchObject({ no: '3', name: '展览', count: 1 });
    expect(screen.getByText(/已粘贴 3 行，其中 1 行是添加的。超出行数上限的 1 行未粘贴。/)).toBeTruthy();
    expect(cell('负责单位', 2).value).toBe('指导单位：市场监管局\n主办单位：计量院');
  });

  it('leaves a paste of plain text to the cell', () => {
    const view = renderControl(activities, seed());
    const event = paste(cell('活动名称', 1), '一句话');
    expect(event.defaultPrevented).toBe(false);
    expect(view.changes).toHaveLength(0);
  });

  it('points a finding at its row and cell', () => {
    renderControl(activities, seed(), {
      issues: [{ severity: 'error', message: '请填写活动名称', rowId: 'c', column: 'name' }],
    });
    const input = cell('活动名称', 3);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('第3行 活动名称 请填写活动名称');
  });

  it('changes nothing when the draft is locked', () => {
    renderControl(activities, seed(), { readOnly: true });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '删除第1行' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '添加一行' }).disabled).toBe(true);
    expect(cell('活动名称', 1).readOnly).toBe(true);
  });
});

describe('a long rows field', () => {
  const long = field<RowsField>({ ...activities, maxRows: 200 });
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => row(`r${i}`, String(i + 1), `活动第${i + 1}项`));
  // The page here is not laid out: each row is taken for 110 px, the body at the screen's top, so
  // the rows on the screen and ten more are mounted.
  const mountedRows = () => Math.ceil(window.innerHeight / 110) + 10;

  it('mounts the rows near the screen and stands a spacer for the rest, telling how many rows there are', () => {
    const view = renderControl(long, many(200));
    const table = screen.getByRole('table', { name: '活动' });
    expect(table.getAttribute('aria-rowcount')).toBe('201');
    const mounted = within(table).getAllByRole('row').slice(1);
    // The last row too, where Shift+Tab enters the table from below.
    expect(mounted.map((tr) => tr.getAttribute('aria-rowindex'))).toEqual([
      ...Array.from({ length: mountedRows() }, (_, i) => String(i + 2)),
      '201',
    ]);
    const gap = table.querySelector<HTMLTableCellElement>('.rows-gap td')!;
    expect(gap.closest('tr')!.getAttribute('aria-hidden')).toBe('true');
    expect(gap.style.height).toBe(`${(199 - mountedRows()) * 110}px`);
    // Typing in a mounted cell changes its row, and every row is still in the value.
    fireEvent.change(cell('活动名称', 3), { target: { value: '计量宣传' } });
    expect(rowsOf(view.value())).toHaveLength(200);
    expect(rowsOf(view.value())[2]!.cells.name).toBe('计量宣传');
  });

  it('keeps the focused row’s neighbours mounted, so Tab reaches the next row', () => {
    renderControl(long, many(200));
    const last = mountedRows();
    expect(screen.queryByRole('textbox', { name: `活动名称 第${last + 1}行` })).toBeNull();
    fireEvent.focus(cell('负责单位', last));
    expect(cell('活动名称', last + 1).value).toBe(`活动第${last + 1}项`);
  });

  it('keeps a row moved to beyond the window mounted, with the focus in it', () => {
    const view = renderControl(long, many(200));
    const last = mountedRows();
    const input = cell('活动名称', last);
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
    expect(summary(view.value()).slice(last - 1, last + 2)).toEqual([
      `${last}|活动第${last + 1}项`,
      `${last + 1}|活动第${last + 2}项`,
      `${last + 2}|活动第${last}项`,
    ]);
    expect(document.activeElement).toBe(cell('活动名称', last + 2));
    // Out of the window, with nothing kept there, the row two below the focus is not mounted.
    expect(screen.queryByRole('textbox', { name: `活动名称 第${last + 4}行` })).toBeNull();
  });
});
