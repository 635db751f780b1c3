import { spliceAt, spliceBetween, type Splice } from './edit-history';
import { applyBlockChange, blockStarts, cutBlocks, locate, spliceBlocks } from './text-blocks';

/** How far into its block a DOM position is, in UTF-16 units of the block's text. */
function inBlock(block: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** What the view tells its field: an edit the browser made, or one it asks the field to make. */
export interface BlockViewEvents {
  /** The browser changed the text inside one block (typing, an input method's result). */
  typed: (splice: Splice) => void;
  /** An edit the browser would have made across blocks (Enter, a selection deleted, a cut): the field makes it. */
  edit: (splice: Splice) => void;
  history: (direction: 'undo' | 'redo') => void;
  /** While an input method composes, nothing is committed (docs/COUNTING.md). */
  composing: () => boolean;
}

/**
 * The DOM of a large field shown as blocks (`text-blocks.ts`): one `div` per block in an element
 * editable as plain text. The browser edits inside a block itself — typing, Backspace, an input
 * method — so caret, selection and composition are its own; whatever would cross or merge blocks
 * (Enter, a line break deleted, a selection over several blocks, cut, drop) is turned into a splice
 * of the text that the field applies, so the blocks always join to exactly the field's text.
 */
export class BlockView {
  private blocks: string[] = [''];
  private readonly listeners: [string, (event: Event) => void][];

  constructor(
    private readonly root: HTMLElement,
    private readonly events: BlockViewEvents,
  ) {
    this.listeners = [
      ['beforeinput', (event) => this.onBeforeInput(event as InputEvent)],
      ['input', (event) => this.onInput(event as InputEvent)],
      ['copy', (event) => this.onCopy(event as ClipboardEvent, false)],
      ['cut', (event) => this.onCopy(event as ClipboardEvent, true)],
    ];
    for (const [type, listener] of this.listeners) root.addEventListener(type, listener);
  }

  dispose(): void {
    for (const [type, listener] of this.listeners) this.root.removeEventListener(type, listener);
  }

  /** Shows a whole new text (the field mounting, a restored version). */
  show(text: string): void {
    this.blocks = cutBlocks(text);
    this.root.replaceChildren(
      ...this.blocks.map((block, i) => this.element(block, i === this.blocks.length - 1)),
    );
  }

  /** Applies a splice to the blocks and the page; the caret goes after the inserted text. */
  replace(splice: Splice, moveCaret = true): void {
    const change = spliceBlocks(this.blocks, splice);
    const last = change.from + change.count === this.blocks.length;
    applyBlockChange(this.blocks, change);
    const elements = change.blocks.map((block, i) =>
      this.element(block, last && i === change.blocks.length - 1),
    );
    const gone = [...this.root.children].slice(change.from, change.from + change.count);
    const next = this.root.children[change.from + change.count] ?? null;
    for (const element of gone) element.remove();
    for (const element of elements) this.root.insertBefore(element, next);
    if (change.blocks.length === 0 && this.root.children.length === 0)
      this.root.append(this.element('', true));
    // The block that is now last shows its trailing empty line, the one before it no longer does.
    if (last) this.refreshEnds();
    if (moveCaret) this.setCaret(splice.at + splice.inserted.length);
  }

  /** The selection as offsets of the text; the caret at the end when it is outside the field. */
  selection(): { start: number; end: number } {
    const selection = getSelection();
    if (!selection?.rangeCount || !this.root.contains(selection.anchorNode)) {
      const end = blockStarts(this.blocks).at(-1)!;
      return { start: end, end };
    }
    const range = selection.getRangeAt(0);
    return {
      start: this.offsetOf(range.startContainer, range.startOffset),
      end: this.offsetOf(range.endContainer, range.endOffset),
    };
  }

  setCaret(offset: number): void {
    const { index, inner } = locate(blockStarts(this.blocks), offset);
    const element = this.root.children[index];
    if (!element) return;
    const node = element.firstChild instanceof Text ? element.firstChild : element;
    getSelection()?.collapse(node, node === element ? 0 : inner);
    element.scrollIntoView({ block: 'nearest' });
  }

  private element(text: string, last: boolean): HTMLDivElement {
    const element = document.createElement('div');
    element.className = 'field-block';
    if (text) element.append(text);
    if (last) this.endLine(element, text);
    return element;
  }

  /**
   * A text ending in a line break shows an empty line after it, where the caret can go, as a
   * textarea does; a block shows none of its own, so the last block gets a `br` for it.
   */
  private endLine(element: Element, text: string): void {
    const br = element.lastChild instanceof HTMLBRElement ? element.lastChild : null;
    const wanted = text === '' || text.endsWith('\n');
    if (wanted && !br) element.append(document.createElement('br'));
    else if (!wanted && br) br.remove();
  }

  private refreshEnds(): void {
    const count = this.blocks.length;
    const before = this.root.children[count - 2];
    if (before?.lastChild instanceof HTMLBRElement) before.lastChild.remove();
    const last = this.root.children[count - 1];
    if (last) this.endLine(last, this.blocks[count - 1]!);
  }

  /** The text between two offsets, joined from the blocks it spans only. */
  private slice(start: number, end: number): string {
    const starts = blockStarts(this.blocks);
    const from = locate(starts, start).index;
    const to = locate(starts, end).index;
    return this.blocks
      .slice(from, to + 1)
      .join('')
      .slice(start - starts[from]!, end - starts[from]!);
  }

  /** The block element a DOM position is in, and its index. */
  private blockOf(node: Node): { element: Element; index: number } | undefined {
    let element: Node | null = node;
    while (element && element.parentNode !== this.root) element = element.parentNode;
    if (!(element instanceof Element)) return undefined;
    return { element, index: Array.prototype.indexOf.call(this.root.children, element) };
  }

  /** The text offset of a DOM position inside the field. */
  private offsetOf(node: Node, offset: number): number {
    const starts = blockStarts(this.blocks);
    if (node === this.root) return starts[Math.min(offset, this.blocks.length)]!;
    const block = this.blockOf(node);
    if (!block) return 0;
    return (
      starts[block.index]! + Math.min(inBlock(block.element, node, offset), this.blocks[block.index]!.length)
    );
  }

  /** Where an input event will act, as offsets of the text. */
  private targetOf(event: InputEvent): { start: number; end: number } {
    const range = event.getTargetRanges()[0];
    if (!range) return this.selection();
    return {
      start: this.offsetOf(range.startContainer, range.startOffset),
      end: this.offsetOf(range.endContainer, range.endOffset),
    };
  }

  /** Whether the browser may make this edit itself: inside one block, its closing line break kept. */
  private inOneBlock(start: number, end: number): boolean {
    const starts = blockStarts(this.blocks);
    const { index } = locate(starts, start);
    const closing = index < this.blocks.length - 1 ? starts[index + 1]! - 1 : starts[index + 1]!;
    return end <= closing && start >= starts[index]! && this.blocks[index] !== '';
  }

  private onBeforeInput(event: InputEvent): void {
    const type = event.inputType;
    if (type === 'historyUndo' || type === 'historyRedo') {
      event.preventDefault();
      this.events.history(type === 'historyUndo' ? 'undo' : 'redo');
      return;
    }
    // An input method's composition cannot be cancelled; it is read once it ends.
    if (event.isComposing || type === 'insertCompositionText') return;
    let { start, end } = this.targetOf(event);
    let inserted: string;
    if (type === 'insertParagraph' || type === 'insertLineBreak') inserted = '\n';
    else if (type.startsWith('insert')) {
      inserted = (event.data ?? event.dataTransfer?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n');
      if (type !== 'insertFromDrop' && this.inOneBlock(start, end) && !inserted.includes('\n')) return;
    } else if (type.startsWith('delete')) {
      inserted = '';
      if (start === end) {
        // A collapsed caret (Chromium gives no target range here): Backspace at a block's start, or
        // Delete before its closing line break, takes that line break.
        const starts = blockStarts(this.blocks);
        const { index, inner } = locate(starts, start);
        const backward = type.includes('Backward');
        if (backward && inner === 0 && index > 0) start -= 1;
        else if (!backward && index < this.blocks.length - 1 && start === starts[index + 1]! - 1) end += 1;
        else return;
      } else if (this.inOneBlock(start, end)) return;
    } else {
      // Formatting and the like: a plain-text field has none.
      event.preventDefault();
      return;
    }
    event.preventDefault();
    this.events.edit({ at: start, removed: this.slice(start, end), inserted });
  }

  private onInput(event: InputEvent): void {
    if (event.isComposing || this.events.composing()) return;
    this.readEdit();
  }

  /** After the browser edited a block: the splice it made, the blocks put right if it crossed one. */
  readEdit(): void {
    const selection = getSelection();
    const focus = selection?.focusNode;
    const block = focus ? this.blockOf(focus) : undefined;
    const fresh = block?.element.textContent;
    // The browser changed more than the block at the caret (merged or split blocks): read them all.
    const changedOne =
      this.root.children.length === this.blocks.length && fresh !== this.blocks[block?.index ?? -1];
    if (!block || fresh === undefined || !changedOne) {
      this.resync();
      return;
    }
    const starts = blockStarts(this.blocks);
    const caret = inBlock(block.element, focus!, selection!.focusOffset);
    const inner = spliceAt(this.blocks[block.index]!, fresh, caret);
    this.blocks[block.index] = fresh;
    const splice = { ...inner, at: starts[block.index]! + inner.at };
    const last = block.index === this.blocks.length - 1;
    // Typed after a block's closing line break, or its last character deleted: cut afresh.
    if ((!last && !fresh.endsWith('\n')) || (fresh === '' && this.blocks.length > 1)) {
      const at = starts[block.index]! + caret;
      this.replace({ at: starts[block.index]!, removed: fresh, inserted: fresh }, false);
      this.setCaret(at);
    } else if (last) this.refreshEnds();
    this.events.typed(splice);
  }

  /**
   * Reads every block again: the browser changed the text somewhere other than at the caret (an
   * input method's composition over a selection, say). Rare, and a pass over the whole text.
   */
  private resync(): void {
    const before = this.blocks.join('');
    const after = [...this.root.children].map((element) => element.textContent ?? '').join('');
    if (after === before) return;
    const caret = this.selection().end;
    this.show(after);
    this.setCaret(Math.min(caret, after.length));
    this.events.typed(spliceBetween(before, after));
  }

  /** Copy and cut give the text as the field holds it, not the blocks as the browser would serialise them. */
  private onCopy(event: ClipboardEvent, cut: boolean): void {
    const { start, end } = this.selection();
    if (start === end || !event.clipboardData) return;
    event.preventDefault();
    const removed = this.slice(start, end);
    event.clipboardData.setData('text/plain', removed);
    if (cut && this.root.isContentEditable) this.events.edit({ at: start, removed, inserted: '' });
  }
}
