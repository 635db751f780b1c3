import { useTranslation } from 'react-i18next';
import type { FieldLimit } from '../../../../shared/forms';
import { SIGNATURE_LABELS, type FormDefinition } from '../../../../shared/forms';
import { flushPendingSave, useDraft, type DraftStore } from '../../stores/draft';
import { LimitCounter, useOverLimit } from '../LimitCounter';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import { useImeSafeValue } from '../useImeSafeValue';
import { DateChoice } from './DateChoice';
import { SignatureField } from './SignatureField';

const withoutColon = (label: string) => label.replace(/[：:]$/, '');
const saveNow = () => void flushPendingSave().catch(() => undefined);

const selectSigner = (s: DraftStore) => s.draft?.declaration.signer ?? '';
const selectOpinion = (s: DraftStore) => s.draft?.declaration.opinion ?? '';

function Signer({ readOnly, limit }: { readOnly: boolean; limit: FieldLimit }) {
  const { t } = useTranslation('wizard');
  const stored = useDraft(selectSigner);
  const over = useOverLimit(selectSigner, limit);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const field = useImeSafeValue(stored, (signer) => setDeclaration({ signer }));
  const id = fieldDomId('signer');
  return (
    <div className="field field-cover">
      <label htmlFor={id}>{t('declaration.signer')}</label>
      <input
        id={id}
        type="text"
        {...field}
        onBlur={saveNow}
        readOnly={readOnly}
        aria-describedby={`${id}-counter`}
        aria-invalid={over}
      />
      <LimitCounter id={`${id}-counter`} text={selectSigner} limit={limit} />
    </div>
  );
}

function Opinion({ readOnly, limit }: { readOnly: boolean; limit: FieldLimit }) {
  const formText = useFormText();
  const stored = useDraft(selectOpinion);
  const over = useOverLimit(selectOpinion, limit);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const field = useImeSafeValue(stored, (opinion) => setDeclaration({ opinion }));
  const id = fieldDomId('opinion');
  return (
    <div className="field field-text">
      <label htmlFor={id}>{withoutColon(formText('signature.opinion', SIGNATURE_LABELS.opinion))}</label>
      <textarea
        id={id}
        className="short"
        {...field}
        onBlur={saveNow}
        readOnly={readOnly}
        aria-describedby={`${id}-counter`}
        aria-invalid={over}
      />
      <LimitCounter id={`${id}-counter`} text={selectOpinion} limit={limit} />
    </div>
  );
}

/** 声明与签字: the declaration of the form's kind, the signer, the dates, the signature and the unit's opinion. */
export function DeclarationStep({ form, readOnly }: { form: FormDefinition; readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const declaration = useDraft((s) => s.draft?.declaration);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  if (!declaration) return null;
  return (
    <>
      <section className="form-section declaration" aria-labelledby="declaration-text">
        <p id="declaration-text" className="declaration-text">
          {formText(form.declaration.key, form.declaration.text)}
        </p>
        <label className="choice confirm">
          <input
            id={fieldDomId('declaration')}
            type="checkbox"
            checked={declaration.confirmed}
            disabled={readOnly}
            onChange={(event) => setDeclaration({ confirmed: event.target.checked })}
          />
          {t('declaration.confirm')}
        </label>
        <Signer readOnly={readOnly} limit={form.declaration.signerLimit} />
        <DateChoice
          legend={t('declaration.signDate')}
          value={declaration.signDate}
          onChange={(signDate) => setDeclaration({ signDate })}
          readOnly={readOnly}
        />
      </section>
      <SignatureField readOnly={readOnly} />
      <section className="form-section" aria-labelledby="opinion-heading">
        <h3 id="opinion-heading">{t('declaration.unitHeading')}</h3>
        <p className="muted small">{t('declaration.stampHelp')}</p>
        <Opinion readOnly={readOnly} limit={form.declaration.opinionLimit} />
        <DateChoice
          legend={t('declaration.opinionDate')}
          value={declaration.opinionDate}
          onChange={(opinionDate) => setDeclaration({ opinionDate })}
          readOnly={readOnly}
        />
      </section>
    </>
  );
}
