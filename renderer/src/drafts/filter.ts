import type { DraftSummary } from '../../../shared/draft';
import type { FormId } from '../../../shared/forms';

/**
 * The list's three filters (docs/WIZARD.md). 草稿 and 已定稿 are the draft's status; 已导出 is told
 * apart from it, not in place of it: the last export shows the current content (main compares the
 * printed hash with the draft's). A change after an export drops 已导出: the printed copy is stale.
 */
export type ListState = 'draft' | 'final' | 'exported';
export type SortKey = 'updated' | 'created' | 'title';

export interface ListQuery {
  search: string;
  sort: SortKey;
  kind: FormId | 'all';
  state: ListState | 'all';
}

export const defaultQuery: ListQuery = { search: '', sort: 'updated', kind: 'all', state: 'all' };

/** Whether a draft is shown under a state filter: a finalised, exported draft is under both. */
export function inState(summary: DraftSummary, state: ListState): boolean {
  return state === 'exported' ? summary.exported : summary.status === state;
}

const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

const comparators: Record<SortKey, (a: DraftSummary, b: DraftSummary) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  created: (a, b) => b.createdAt.localeCompare(a.createdAt),
  // Untitled drafts last: they are the ones still to be named.
  title: (a, b) => Number(!a.title) - Number(!b.title) || collator.compare(a.title, b.title),
};

/** Search matches the title or the unit, ignoring case and surrounding spaces. */
export function applyQuery(drafts: readonly DraftSummary[], query: ListQuery): DraftSummary[] {
  const needle = query.search.trim().toLowerCase();
  return drafts
    .filter((d) => query.kind === 'all' || d.form === query.kind)
    .filter((d) => query.state === 'all' || inState(d, query.state))
    .filter((d) => !needle || d.title.toLowerCase().includes(needle) || d.unit.toLowerCase().includes(needle))
    .sort(comparators[query.sort]);
}
