import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textOf } from '../../../../shared/draft';
import type { FormDefinition, ProfileKey } from '../../../../shared/forms';
import { UnitProfileSchema, type UnitProfile } from '../../../../shared/settings';
import { useDraft } from '../../stores/draft';
import { useSettings } from '../../stores/settings';

/** The form's fields filled from the unit profile: each field's id and the profile entry it takes. */
function profileFields(form: FormDefinition): { id: string; key: ProfileKey }[] {
  return form.fields.flatMap((field) =>
    field.type === 'text' && field.fromProfile ? [{ id: field.id, key: field.fromProfile }] : [],
  );
}

/**
 * The unit's details, remembered once in settings (docs/WIZARD.md). Filling only touches empty items,
 * so nothing the user typed is replaced; remembering saves what this draft's cover holds now.
 */
export function UnitProfilePanel({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const values = useDraft((s) => s.draft?.values);
  const setValue = useDraft((s) => s.setValue);
  const profile = useSettings((s) => s.settings?.unitProfile);
  const update = useSettings((s) => s.update);
  const [note, setNote] = useState('');
  if (!values) return null;
  const text = (id: string) => textOf({ values }, id);
  const fields = profileFields(form);
  const known = profile ? fields.filter(({ key }) => profile[key].trim()) : [];
  const fillable = known.filter(({ id }) => !text(id).trim());
  const differing = known.filter(({ id, key }) => text(id).trim() && text(id) !== profile![key]);

  const fill = () => {
    for (const { id, key } of fillable) setValue(id, profile![key]);
    setNote(t('profile.filled', { n: fillable.length, kept: differing.length }));
  };
  const remember = async () => {
    const entries: Partial<UnitProfile> = Object.fromEntries(
      fields.map(({ id, key }) => [key, text(id).trim()]),
    );
    // The entries this form has replace theirs; the profile keeps the others.
    const unitProfile = UnitProfileSchema.parse({ ...profile, ...entries });
    if (await update({ unitProfile })) setNote(t('profile.remembered'));
  };
  const canRemember =
    fields.some(({ id }) => text(id).trim()) &&
    fields.some(({ id, key }) => text(id).trim() !== (profile?.[key] ?? ''));

  return (
    <div className="profile-panel">
      <div className="profile-text">
        <strong>{t('profile.title')}</strong>
        <span className="muted">
          {known.length > 0 ? profile!.unit || t('profile.unnamed') : t('profile.none')}
        </span>
      </div>
      <div className="profile-actions">
        {fillable.length > 0 && (
          <button type="button" className="secondary-button" onClick={fill}>
            {t('profile.fill')}
          </button>
        )}
        {canRemember && (
          <button type="button" className="quiet-button" onClick={() => void remember()}>
            {t('profile.remember')}
          </button>
        )}
      </div>
      {note && (
        <p className="profile-note" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
