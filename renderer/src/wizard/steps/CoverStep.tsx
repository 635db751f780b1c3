import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlausibleEmail, isPlausiblePhone } from '../../../../shared/contact';
import { paper610, type CoverItem, type FormDefinition } from '../../../../shared/forms';
import { saveNow, useDraft, type DraftStore } from '../../stores/draft';
import { LimitCounter, useOverLimit } from '../LimitCounter';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import { useImeSafeValue } from '../useImeSafeValue';
import { UnitProfilePanel } from './UnitProfilePanel';
import { textOf } from '../../../../shared/draft';

function isOdd(item: CoverItem, value: string): boolean {
  if (!value.trim()) return false;
  if (item.check === 'phone') return !isPlausiblePhone(value);
  if (item.check === 'email') return !isPlausibleEmail(value);
  return false;
}

function CoverField({ item, readOnly }: { item: CoverItem; readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const selectText = useCallback((s: DraftStore) => (s.draft ? textOf(s.draft, item.id) : ''), [item.id]);
  const stored = useDraft(selectText);
  const over = useOverLimit(selectText, item.limit);
  const setCover = useDraft((s) => s.setValue);
  const field = useImeSafeValue(stored, (value) => setCover(item.id, value));
  const odd = isOdd(item, stored);
  const id = fieldDomId(item.id);
  return (
    <div className={`field field-cover${item.id === 'title' ? ' field-cover-title' : ''}`}>
      <label htmlFor={id}>{formText(`${item.key}.name`, item.name)}</label>
      <input
        id={id}
        type="text"
        inputMode={item.check === 'phone' ? 'tel' : item.check === 'email' ? 'email' : 'text'}
        autoComplete="off"
        {...field}
        onBlur={() => void saveNow()}
        readOnly={readOnly}
        aria-describedby={[odd && `${id}-warning`, `${id}-counter`].filter(Boolean).join(' ')}
        aria-invalid={over}
      />
      <LimitCounter id={`${id}-counter`} text={selectText} limit={item.limit} />
      {odd && (
        <p id={`${id}-warning`} className="field-warning">
          {t(item.check === 'phone' ? 'cover.phoneOdd' : 'cover.emailOdd')}
        </p>
      )}
    </div>
  );
}

/** 封面: the six items of the form's first page, with the unit profile offered for the five it holds. */
export function CoverStep({ form, readOnly }: { form: FormDefinition; readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  return (
    <>
      {!readOnly && <UnitProfilePanel form={form} />}
      <section className="form-section cover-grid" aria-label={t('steps.cover')}>
        {paper610(form).cover.map((item) => (
          <CoverField key={item.id} item={item} readOnly={readOnly} />
        ))}
      </section>
      <p className="muted small">{t('cover.phoneHelp')}</p>
    </>
  );
}
