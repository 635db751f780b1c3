// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../../shared/draft';
import type { Field, LongTextField } from '../../../../../shared/forms/fields';
import { FieldsStep } from '../../../../../renderer/src/wizard/fields/FieldsStep';
import { useDraft } from '../../../../../renderer/src/stores/draft';
import { field } from './harness';

const fields: Field[] = [
  field({ id: 'name', name: '委员会名称', type: 'text', required: true, guidance: '写全称' }),
  field({ id: 'legal', name: '是否法制计量技术委员会', type: 'yesNo' }),
  field({ id: 'start', name: '任期起始', type: 'date', precision: 'month' }),
  field({ id: 'photos', name: '图片', type: 'attachments', role: 'image' }),
];

describe('a step of fields', () => {
  it('shows each field named by its name, with guidance and findings, and reports changes by field id', () => {
    const changes: [string, unknown][] = [];
    render(
      <FieldsStep
        fields={fields}
        values={{ name: '', legal: null, start: '2023-07' }}
        onChange={(id, next) => changes.push([id, next])}
        issues={{ legal: [{ severity: 'warning', message: '请选择是或否' }] }}
        label="基本信息"
      />,
    );
    expect(screen.getByRole('region', { name: '基本信息' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '委员会名称' }), { target: { value: '长度' } });
    fireEvent.click(screen.getByRole('radio', { name: '是' }));
    expect(changes).toEqual([
      ['name', '长度'],
      ['legal', true],
    ]);
    expect(screen.getByText('写全称')).toBeTruthy();
    expect(screen.getByText('必填')).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('请核对 请选择是或否');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '任期起始' }).value).toBe('2023年7月');
    // Attachments are the attachments step's: no control here.
    expect(screen.queryByText('图片')).toBeNull();
  });

  it('edits a long text through the wizard’s text field, into the draft', () => {
    const draft = emptyDraft({
      id: 'case-001',
      form: 'case',
      campaignId: 'c',
      now: new Date('2024-01-01T00:00:00Z'),
    });
    useDraft.setState({ draft });
    const summary = field<LongTextField>({ id: 'summary', name: '案例简介', type: 'longText', limit: 300 });
    render(<FieldsStep fields={[summary]} values={{}} onChange={() => undefined} />);
    const box = screen.getByRole('textbox', { name: '案例简介' });
    fireEvent.change(box, { target: { value: '计量守护健康' } });
    expect(useDraft.getState().draft!.values.summary).toBe('计量守护健康');
    expect(screen.getByTestId('counter').textContent).toContain('字数 6 / 300');
    useDraft.setState({ draft: undefined });
  });
});
