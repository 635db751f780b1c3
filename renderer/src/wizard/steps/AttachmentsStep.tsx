import { useTranslation } from 'react-i18next';
import type { AttachmentRole } from '../../../../shared/draft';
import type { FormDefinition } from '../../../../shared/forms';
import { invokeOrShow } from '../../api';
import { flushPendingSave, useDraft } from '../../stores/draft';

// Minimal version written by the wizard so the step map compiles; the drafts issue owns this
// step and replaces it with thumbnails, captions and placement.
function rolesOf(form: FormDefinition): AttachmentRole[] {
  const roles: AttachmentRole[] = [];
  if (form.attachments.printedImages.max > 0 || form.attachments.carriedMedia) roles.push('image');
  if (form.attachments.carriedMedia) roles.push('video');
  if (form.attachments.proofFiles) roles.push('proof');
  return roles;
}

export function AttachmentsStep({ form, readOnly }: { form: FormDefinition; readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const draftId = useDraft((s) => s.draft?.id ?? '');
  const attachments = useDraft((s) => s.draft?.attachments ?? []);
  const setAttachments = useDraft((s) => s.setAttachments);
  const add = async (role: AttachmentRole) => {
    await flushPendingSave().catch(() => undefined);
    const added = await invokeOrShow('attachments:add', { id: draftId, role });
    if (added?.length) setAttachments([...useDraft.getState().draft!.attachments, ...added]);
  };
  const remove = async (attachmentId: string) => {
    await flushPendingSave().catch(() => undefined);
    if (await invokeOrShow('attachments:remove', { id: draftId, attachmentId }))
      setAttachments(useDraft.getState().draft!.attachments.filter((a) => a.id !== attachmentId));
  };
  return (
    <>
      {rolesOf(form).map((role) => (
        <section key={role} className="form-section" aria-labelledby={`attachments-${role}`}>
          <h3 id={`attachments-${role}`}>{t(`attachments.${role}`)}</h3>
          <ul className="attachment-list">
            {attachments
              .filter((a) => a.role === role)
              .map((a) => (
                <li key={a.id}>
                  <span>{a.originalName}</span>
                  {!readOnly && (
                    <button type="button" className="quiet-button" onClick={() => void remove(a.id)}>
                      {t('attachments.remove', { name: a.originalName })}
                    </button>
                  )}
                </li>
              ))}
          </ul>
          {!readOnly && (
            <button type="button" className="secondary-button" onClick={() => void add(role)}>
              {t('attachments.add', { what: t(`attachments.${role}`) })}
            </button>
          )}
        </section>
      ))}
    </>
  );
}
