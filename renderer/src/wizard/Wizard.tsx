import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formOf, sectionsOfStep, type FormDefinition, type StepId } from '../../../shared/forms';
import { issuesOfStep, type FieldIssue } from '../../../shared/validate';
import { errorText } from '../api';
import { onCommand, type Command } from '../menu-commands';
import { useShortcutHint } from '../shortcut-hint';
import { useDraft } from '../stores/draft';
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
import './wizard.css';

interface StepProps {
  form: FormDefinition;
  step: StepId;
  issues: FieldIssue[];
  readOnly: boolean;
}

const stepViews: Record<StepId, (props: StepProps) => ReactNode> = {
  cover: (p) => <CoverStep form={p.form} readOnly={p.readOnly} />,
  summary: (p) => <WritingStep form={p.form} step={p.step} readOnly={p.readOnly} />,
  body: (p) => <WritingStep form={p.form} step={p.step} readOnly={p.readOnly} />,
  attachments: (p) => <AttachmentsStep form={p.form} readOnly={p.readOnly} />,
  proof: (p) => <WritingStep form={p.form} step={p.step} readOnly={p.readOnly} />,
  declaration: (p) => <DeclarationStep form={p.form} readOnly={p.readOnly} />,
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
  const at = form.steps.indexOf(step);
  const by = { 'previous-step': -1, 'next-step': 1 } as Record<Command, number | undefined>;
  if (command === 'export') goTo('review');
  else if (command === 'find') useFind.getState().show();
  else if (by[command]) {
    const next = form.steps[at + by[command]];
    if (next) goTo(next);
  }
}

/** The body's advice depends on its shape: one text (the material) has no parts to add up. */
function stepHelpKey(form: FormDefinition, step: StepId) {
  const single = step === 'body' && sectionsOfStep(form, step).every((s) => s.parts.length === 1);
  return single ? 'stepHelp.bodySingle' : (`stepHelp.${step}` as const);
}

function StepNavigation({ form, step }: { form: FormDefinition; step: StepId }) {
  const { t } = useTranslation('wizard');
  const hint = useShortcutHint();
  const goTo = useNavigation((s) => s.goTo);
  const at = form.steps.indexOf(step);
  const previous = form.steps[at - 1];
  const next = form.steps[at + 1];
  return (
    <nav className="step-nav" aria-label={t('rail.pager')}>
      {previous && (
        <button
          type="button"
          className="secondary-button"
          {...hint('previous-step')}
          onClick={() => goTo(previous)}
        >
          {t('nav.previous', { step: t(`steps.${previous}`) })}
        </button>
      )}
      {next && (
        <button type="button" className="primary-button" {...hint('next-step')} onClick={() => goTo(next)}>
          {t('nav.next', { step: t(`steps.${next}`) })}
        </button>
      )}
    </nav>
  );
}

function WizardBody({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const readOnly = useDraft((s) => s.draft?.status === 'final');
  const step = useNavigation((s) => s.step);
  const issues = useIssues();
  const heading = useStepFocus(step);
  const optional = useEmptyOptionalSteps(form);
  return (
    <div className="wizard-body">
      <StepRail form={form} issues={issues} />
      <main className="wizard-main" aria-labelledby="step-heading">
        <div className="step-head">
          <h2 id="step-heading" ref={heading} tabIndex={-1}>
            {t(`steps.${step}`)}
          </h2>
          <p className="muted">{t(stepHelpKey(form, step))}</p>
        </div>
        {readOnly && (
          <p className="locked-note">
            {t(step === 'review' ? 'finalise.lockedNoteHere' : 'finalise.lockedNote')}
          </p>
        )}
        {step !== 'review' && (
          <StepIssues
            form={form}
            issues={issuesOfStep(issues, step)}
            optionalEmpty={optional.includes(step)}
          />
        )}
        {stepViews[step]({ form, step, issues, readOnly })}
        <StepNavigation form={form} step={step} />
      </main>
    </div>
  );
}

/** The wizard of one draft (docs/WIZARD.md): steps from its form definition, free to visit in any order. */
export function Wizard({ draftId, step = 'cover' }: { draftId: string; step?: StepId | undefined }) {
  const { t } = useTranslation('wizard');
  const { t: tError } = useTranslation('errors');
  const go = useUi((s) => s.go);
  // The id and kind only: the wizard's frame must not redraw on every keystroke.
  const loadedId = useDraft((s) => s.draft?.id);
  const formId = useDraft((s) => s.draft?.form);
  const load = useDraft((s) => s.load);
  const offered = useDraft((s) => s.offer !== undefined);
  useEffect(() => {
    useNavigation.getState().reset(step);
    resetFind();
    void useSettings.getState().load();
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
    if (loadedId !== draftId) return;
    document.documentElement.dataset.ready = 'wizard';
    return () => {
      delete document.documentElement.dataset.ready;
    };
  }, [loadedId, draftId]);

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
