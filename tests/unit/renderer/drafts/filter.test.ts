import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../../../shared/draft';
import { applyQuery, defaultQuery, inState } from '../../../../renderer/src/drafts/filter';

const summary = (over: Partial<DraftSummary>): DraftSummary => ({
  id: 'id0000',
  form: 'case',
  campaignId: 'shsjl-2021-610',
  title: '',
  unit: '',
  status: 'draft',
  exported: false,
  createdAt: '2021-12-01T00:00:00.000Z',
  updatedAt: '2021-12-01T00:00:00.000Z',
  words: 0,
  limits: [],
  ...over,
});

const drafts = [
  summary({
    id: 'a',
    title: '智慧计量',
    unit: '浦东新区市场监管局',
    createdAt: '2021-12-03T00:00:00Z',
    updatedAt: '2021-12-05T00:00:00Z',
  }),
  summary({ id: 'b', title: '', form: 'material', status: 'final', updatedAt: '2021-12-09T00:00:00Z' }),
  summary({ id: 'c', title: '阿拉计量', status: 'final', exported: true, createdAt: '2021-12-08T00:00:00Z' }),
];
const ids = (list: DraftSummary[]) => list.map((d) => d.id);

describe('draft list query', () => {
  it('sorts by last change, by creation, or by title with untitled drafts last', () => {
    expect(ids(applyQuery(drafts, defaultQuery))).toEqual(['b', 'a', 'c']);
    expect(ids(applyQuery(drafts, { ...defaultQuery, sort: 'created' }))).toEqual(['c', 'a', 'b']);
    // 阿 (ā) before 智 (zhì) in pinyin order.
    expect(ids(applyQuery(drafts, { ...defaultQuery, sort: 'title' }))).toEqual(['c', 'a', 'b']);
  });

  it('filters by kind and by state, where an exported 定稿 is under both 已定稿 and 已导出', () => {
    expect(ids(applyQuery(drafts, { ...defaultQuery, kind: 'material' }))).toEqual(['b']);
    expect(ids(applyQuery(drafts, { ...defaultQuery, state: 'draft' }))).toEqual(['a']);
    expect(ids(applyQuery(drafts, { ...defaultQuery, state: 'final' }))).toEqual(['b', 'c']);
    expect(ids(applyQuery(drafts, { ...defaultQuery, state: 'exported' }))).toEqual(['c']);
    expect(drafts.map((d) => inState(d, 'exported'))).toEqual([false, false, true]);
  });

  it('searches titles and units, ignoring surrounding spaces', () => {
    expect(ids(applyQuery(drafts, { ...defaultQuery, search: ' 浦东 ' }))).toEqual(['a']);
    expect(ids(applyQuery(drafts, { ...defaultQuery, search: '计量' }))).toEqual(['a', 'c']);
    expect(applyQuery(drafts, { ...defaultQuery, search: '不存在' })).toEqual([]);
  });
});
