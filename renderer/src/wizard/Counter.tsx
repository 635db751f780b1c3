import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limitLevel, type LimitLevel } from '../../../shared/count';

/**
 * Screen readers hear the count once typing pauses, and at once when the level changes (ok → near
 * → over). Announcing on every keystroke would talk over the typing and make the browser rework
 * its accessibility tree each time.
 */
const ANNOUNCE_AFTER_PAUSE_MS = 1500;

function useSettledAnnouncement(text: string, level: LimitLevel): string {
  const [spoken, setSpoken] = useState(text);
  const announcedLevel = useRef(level);
  useEffect(() => {
    const wait = announcedLevel.current !== level ? 0 : ANNOUNCE_AFTER_PAUSE_MS;
    const timer = setTimeout(() => {
      announcedLevel.current = level;
      setSpoken(text);
    }, wait);
    return () => clearTimeout(timer);
  }, [text, level]);
  return spoken;
}

interface CounterProps {
  id?: string;
  words: number;
  chars?: number;
  limit?: number;
  /** Names what is counted when it is not the field right above (正文合计). */
  label?: string;
  variant?: 'field' | 'total';
}

/**
 * 字数 against the limit, and 字符数（不计空格）. Near and over the limit are said in words, not
 * only in colour; the text itself is never cut.
 */
export function Counter({ id, words, chars, limit, label, variant = 'field' }: CounterProps) {
  const { t } = useTranslation('wizard');
  const level = limit ? limitLevel(words, limit) : 'ok';
  const figure = limit ? t('counter.wordsOfLimit', { words, limit }) : t('counter.words', { words });
  const state =
    level === 'over'
      ? t('counter.over', { over: words - limit! })
      : level === 'near'
        ? t('counter.near')
        : '';
  const announcement = useSettledAnnouncement([label, figure, state].filter(Boolean).join(' '), level);
  return (
    <div id={id} className={`counter counter-${variant} counter-${level}`} data-testid="counter">
      {label && <span className="counter-label">{label}</span>}
      <span className="counter-words" data-words={words}>
        {figure}
      </span>
      {limit !== undefined && (
        <span className="counter-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (words / limit) * 100)}%` }} />
        </span>
      )}
      {chars !== undefined && (
        <span className="counter-chars" data-chars={chars}>
          {t('counter.chars', { chars })}
        </span>
      )}
      {state && <strong className="counter-state">{state}</strong>}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
