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
 */
export function useDataText(text: string): string {
  const { i18n } = useTranslation();
  const traditional = i18n.language === 'zh-Hant';
  const [converted, setConverted] = useState<{ from: string; to: string } | undefined>();
  useEffect(() => {
    if (!traditional) return;
    let live = true;
    void loadConverter().then((convert) => {
      if (live) setConverted({ from: text, to: convert(text) });
    });
    return () => {
      live = false;
    };
  }, [text, traditional]);
  return traditional && converted?.from === text ? converted.to : text;
}
