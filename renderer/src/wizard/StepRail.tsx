import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewStep, stepIds, type FormDefinition } from '../../../shared/forms';
import { issuesOfStep, type FieldIssue } from '../../../shared/validate';
import { useNavigation } from './navigation';
import { stepState, useEmptyOptionalSteps } from './step-state';
import { useStepName } from './useFormText';

/**
 * The steps, free to visit in any order, each with the number of things still missing in it.
 * Tab reaches every step; the arrow keys, Home and End move between them as in a list.
 */
export function StepRail({ form, issues }: { form: FormDefinition; issues: FieldIssue[] }) {
  const { t } = useTranslation('wizard');
  const current = useNavigation((s) => s.step);
  const goTo = useNavigation((s) => s.goTo);
  const list = useRef<HTMLOListElement>(null);
  const optional = useEmptyOptionalSteps(form);
  const stepName = useStepName(form);
  const review = reviewStep(form).id;

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...list.current!.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (at < 0 || next === undefined) return;
    event.preventDefault();
    buttons[(next + buttons.length) % buttons.length]!.focus();
  };

  return (
    <nav className="step-rail" aria-label={t('rail.label')}>
      <ol ref={list} onKeyDown={onKeyDown}>
        {stepIds(form).map((step, index) => {
          const stepIssues = issuesOfStep(issues, step);
          const state = stepState(stepIssues, optional.includes(step));
          return (
            <li key={step}>
              <button
                type="button"
                className={`rail-step${step === current ? ' current' : ''}`}
                aria-current={step === current ? 'step' : undefined}
                onClick={() => goTo(step)}
              >
                <span className="rail-index" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="rail-name">{stepName(step)}</span>
                {step !== review && (
                  <span className={`rail-badge rail-${state}`}>
                    {stepIssues.length
                      ? t('rail.missing', { n: stepIssues.length })
                      : t(state === 'optional' ? 'rail.optional' : 'rail.done')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
