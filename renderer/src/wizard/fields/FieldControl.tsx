import { useTranslation } from 'react-i18next';
import { isPlausibleEmail, isPlausiblePhone } from '../../../../shared/contact';
import type { ShortTextField } from '../../../../shared/forms/fields';
import { countForLimit } from '../../../../shared/validate';
import { Counter } from '../Counter';
import { fieldDomId } from '../navigation';
import { TextField } from '../TextField';
import { useFormText } from '../useFormText';
import { describedIds, FieldFrame, IssueList, useFieldName } from './FieldFrame';
import { choiceAsRadios, TextInput, ValueInput } from './inputs';
import { RowsControl } from './RowsControl';
import type { ControlProps } from './types';

function isOdd(field: ShortTextField, value: string): boolean {
  if (!value.trim()) return false;
  if (field.check === 'phone') return !isPlausiblePhone(value);
  if (field.check === 'email') return !isPlausibleEmail(value);
  return false;
}

/** One line (or a few) with its limit counter and the phone/e-mail plausibility note. */
function ShortTextControl({ field, value, onChange, issues = [], readOnly }: ControlProps<ShortTextField>) {
  const { t } = useTranslation('wizard');
  const text = typeof value === 'string' ? value : '';
  const id = fieldDomId(field.id);
  const words = field.limit ? countForLimit(text, field.limit) : 0;
  const odd = isOdd(field, text);
  return (
    <FieldFrame field={field} issues={issues}>
      <TextInput
        field={field}
        value={text}
        onChange={onChange}
        id={id}
        readOnly={readOnly}
        invalid={
          (field.limit && words > field.limit.max) || issues.some((i) => !i.rowId && i.severity === 'error')
        }
        describedBy={describedIds(field, issues, [odd && `${id}-warning`, field.limit && `${id}-counter`])}
      />
      {field.limit && (
        <Counter
          id={`${id}-counter`}
          figures={{ words }}
          limit={field.limit.max}
          unit={field.limit.unit}
          variant="short"
        />
      )}
      {odd && (
        <p id={`${id}-warning`} className="field-warning">
          {t(field.check === 'phone' ? 'cover.phoneOdd' : 'cover.emailOdd')}
        </p>
      )}
    </FieldFrame>
  );
}

/**
 * The control of one field of a form definition, by its kind. Each is named by the field's name
 * and shows the caller's findings (already in the UI language) under it.
 *
 * A long text is the wizard's `TextField`, which reads and writes the draft by the field's id
 * itself: it is uncontrolled so that a keystroke in a megabyte text renders nothing, and its undo,
 * paste cleanup and counters follow the draft (docs/PERFORMANCE.md). `value`/`onChange` are not
 * used for it.
 */
export function FieldControl(props: ControlProps) {
  const { field, value, onChange, issues = [], readOnly = false } = props;
  const name = useFieldName(field);
  const formText = useFormText();
  const id = fieldDomId(field.id);
  switch (field.type) {
    case 'text':
      return <ShortTextControl {...props} field={field} />;
    case 'longText':
      return (
        <TextField
          partId={field.id}
          label={name}
          guidance={field.guidance && formText(`${field.key}.guidance`, field.guidance)}
          limit={field.limit}
          readOnly={readOnly}
        >
          <IssueList id={`${id}-issues`} issues={issues} />
        </TextField>
      );
    case 'rows':
      return <RowsControl {...props} field={field} />;
    default: {
      const group = field.type === 'yesNo' || (field.type === 'choice' && choiceAsRadios(field));
      return (
        <FieldFrame field={field} issues={issues} group={group}>
          <ValueInput
            field={field}
            value={value}
            onChange={onChange}
            id={id}
            label={name}
            readOnly={readOnly}
            invalid={issues.some((i) => i.severity === 'error')}
            describedBy={describedIds(field, issues)}
          />
        </FieldFrame>
      );
    }
  }
}
