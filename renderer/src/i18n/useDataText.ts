import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Convert = (text: string) => string;
let converter: Promise<Convert> | undefined;

/** OpenCC's simplified→traditional tables are large, so they load only when first needed. */
function loadConverter(): Promise<Convert> {
  converter ??= import('opencc-js/cn2t').then(({ Converter }) => Converter({ from: 'cn', to: 'tw' }));
  return converter;
}

/**
 * Data text (campaign facts, form labels from data) as the UI language shows it: converted to
 * traditional in the zh-Hant UI, as is otherwise. What the user typed is never passed through here.
 * Several texts of one view go through one call, so the view subscribes to the language once.
 */
export function useDataTexts<K extends string>(texts: Record<K, string>): Record<K, string> {
  const { i18n } = useTranslation();
  const traditional = i18n.language === 'zh-Hant';
  const key = JSON.stringify(texts);
  const [converted, setConverted] = useState<{ from: string; to: Record<K, string> } | undefined>();
  useEffect(() => {
    if (!traditional) return;
    let live = true;
    void loadConverter().then((convert) => {
      const entries = Object.entries<string>(JSON.parse(key) as Record<K, string>);
      if (live)
        setConverted({
          from: key,
          to: Object.fromEntries(entries.map(([name, text]) => [name, convert(text)])) as Record<K, string>,
        });
    });
    return () => {
      live = false;
    };
  }, [key, traditional]);
  return traditional && converted?.from === key ? converted.to : texts;
}

export function useDataText(text: string): string {
  return useDataTexts({ text }).text;
}
