import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { limitLevel, type LimitLevel } from '../../../shared/count';
import type { DraftStore } from '../stores/draft';
import { useDraftFollower } from './useDraftFollower';

/**
 * Screen readers hear the count once typing pauses, and at once when the level changes (ok → near
 * → over). Announcing on every keystroke would talk over the typing and make the browser rework
 * its accessibility tree each time.
 */
const ANNOUNCE_AFTER_PAUSE_MS = 1500;

export interface Figures {
  words: number;
  /** 字符数（不计空格）, shown for a single field and not for a section's total. */
  chars?: number;
}

const sameFigures = (a: Figures, b: Figures) => a.words === b.words && a.chars === b.chars;

/** Stands for the number in a text translated once; a private-use character no text contains. */
const NUMBER = '\uE000';

/** A translated text with its number left open, so a keystroke fills it in without i18next. */
const withNumber =
  (text: string) =>
  (n: number): string =>
    text.replace(NUMBER, String(n));

/**
 * Changes a part's text in its text node, so a keystroke re-lays out the figure without the
 * browser replacing the node and styling a new one, as setting `textContent` would.
 */
function writeText(element: HTMLElement, text: string): void {
  const node = element.firstChild;
  if (node instanceof Text) {
    if (node.data !== text) node.data = text;
  } else if (text) element.textContent = text;
}

/** Where the figures come from: the draft, followed without a render, or the caller's props. */
type Source =
  | {
      /** Reads the counted figures from the draft. */ select: (state: DraftStore) => Figures;
      figures?: never;
    }
  | {
      /** The figures of a field whose value comes by props (the generic field controls). */
      figures: Figures;
      select?: never;
    };

const noFigures = (): Figures => ({ words: 0 });
const ignore = () => undefined;

type CounterProps = Source & {
  id?: string;
  limit?: number;
  /** Names what is counted when it is not the field right above (正文合计). */
  label?: string;
  /** `short` is a one-line field's counter: the figure against its limit, no 字符数 beside it. */
  variant?: 'field' | 'total' | 'short';
  /** What the limit counts: 字, or characters (an e-mail address is one 字 however long). */
  unit?: 'words' | 'chars';
  /** Whether screen readers hear it; a second copy of a figure stays quiet. */
  announce?: boolean;
};

interface Parts {
  root: HTMLDivElement | null;
  words: HTMLSpanElement | null;
  bar: HTMLSpanElement | null;
  chars: HTMLSpanElement | null;
  state: HTMLElement | null;
  spoken: HTMLSpanElement | null;
}

/**
 * 字数 against the limit, and 字符数（不计空格）. Near and over the limit are said in words, not
 * only in colour; the text itself is never cut. React draws the counter's frame once; the figures
 * follow the draft by direct writes to its parts, so a keystroke re-renders nothing.
 */
export function Counter({
  id,
  select,
  figures,
  limit,
  label,
  variant = 'field',
  unit = 'words',
  announce = true,
}: CounterProps) {
  const { t } = useTranslation('wizard');
  const parts = useRef<Parts>({ root: null, words: null, bar: null, chars: null, state: null, spoken: null });
  const announced = useRef<{ level?: LimitLevel; timer?: ReturnType<typeof setTimeout> }>({});
  useEffect(() => () => clearTimeout(announced.current.timer), []);

  const texts = useMemo(
    () => ({
      words: withNumber(
        limit
          ? t(unit === 'chars' ? 'counter.charsOfLimit' : 'counter.wordsOfLimit', { words: NUMBER, limit })
          : t('counter.words', { words: NUMBER }),
      ),
      chars: withNumber(t('counter.chars', { chars: NUMBER })),
      over: withNumber(t(unit === 'chars' ? 'counter.overChars' : 'counter.over', { over: NUMBER })),
      near: t('counter.near'),
    }),
    [t, limit, unit],
  );

  const show = useCallback(
    ({ words, chars }: Figures) => {
      const { root, words: wordsPart, bar, chars: charsPart, state: statePart, spoken } = parts.current;
      const level = limit ? limitLevel(words, limit) : 'ok';
      const figure = texts.words(words);
      const state = level === 'over' ? texts.over(words - limit!) : level === 'near' ? texts.near : '';
      const className = `counter counter-${variant} counter-${level}`;
      if (root!.className !== className) root!.className = className;
      writeText(wordsPart!, figure);
      wordsPart!.dataset.words = String(words);
      if (bar) bar.style.transform = `scaleX(${Math.min(1, words / limit!)})`;
      if (charsPart && chars !== undefined) {
        writeText(charsPart, texts.chars(chars));
        charsPart.dataset.chars = String(chars);
      }
      writeText(statePart!, state);
      if (statePart!.hidden !== !state) statePart!.hidden = !state;
      if (!spoken) return;
      const announcement = [label, figure, state].filter(Boolean).join(' ');
      const { current } = announced;
      clearTimeout(current.timer);
      const speak = () => {
        current.level = level;
        spoken.textContent = announcement;
      };
      if (current.level === undefined) current.level = level;
      if (current.level !== level || !spoken.textContent) speak();
      else current.timer = setTimeout(speak, ANNOUNCE_AFTER_PAUSE_MS);
    },
    [texts, limit, label, variant],
  );
  useDraftFollower(select ?? noFigures, select ? show : ignore, sameFigures);
  const [words, chars] = [figures?.words, figures?.chars];
  useLayoutEffect(() => {
    if (words !== undefined) show({ words, chars });
  }, [words, chars, show]);

  const hasChars = variant === 'field';
  return (
    <div
      id={id}
      ref={(node) => void (parts.current.root = node)}
      className={`counter counter-${variant}`}
      data-testid="counter"
    >
      {label && <span className="counter-label">{label}</span>}
      <span className="counter-words" ref={(node) => void (parts.current.words = node)} />
      {limit !== undefined && (
        <span className="counter-bar" aria-hidden="true">
          <span ref={(node) => void (parts.current.bar = node)} />
        </span>
      )}
      {hasChars && <span className="counter-chars" ref={(node) => void (parts.current.chars = node)} />}
      <strong className="counter-state" ref={(node) => void (parts.current.state = node)} hidden />
      {announce && (
        <span
          className="visually-hidden"
          aria-live="polite"
          ref={(node) => void (parts.current.spoken = node)}
        />
      )}
    </div>
  );
}
