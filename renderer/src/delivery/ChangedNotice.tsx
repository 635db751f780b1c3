import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import { lastExport } from '../../../shared/exports';
import { useFormText } from '../wizard/useFormText';
import type { ExportHistory } from './history-store';

const DECLARATION_KEYS = [
  'confirmed',
  'signer',
  'signDate',
  'signatureFile',
  'opinion',
  'opinionDate',
] as const;
type DeclarationKey = (typeof DECLARATION_KEYS)[number];
const isDeclarationKey = (key: string): key is DeclarationKey =>
  (DECLARATION_KEYS as readonly string[]).includes(key);

/** `cover.title` → 案例题目, `fields.background` → 背景缘由, as the form names them on screen. */
function useChangeName(form: FormDefinition): (change: string) => string {
  const { t } = useTranslation('delivery');
  const formText = useFormText();
  return (change) => {
    const [group, key = ''] = change.split('.', 2);
    if (group === 'attachments') return t('changed.attachments');
    if (group === 'declaration' && isDeclarationKey(key)) return t(`changed.declaration.${key}`);
    const field = form.fields.find((f) => f.id === key);
    return field ? formText(`${field.key}.name`, field.name) : key;
  };
}

/** The visible "changed since the last export": which copy is out of date, and what changed. */
export function ChangedNotice({ form, history }: { form: FormDefinition; history: ExportHistory }) {
  const { t } = useTranslation('delivery');
  const name = useChangeName(form);
  const last = lastExport(history.exports);
  if (!last) return null;
  if (!history.changed)
    return <p className="delivery-current">{t('changed.current', { number: last.number })}</p>;
  const { since, keys } = history.changed;
  return (
    <div className="banner banner-warn delivery-changed" role="status">
      <p>
        <strong>{t('changed.notice', { number: since })}</strong>
      </p>
      <p>
        {keys.length > 0 ? t('changed.fields', { list: keys.map(name).join('、') }) : t('changed.unknown')}
      </p>
    </div>
  );
}
