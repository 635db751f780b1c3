import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogEntry } from '../../../shared/dialog';
import { sizeText } from '../delivery/PackageResult';
import type { FileDialogState } from './useFileDialog';

const optionId = (index: number) => `file-dialog-entry-${index}`;

/**
 * The folder's entries as a listbox: arrows move, Enter opens a folder or confirms a file, Space
 * adds a file to (or takes it out of) a several-file choice, Backspace goes up — the keys of a
 * native file dialog.
 */
export function EntryList({ state }: { state: FileDialogState }) {
  const { t } = useTranslation('dialog');
  const { view, selected, active, setActive, navigate, submit, pick } = state;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const enter = (entry: DialogEntry) => {
    if (entry.kind === 'folder') void navigate({ entry: entry.name });
    else if (view.mode === 'save') pick([entry.name]);
    else {
      // With several files picked (Space), Enter confirms them all, wherever the cursor is.
      const choice = view.multiple && selected.length > 0 ? selected : [entry.name];
      void submit(false, choice, choice.length === 1 ? choice[0]! : '');
    }
  };
  const toggle = (entry: DialogEntry) =>
    pick(
      selected.includes(entry.name)
        ? selected.filter((name) => name !== entry.name)
        : [
            ...selected.filter((name) => view.entries.some((e) => e.name === name && e.kind === 'file')),
            entry.name,
          ],
    );
  /** Arrows pick the entry they reach; where several may be picked, they only move, and Space picks. */
  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(view.entries.length - 1, index));
    setActive(next);
    const entry = view.entries[next];
    if (entry && !view.multiple) pick([entry.name]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entry = view.entries[active];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      Home: () => moveTo(0),
      End: () => moveTo(view.entries.length - 1),
      PageDown: () => moveTo(active + 10),
      PageUp: () => moveTo(active - 10),
      Enter: () => entry && enter(entry),
      ' ': () => entry && (view.multiple && entry.kind === 'file' ? toggle(entry) : pick([entry.name])),
      Backspace: () => view.canGoUp && void navigate({ up: true }),
    };
    const handle = keys[event.key];
    if (!handle) return;
    event.preventDefault();
    handle();
  };
  const onClick = (event: MouseEvent, index: number, entry: DialogEntry) => {
    setActive(index);
    if (view.multiple && (event.ctrlKey || event.metaKey) && entry.kind === 'file') toggle(entry);
    else pick([entry.name]);
  };

  if (view.entries.length === 0) return <p className="file-dialog-empty muted">{t('empty')}</p>;
  return (
    <ul
      ref={list}
      className="file-dialog-entries"
      role="listbox"
      tabIndex={0}
      aria-label={t('entries')}
      aria-multiselectable={view.multiple}
      aria-activedescendant={optionId(active)}
      onKeyDown={onKeyDown}
    >
      {view.entries.map((entry, index) => (
        <li
          key={entry.name}
          id={optionId(index)}
          role="option"
          aria-selected={selected.includes(entry.name)}
          data-kind={entry.kind}
          className={index === active ? 'active' : undefined}
          onClick={(event) => onClick(event, index, entry)}
          onDoubleClick={() => enter(entry)}
        >
          <span className="entry-kind">{t(`kind.${entry.kind}`)}</span>
          <span className="entry-name">{entry.name}</span>
          {entry.size !== undefined && <span className="entry-size muted">{sizeText(entry.size)}</span>}
        </li>
      ))}
    </ul>
  );
}
