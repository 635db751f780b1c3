import { useTranslation } from 'react-i18next';
import { isPlausibleEmail, isPlausiblePhone } from '../../../../shared/contact';
import type { LongTextField, RowsField, ShortTextField } from '../../../../shared/forms/fields';
import { countForLimit } from '../../../../shared/validate';
import { Counter } from '../Counter';
import { fieldDomId } from '../navigation';
import { TextField } from '../TextField';
import { useFormText } from '../useFormText';
import { describedIds, FieldFrame, IssueList, useFieldName } from './FieldFrame';
import { choiceAsRadios, ValueInput } from './inputs';
import { RowsControl } from './RowsControl';
import type { ControlledField, ControlProps } from './types';

function isOdd(field: ShortTextField, value: string): boolean {
  if (!value.trim()) return false;
  if (field.check === 'phone') return !isPlausiblePhone(value);
  if (field.check === 'email') return !isPlausibleEmail(value);
  return false;
}

/**
 * A field of one value in its frame. A short text adds its limit counter (said, never cut) and
 * the phone/e-mail plausibility note; 是/否 and a short choice are radio groups named by the field.
 */
function SingleValueControl({
  field,
  value,
  onChange,
  issues = [],
  readOnly,
}: ControlProps<Exclude<ControlledField, LongTextField | RowsField>>) {
  const { t } = useTranslation('wizard');
  const name = useFieldName(field);
  const id = fieldDomId(field.id);
  const text = field.type === 'text' && typeof value === 'string' ? value : '';
  const limit = field.type === 'text' ? field.limit : undefined;
  const words = limit ? countForLimit(text, limit) : 0;
  const odd = field.type === 'text' && isOdd(field, text);
  const group = field.type === 'yesNo' || (field.type === 'choice' && choiceAsRadios(field));
  const over = limit !== undefined && words > limit.max;
  return (
    <FieldFrame field={field} issues={issues} group={group}>
      <ValueInput
        field={field}
        value={value}
        onChange={onChange}
        id={id}
        label={name}
        readOnly={readOnly}
        invalid={over || issues.some((issue) => !issue.rowId && issue.severity === 'error')}
        describedBy={describedIds(field, issues, [odd && `${id}-warning`, limit && `${id}-counter`])}
      />
      {limit && (
        <Counter
          id={`${id}-counter`}
          figures={{ words }}
          limit={limit.max}
          unit={limit.unit}
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
  const { field, issues = [], readOnly = false } = props;
  const name = useFieldName(field);
  const formText = useFormText();
  switch (field.type) {
    case 'longText':
      return (
        <TextField
          partId={field.id}
          label={name}
          guidance={field.guidance && formText(`${field.key}.guidance`, field.guidance)}
          limit={field.limit}
          readOnly={readOnly}
        >
          <IssueList id={`${fieldDomId(field.id)}-issues`} issues={issues} />
        </TextField>
      );
    case 'rows':
      return <RowsControl {...props} field={field} />;
    default:
      return <SingleValueControl {...props} field={field} />;
  }
}
