import { startTransition, useEffect, useMemo, useState } from 'react';
import { campaignForDraft } from '../../../shared/campaign';
import { countText, type TextCount } from '../../../shared/count';
import { changedRegion, countInPieces, recount, recountSplice } from '../../../shared/text-chunks';
import { textOf, type Draft } from '../../../shared/draft';
import { formOf, type Section } from '../../../shared/forms';
import type { RuleContext } from '../../../shared/forms/fields';
import { validateDraft, type FieldIssue } from '../../../shared/validate';
import { useCampaigns } from '../stores/campaigns';
import { useDraft, type DraftStore } from '../stores/draft';

/**
 * Counts memoised per field of the open draft: a keystroke recounts the one field whose text
 * changed, and the body total and the missing-lists add up the counts the other fields already
 * have (docs/PERFORMANCE.md). The memo belongs to one draft: opening another starts a new one, so
 * nothing of a closed draft's texts is kept, and two drafts never share a field's count.
 */
interface DraftMemo {
  draftId: string | undefined;
  counts: Map<string, { text: string; count: TextCount }>;
  issues?: { draft: Draft; context: RuleContext; issues: FieldIssue[] };
}

let memo: DraftMemo = { draftId: undefined, counts: new Map() };

/** The memo of the draft the store holds, new when the store has moved to another draft. */
function memoOf(draftId = useDraft.getState().draft?.id): DraftMemo {
  if (memo.draftId !== draftId) memo = { draftId, counts: new Map() };
  return memo;
}

/**
 * Above this length a keystroke recounts only the region it changed: counting a megabyte on
 * every key would take longer than a frame. Below it, a whole recount is cheaper than the diff.
 */
const RECOUNT_FROM = 32 * 1024;

/** A field's count from a draft's memo, recounted only where the text moved on. */
function countWith(own: DraftMemo, text: string, partId: string): TextCount {
  const last = own.counts.get(partId);
  if (last?.text === text) return last.count;
  const count =
    last && text.length > RECOUNT_FROM && last.text.length > RECOUNT_FROM
      ? recount(last.text, last.count, text)
      : countText(text);
  own.counts.set(partId, { text, count });
  return count;
}

/** A field's count in the open draft. */
export function countField(text: string, partId: string): TextCount {
  return countWith(memoOf(), text, partId);
}

/**
 * Counts a field's new text from the splice its editor recorded, before the draft hears of it,
 * so that a key in a megabyte field counts a few characters, not the field.
 */
export function countAfterSplice(
  partId: string,
  before: string,
  after: string,
  splice: { at: number; removed: string; inserted: string },
): void {
  const lastCount = memoOf().counts;
  const last = lastCount.get(partId);
  if (last?.text !== before || after.length <= RECOUNT_FROM) return;
  lastCount.set(partId, { text: after, count: recountSplice(before, last.count, after, splice) });
}

/**
 * Counts the text a field is about to get (a large paste) a piece per turn, so that the field's
 * counter then updates without one long recount when the text lands.
 */
export async function prepareCount(partId: string, text: string): Promise<void> {
  const lastCount = memoOf().counts;
  const last = lastCount.get(partId);
  if (!last) {
    lastCount.set(partId, { text, count: await countInPieces(text) });
    return;
  }
  const { start, beforeEnd, afterEnd } = changedRegion(last.text, text);
  const removed = await countInPieces(last.text.slice(start, beforeEnd));
  const added = await countInPieces(text.slice(start, afterEnd));
  const current = lastCount.get(partId);
  // Typing in the meantime moved the field on: the next count is worked out from that instead.
  if (current !== last) return;
  lastCount.set(partId, {
    text,
    count: {
      words: last.count.words - removed.words + added.words,
      chars: last.count.chars - removed.chars + added.chars,
    },
  });
}

/** A section's total 字数, added up from the counts its fields already have. */
export function selectSectionWords(state: Pick<DraftStore, 'draft'>, section: Section): number {
  const draft = state.draft;
  return draft
    ? section.parts.reduce((sum, part) => sum + countField(textOf(draft, part.id), part.id).words, 0)
    : 0;
}

const sameIssue = (a: FieldIssue, b: FieldIssue) =>
  a.severity === b.severity &&
  a.code === b.code &&
  a.step === b.step &&
  a.field === b.field &&
  a.words === b.words &&
  a.limit === b.limit &&
  a.rowId === b.rowId &&
  a.column === b.column &&
  a.detail === b.detail &&
  JSON.stringify(a.rule) === JSON.stringify(b.rule);

/** One object for "no campaign", so the memo holds across calls that pass none. */
const NO_CAMPAIGN: RuleContext = {};

/**
 * The draft's issues, worked out once per edit whoever asks, and the very same list as before
 * while nothing in it changed, so that the rail and the missing-lists skip the keystrokes that
 * leave them as they were. `context` is the draft's campaign, for the rules that check its facts.
 */
export function selectIssues(
  state: Pick<DraftStore, 'draft'>,
  context: RuleContext = NO_CAMPAIGN,
): FieldIssue[] {
  const { draft } = state;
  if (!draft) return [];
  const own = memoOf(draft.id);
  if (own.issues?.draft === draft && own.issues.context === context) return own.issues.issues;
  const issues = validateDraft(draft, formOf(draft.form), (text, id) => countWith(own, text, id), context);
  const previous = own.issues?.issues;
  const unchanged =
    previous?.length === issues.length && issues.every((issue, i) => sameIssue(issue, previous[i]!));
  own.issues = { draft, context, issues: unchanged ? previous : issues };
  return own.issues.issues;
}

/**
 * The campaign the open draft's exports print, picked as main picks it: until the campaigns are
 * read, no campaign, so its rules wait rather than check against another call's facts.
 */
function useRuleContext(): RuleContext {
  const campaigns = useCampaigns((s) => s.campaigns);
  const form = useDraft((s) => s.draft?.form);
  const campaignId = useDraft((s) => s.draft?.campaignId);
  return useMemo(
    () =>
      campaigns && form !== undefined && campaignId !== undefined
        ? { campaign: campaignForDraft(campaigns, { form, campaignId }) }
        : NO_CAMPAIGN,
    [campaigns, form, campaignId],
  );
}

/**
 * Runs `task` in a task of its own once the next frame has been drawn, unless cancelled first:
 * work that follows an edit then neither delays the key's own frame nor runs inside the key.
 */
function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The open draft's issues, for the rail and the missing-lists, which follow typing a moment later
 * so that a keystroke only waits for its own field. The component does not subscribe to the draft:
 * it re-renders when the list changes, not on every key (the list stays the very same while an
 * edit leaves it as it was). After an edit, the draft is validated (1,400 cells of a 200-row table
 * and their rules) once the key's frame is drawn, at most once a frame however fast the keys come,
 * and the new list is handed over as a transition, which the next key can interrupt. A draft just
 * opened is validated at once, so its steps do not show as done for a frame.
 */
export function useIssues(): FieldIssue[] {
  const context = useRuleContext();
  const [issues, setIssues] = useState(() => selectIssues(useDraft.getState(), context));
  useEffect(() => {
    let cancel: (() => void) | undefined;
    const follow = () => {
      cancel = undefined;
      const next = selectIssues(useDraft.getState(), context);
      startTransition(() => setIssues(next));
    };
    follow();
    const stop = useDraft.subscribe((state, previous) => {
      if (state.draft === previous.draft) return;
      if (state.draft?.id !== previous.draft?.id) {
        cancel?.();
        follow();
      } else cancel ??= afterNextFrame(follow);
    });
    return () => {
      stop();
      cancel?.();
    };
  }, [context]);
  return issues;
}
