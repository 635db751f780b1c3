import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formOf,
  reviewStep,
  sectionsOfStep,
  stepIds,
  type FormDefinition,
  type FormStep,
  type StepId,
  type StepScreen,
} from '../../../shared/forms';
import type { SignatureField } from '../../../shared/forms/fields';
import { issuesOfStep, type FieldIssue } from '../../../shared/validate';
import { errorText } from '../api';
import { onCommand, type Command } from '../menu-commands';
import { useShortcutHint } from '../shortcut-hint';
import { useDraft } from '../stores/draft';
import { useCampaigns } from '../stores/campaigns';
import { useSettings } from '../stores/settings';
import { useUi } from '../stores/ui';
import { useIssues } from './counts';
import { FindPanel } from './find/FindPanel';
import { resetFind, useFind } from './find/find-store';
import { StepIssues } from './MissingList';
import { RecoveryOffer } from './RecoveryOffer';
import { SaveBanner } from './SaveBanner';
import { fieldDomId, useNavigation } from './navigation';
import { useEmptyOptionalSteps } from './step-state';
import { StepRail } from './StepRail';
import { AttachmentsStep } from './steps/AttachmentsStep';
import { CoverStep } from './steps/CoverStep';
import { DeclarationStep } from './steps/DeclarationStep';
import { ReviewStep } from './steps/ReviewStep';
import { WritingStep } from './steps/WritingStep';
import { WizardHeader } from './WizardHeader';
import { FieldsScreen } from './steps/FieldsScreen';
import { useStepName } from './useFormText';
import './wizard.css';

interface StepProps {
  form: FormDefinition;
  step: FormStep;
  issues: FieldIssue[];
  readOnly: boolean;
}

/** The signature block a step holds, for the declaration screen. */
function signatureOf(form: FormDefinition, step: FormStep): SignatureField | undefined {
  return form.fields.find((f): f is SignatureField => f.type === 'signature' && step.fields.includes(f.id));
}

/** How each screen a step may name is drawn (`StepScreen` in shared/forms/types.ts). */
const screens: Record<StepScreen, (props: StepProps) => ReactNode> = {
  fields: (p) => <FieldsScreen form={p.form} step={p.step} issues={p.issues} readOnly={p.readOnly} />,
  cover: (p) => <CoverStep form={p.form} readOnly={p.readOnly} />,
  writing: (p) => <WritingStep form={p.form} step={p.step.id} readOnly={p.readOnly} />,
  attachments: (p) => <AttachmentsStep form={p.form} readOnly={p.readOnly} />,
  declaration: (p) => {
    const field = signatureOf(p.form, p.step);
    return field && <DeclarationStep field={field} readOnly={p.readOnly} />;
  },
  review: (p) => <ReviewStep form={p.form} issues={p.issues} />,
};

/** Moves focus where the user asked to go: a field from a missing-list, or else the step's heading. */
function useStepFocus(step: StepId): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useNavigation((s) => s.focus);
  const focused = useNavigation((s) => s.focused);
  const shown = useRef(step);
  useEffect(() => {
    if (focus) {
      document.getElementById(fieldDomId(focus))?.focus();
      focused();
    } else if (shown.current !== step) heading.current?.focus();
    shown.current = step;
  }, [step, focus, focused]);
  return heading;
}

/** The wizard's own commands, from the menu or their shortcut keys: export, find, step to step. */
function runWizardCommand(form: FormDefinition, command: Command): void {
  const { step, goTo } = useNavigation.getState();
  const ids = stepIds(form);
  const at = ids.indexOf(step);
  const by = { 'previous-step': -1, 'next-step': 1 } as Record<Command, number | undefined>;
  if (command === 'export') goTo(reviewStep(form).id);
  else if (command === 'find') useFind.getState().show();
  else if (by[command]) {
    const next = ids[at + by[command]];
    if (next) goTo(next);
  }
}

/**
 * A step's advice: the wizard's own for a 610 step (the body's depends on its shape: one text, the
 * material, has no parts to add up), the general one for a step of fields.
 */
function useStepHelp(form: FormDefinition, step: FormStep): string {
  const { t, i18n } = useTranslation('wizard');
  const single =
    step.id === 'body' &&
    step.screen === 'writing' &&
    sectionsOfStep(form, step.id).every((s) => s.parts.length === 1);
  const key = single ? 'stepHelp.bodySingle' : `stepHelp.${step.id}`;
  const own: unknown =
    step.screen && step.screen !== 'fields' && i18n.getResource(i18n.language, 'wizard', key);
  return typeof own === 'string' ? own : t('stepHelp.fields');
}

