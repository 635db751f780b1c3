import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printedImageMax, printsImages, takesRole } from '../../../../shared/attachment-roles';
import type { Attachment, AttachmentRole } from '../../../../shared/draft';
import type { ErrorCode } from '../../../../shared/errors';
import type { FormDefinition } from '../../../../shared/forms';
import { invoke } from '../../api';
import { AttachmentItem } from '../../drafts/attachments/AttachmentItem';
import '../../drafts/attachments/attachments.css';
import { ensureSaved, useDraft } from '../../stores/draft';
import { useUi } from '../../stores/ui';

/** Refusals the step explains itself, with what to do; anything else goes to the error banner. */
const EXPLAINED = [
  'heic-not-supported',
  'unsupported-file',
  'file-too-large',
  'too-many-images',
  'image-broken',
] as const;
type Explained = (typeof EXPLAINED)[number];
const isExplained = (code: ErrorCode): code is Explained => (EXPLAINED as readonly string[]).includes(code);

interface Group {
  id: 'printed' | 'carried' | 'proof';
  roles: {
    role: AttachmentRole;
    label: 'printed.add' | 'carried.addImage' | 'carried.addVideo' | 'proof.add';
  }[];
}

/**
 * Which groups a form has, from its attachments fields (shared/forms/): data, not per-kind code. A
 * printed image field is the printed group; images or videos carried only are the carried group.
 */
function groupsOf(form: FormDefinition): Group[] {
  const groups: Group[] = [];
  if (printsImages(form)) groups.push({ id: 'printed', roles: [{ role: 'image', label: 'printed.add' }] });
  const carried = form.fields.filter((f) => f.type === 'attachments' && f.role !== 'proof' && !f.printedMax);
  if (carried.length)
    groups.push({
      id: 'carried',
      roles: [
        ...(takesRole(form, 'image') && !printsImages(form)
          ? [{ role: 'image' as const, label: 'carried.addImage' as const }]
          : []),
        ...(takesRole(form, 'video') ? [{ role: 'video' as const, label: 'carried.addVideo' as const }] : []),
      ],
    });
  if (takesRole(form, 'proof')) groups.push({ id: 'proof', roles: [{ role: 'proof', label: 'proof.add' }] });
  return groups;
}

const inGroup = (group: Group['id'], a: Attachment) =>
  group === 'proof' ? a.role === 'proof' : group === 'printed' ? a.role === 'image' : a.role !== 'proof';

/**
 * Images, videos and proof files of the open draft. Files are chosen in main's dialog and copied
 * into the draft folder by main, which returns the new entries; captions and placement are edits
 * of the draft like any other and are autosaved with it.
 */
export function AttachmentsStep({ form, readOnly }: { form: FormDefinition; readOnly: boolean }) {
  const { t } = useTranslation(['attachments', 'common']);
  const draftId = useDraft((s) => s.draft?.id ?? '');
  const attachments = useDraft((s) => s.draft?.attachments ?? []);
  const setAttachments = useDraft((s) => s.setAttachments);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();
  const max = printedImageMax(form);
  // Only the 610 table places a printed image after a chosen part of its section.
  const bodyParts = form.paper610?.sections.filter((s) => s.holdsImages).flatMap((s) => s.parts) ?? [];
  const current = () => useDraft.getState().draft?.attachments ?? [];

  const add = async (role: AttachmentRole) => {
    setRefusal(undefined);
    setBusy(true);
    // Main appends to the draft on disk: the edits typed so far must be there first. When they
    // cannot be, the save banner says why, and nothing is added to the older copy.
    if (!(await ensureSaved())) return setBusy(false);
    const result = await invoke('attachments:add', { id: draftId, role });
    setBusy(false);
    if (result.ok) {
      if (result.value.length) setAttachments([...current(), ...result.value]);
    } else if (isExplained(result.code))
      setRefusal(t(`refused.${result.code}`, { name: result.detail ?? '' }));
    else if (result.code !== 'cancelled')
      useUi.getState().showError({ code: result.code, detail: result.detail });
  };
  const remove = async (attachmentId: string) => {
    if (!(await ensureSaved())) return;
    const result = await invoke('attachments:remove', { id: draftId, attachmentId });
    if (result.ok || result.code === 'not-found')
      setAttachments(current().filter((a) => a.id !== attachmentId));
    else useUi.getState().showError({ code: result.code, detail: result.detail });
  };
  const change = (attachmentId: string, patch: Partial<Attachment>) =>
    setAttachments(current().map((a) => (a.id === attachmentId ? { ...a, ...patch } : a)));

  return (
    <div className="attachments-step">
      {refusal && (
        <div className="banner banner-error" role="alert">
          <p>{refusal}</p>
          <button type="button" onClick={() => setRefusal(undefined)}>
            {t('common:dismiss')}
          </button>
        </div>
      )}
      {groupsOf(form).map((group) => {
        const items = attachments.filter((a) => inGroup(group.id, a));
        const full = group.id === 'printed' && items.length >= max;
        return (
          <section
            key={group.id}
            className="form-section attachment-group"
            aria-labelledby={`attachments-${group.id}`}
          >
            <h3 id={`attachments-${group.id}`}>{t(`${group.id}.title`)}</h3>
            <p className="muted">{t(`${group.id}.hint`)}</p>
            {group.id === 'printed' && <p>{t('printed.count', { count: items.length, max })}</p>}
            {items.length === 0 && <p className="muted">{t('none')}</p>}
            <ul className="attachment-items">
              {items.map((attachment, index) => (
                <AttachmentItem
                  key={attachment.id}
                  draftId={draftId}
                  attachment={attachment}
                  figure={group.id === 'printed' ? { n: index + 1, parts: bodyParts } : undefined}
                  readOnly={readOnly}
                  onChange={(patch) => change(attachment.id, patch)}
                  onRemove={() => void remove(attachment.id)}
                />
              ))}
            </ul>
            {!readOnly && (
              <div className="attachment-add">
                {group.roles.map(({ role, label }) => (
                  <button
                    key={role}
                    type="button"
                    className="secondary-button"
                    disabled={busy || full}
                    onClick={() => void add(role)}
                  >
                    {t(label)}
                  </button>
                ))}
                {busy && <span role="status">{t('adding')}</span>}
                {full && <span className="muted">{t('printed.full', { max })}</span>}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
