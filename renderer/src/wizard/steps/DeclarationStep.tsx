import { useTranslation } from 'react-i18next';
import { SIGNATURE_LABELS, type FormDefinition } from '../../../../shared/forms';
import { saveNow, useDraft } from '../../stores/draft';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import { useImeSafeValue } from '../useImeSafeValue';
import { DateChoice } from './DateChoice';
import { SignatureField } from './SignatureField';

const withoutColon = (label: string) => label.replace(/[：:]$/, '');
const saveSoon = () => void saveNow();

function Signer({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const stored = useDraft((s) => s.draft?.declaration.signer ?? '');
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const field = useImeSafeValue(stored, (signer) => setDeclaration({ signer }));
  return (
    <div className="field field-cover">
      <label htmlFor={fieldDomId('signer')}>{t('declaration.signer')}</label>
      <input id={fieldDomId('signer')} type="text" {...field} onBlur={saveSoon} readOnly={readOnly} />
    </div>
  );
}

function Opinion({ readOnly }: { readOnly: boolean }) {
  const formText = useFormText();
  const stored = useDraft((s) => s.draft?.declaration.opinion ?? '');
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const field = useImeSafeValue(stored, (opinion) => setDeclaration({ opinion }));
  return (
    <div className="field field-text">
      <label htmlFor={fieldDomId('opinion')}>
        {withoutColon(formText('signature.opinion', SIGNATURE_LABELS.opinion))}
      </label>
      <textarea
        id={fieldDomId('opinion')}
        className="short"
        {...field}
        onBlur={saveSoon}
        readOnly={readOnly}
      />
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
        <Signer readOnly={readOnly} />
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
        <Opinion readOnly={readOnly} />
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
