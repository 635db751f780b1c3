import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsOfStep, type FormDefinition, type Section, type StepId } from '../../../../shared/forms';
import type { DraftStore } from '../../stores/draft';
import { selectSectionWords } from '../counts';
import { Counter } from '../Counter';
import { fieldDomId } from '../navigation';
import { TextField } from '../TextField';
import { useFormText } from '../useFormText';

/** 一、 of 一、背景缘由: the heading as printed, less the part's name. */
function numberingOf(heading: string, name: string): string | undefined {
  return heading.endsWith(name) && heading.length > name.length ? heading.slice(0, -name.length) : undefined;
}

/**
 * A section's total 字数 against its limit: at the head of the section, and again below the
 * counter of the part last focused, so that the total is in view beside the caret. (A total
 * kept in view by sticking to the top of the screen repainted the screen from the top to the
 * caret on every keystroke: one damaged rectangle spanning both changes, drawn whole by a
 * computer without graphics acceleration, docs/PERFORMANCE.md.)
 */
function SectionTotal({
  section,
  limit,
  beside = false,
}: {
  section: Section;
  limit: number;
  beside?: boolean;
}) {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const select = useCallback(
    (state: DraftStore) => ({ words: selectSectionWords(state, section) }),
    [section],
  );
  return (
    <div className={beside ? 'field-total' : 'section-total'}>
      <Counter
        variant="total"
        select={select}
        limit={limit}
        label={t('counter.total', { section: formText(`${section.key}.label`, section.label) })}
        announce={!beside}
      />
    </div>
  );
}

function SectionFields({ section, readOnly }: { section: Section; readOnly: boolean }) {
  const formText = useFormText();
  const guidance = section.guidance && formText(`${section.key}.guidance`, section.guidance);
  // A section of one part shows its guidance beside that part; a longer one above all its parts.
  const single = section.parts.length === 1;
  const [writing, setWriting] = useState<string>();
  return (
    <section
      className="form-section writing-section"
      aria-labelledby={`section-${section.id}`}
      onFocus={(event) => {
        const part = section.parts.find((p) => fieldDomId(p.id) === event.target.id);
        if (part) setWriting(part.id);
      }}
    >
      <header className="form-section-head">
        <h3 id={`section-${section.id}`}>{formText(`${section.key}.label`, section.label)}</h3>
        {!single && guidance && <p className="guidance">{guidance}</p>}
      </header>
      {section.totalLimit !== undefined && <SectionTotal section={section} limit={section.totalLimit} />}
      {section.parts.map((part) => (
        <TextField
          key={part.id}
          partId={part.id}
          label={formText(`${part.key}.name`, part.name)}
          numbering={numberingOf(
            formText(`${part.key}.heading`, part.heading ?? ''),
            formText(`${part.key}.name`, part.name),
          )}
          guidance={single ? guidance : undefined}
          limit={part.limit}
          readOnly={readOnly}
        >
          {section.totalLimit !== undefined && part.id === writing && (
            <SectionTotal section={section} limit={section.totalLimit} beside />
          )}
        </TextField>
      ))}
    </section>
  );
}

/**
 * The steps in which the user writes (简介, 正文, 证明材料): their sections, parts, limits and
 * guidance all come from the form definition, so this one component serves every such step.
 */
export function WritingStep({
  form,
  step,
  readOnly,
}: {
  form: FormDefinition;
  step: StepId;
  readOnly: boolean;
}) {
  return (
    <>
      {sectionsOfStep(form, step).map((section) => (
        <SectionFields key={section.id} section={section} readOnly={readOnly} />
      ))}
    </>
  );
}
