import { useTranslation } from 'react-i18next';
import { SIGNATURE_LABELS, type FieldLimit } from '../../../../shared/forms';
import type { SignatureField as SignatureBlock } from '../../../../shared/forms/fields';
import { saveNow, useDraft, type DraftStore } from '../../stores/draft';
import { LimitCounter, useOverLimit } from '../LimitCounter';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import { useImeSafeValue } from '../useImeSafeValue';
import { DateChoice } from './DateChoice';
import { SignatureField } from './SignatureField';

const withoutColon = (label: string) => label.replace(/[：:]$/, '');
const saveSoon = () => void saveNow();

const selectors = {
  signer: (s: DraftStore) => s.draft?.declaration.signer ?? '',
  opinion: (s: DraftStore) => s.draft?.declaration.opinion ?? '',
};

/** 报送人 (one line) or the unit's opinion (a few lines), with its counter against the paper's limit. */
function DeclarationText({
  field: name,
  label,
  limit,
  readOnly,
}: {
  field: keyof typeof selectors;
  label: string;
  limit: FieldLimit;
  readOnly: boolean;
}) {
  const select = selectors[name];
  const stored = useDraft(select);
  const over = useOverLimit(select, limit);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const field = useImeSafeValue(stored, (value) => setDeclaration({ [name]: value }));
  const id = fieldDomId(name);
  const props = {
    id,
    ...field,
    onBlur: saveSoon,
    readOnly,
    'aria-describedby': `${id}-counter`,
    'aria-invalid': over,
  };
  return (
    <div className={name === 'signer' ? 'field field-cover' : 'field field-text'}>
      <label htmlFor={id}>{label}</label>
      {name === 'signer' ? <input type="text" {...props} /> : <textarea className="short" {...props} />}
      <LimitCounter id={`${id}-counter`} text={select} limit={limit} />
    </div>
  );
}

/** 声明与签字: a form's signature block — the declaration, the signer, the dates, the signature and the unit's opinion. */
export function DeclarationStep({ field, readOnly }: { field: SignatureBlock; readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const declaration = useDraft((s) => s.draft?.declaration);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  if (!declaration) return null;
  return (
    <>
      <section className="form-section declaration" aria-labelledby="declaration-text">
        <p id="declaration-text" className="declaration-text">
          {formText(field.key, field.statement)}
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
        <DeclarationText
          field="signer"
          label={t('declaration.signer')}
          limit={field.signerLimit}
          readOnly={readOnly}
        />
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
        <DeclarationText
          field="opinion"
          label={withoutColon(formText('signature.opinion', SIGNATURE_LABELS.opinion))}
          limit={field.opinionLimit}
          readOnly={readOnly}
        />
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
