import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cover } from '../../../../shared/draft';
import type { CoverFieldId, FormDefinition } from '../../../../shared/forms';
import { UnitProfileSchema, type UnitProfile } from '../../../../shared/settings';
import { useDraft } from '../../stores/draft';
import { useSettings } from '../../stores/settings';

type ProfileField = keyof UnitProfile;

const isProfileField = (id: CoverFieldId): id is ProfileField => Object.hasOwn(UnitProfileSchema.shape, id);

function profileFields(form: FormDefinition): ProfileField[] {
  return form.cover
    .filter((item) => item.fromProfile)
    .map((item) => item.id)
    .filter(isProfileField);
}

/**
 * The unit's details, remembered once in settings (docs/WIZARD.md). Filling only touches empty items,
 * so nothing the user typed is replaced; remembering saves what this draft's cover holds now.
 */
export function UnitProfilePanel({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const cover = useDraft((s) => s.draft?.cover);
  const setCover = useDraft((s) => s.setCover);
  const profile = useSettings((s) => s.settings?.unitProfile);
  const update = useSettings((s) => s.update);
  const [note, setNote] = useState('');
  if (!cover) return null;
  const fields = profileFields(form);
  const known = profile ? fields.filter((id) => profile[id].trim()) : [];
  const fillable = known.filter((id) => !cover[id].trim());
  const differing = known.filter((id) => cover[id].trim() && cover[id] !== profile![id]);

  const fill = () => {
    for (const id of fillable) setCover(id, profile![id]);
    setNote(t('profile.filled', { n: fillable.length, kept: differing.length }));
  };
  const remember = async () => {
    const next = Object.fromEntries(fields.map((id) => [id, cover[id].trim()])) as Pick<Cover, ProfileField>;
    if (await update({ unitProfile: next })) setNote(t('profile.remembered'));
  };
  const canRemember =
    fields.some((id) => cover[id].trim()) && fields.some((id) => cover[id].trim() !== (profile?.[id] ?? ''));

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