function StepNavigation({ form, step }: { form: FormDefinition; step: StepId }) {
  const { t } = useTranslation('wizard');
  const hint = useShortcutHint();
  const goTo = useNavigation((s) => s.goTo);
  const stepName = useStepName(form);
  const ids = stepIds(form);
  const at = ids.indexOf(step);
  const previous = ids[at - 1];
  const next = ids[at + 1];
  return (
    <nav className="step-nav" aria-label={t('rail.pager')}>
      {previous && (
        <button
          type="button"
          className="secondary-button"
          {...hint('previous-step')}
          onClick={() => goTo(previous)}
        >
          {t('nav.previous', { step: stepName(previous) })}
        </button>
      )}
      {next && (
        <button type="button" className="primary-button" {...hint('next-step')} onClick={() => goTo(next)}>
          {t('nav.next', { step: stepName(next) })}
        </button>
      )}
    </nav>
  );
}

function WizardBody({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const readOnly = useDraft((s) => s.draft?.status === 'final');
  const stepId = useNavigation((s) => s.step);
  // A step id the form does not have (a stale link) opens its first step.
  const step = form.steps.find((s) => s.id === stepId) ?? form.steps[0]!;
  const issues = useIssues();
  const heading = useStepFocus(step.id);
  const optional = useEmptyOptionalSteps(form);
  const stepName = useStepName(form);
  const help = useStepHelp(form, step);
  const review = step.screen === 'review';
  return (
    <div className="wizard-body">
      <StepRail form={form} issues={issues} />
      <main className="wizard-main" aria-labelledby="step-heading">
        <div className="step-head">
          <h2 id="step-heading" ref={heading} tabIndex={-1}>
            {stepName(step.id)}
          </h2>
          <p className="muted">{help}</p>
        </div>
        {readOnly && (
          <p className="locked-note">{t(review ? 'finalise.lockedNoteHere' : 'finalise.lockedNote')}</p>
        )}
        {!review && (
          <StepIssues
            form={form}
            issues={issuesOfStep(issues, step.id)}
            optionalEmpty={optional.includes(step.id)}
          />
        )}
        {screens[step.screen ?? 'fields']({ form, step, issues, readOnly })}
        <StepNavigation form={form} step={step.id} />
      </main>
    </div>
  );
}

/** The wizard of one draft (docs/WIZARD.md): steps from its form definition, free to visit in any order. */
export function Wizard({ draftId, step }: { draftId: string; step?: StepId | undefined }) {
  const { t } = useTranslation('wizard');
  const { t: tError } = useTranslation('errors');
  const go = useUi((s) => s.go);
  // The id and kind only: the wizard's frame must not redraw on every keystroke.
  const loadedId = useDraft((s) => s.draft?.id);
  const formId = useDraft((s) => s.draft?.form);
  const load = useDraft((s) => s.load);
  const offered = useDraft((s) => s.offer !== undefined);
  useEffect(() => {
    // Where the wizard opens: the step asked for, else the form's first once the draft is known.
    useNavigation.getState().reset(step ?? '');
    resetFind();
    void useSettings.getState().load();
    void useCampaigns.getState().load();
    void useDraft.getState().open(draftId);
    const stopListening = onCommand((command) => {
      const id = useDraft.getState().draft?.form;
      if (id) runWizardCommand(formOf(id), command);
    });
    return () => {
      stopListening();
      void useDraft.getState().close();
    };
    // The step is where the wizard opens; changing steps later is the navigation store's business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId]);
  useEffect(() => {
    if (loadedId !== draftId || !formId) return;
    const ids = stepIds(formOf(formId));
    const navigation = useNavigation.getState();
    if (!ids.includes(navigation.step)) navigation.reset(ids[0]!);
    document.documentElement.dataset.ready = 'wizard';
    return () => {
      delete document.documentElement.dataset.ready;
    };
  }, [loadedId, draftId, formId]);

  if (load.state === 'failed')
    return (
      <div className="page wizard-failed" role="alert">
        <p>{load.failure ? errorText(tError, load.failure) : t('load.failed')}</p>
        <button type="button" className="secondary-button" onClick={() => go({ screen: 'drafts' })}>
          {t('header.back')}
        </button>
      </div>
    );
  if (!formId || loadedId !== draftId) return <p className="page muted">{t('load.loading')}</p>;
  const form = formOf(formId);
  return (
    <div className="wizard" data-formId={formId}>
      <WizardHeader form={form} />
      <SaveBanner />
      {offered ? (
        <RecoveryOffer />
      ) : (
        <>
          <FindPanel form={form} />
          <WizardBody form={form} />
        </>
      )}
    </div>
  );
}
