import { cleanup, render } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { afterEach } from 'vitest';
import fields from '../../../../../resources/locales/zh-Hans/fields.json';
import form from '../../../../../resources/locales/zh-Hans/form.json';
import home from '../../../../../resources/locales/zh-Hans/home.json';
import wizard from '../../../../../resources/locales/zh-Hans/wizard.json';
import hantFields from '../../../../../resources/locales/zh-Hant/fields.json';
import type { Field } from '../../../../../shared/forms/fields';
import { FieldControl } from '../../../../../renderer/src/wizard/fields/FieldControl';
import type { ControlledField, FieldIssue } from '../../../../../renderer/src/wizard/fields/types';

await i18next.use(initReactI18next).init({
  resources: { 'zh-Hans': { fields, form, home, wizard }, 'zh-Hant': { fields: hantFields } },
  lng: 'zh-Hans',
  fallbackLng: 'zh-Hans',
  interpolation: { escapeValue: false },
});

afterEach(cleanup);

const base = { key: 'test', required: false };

/** A field's own parts, kind by kind (an `Omit` over the union would keep only the shared ones). */
type Spec<F> = F extends Field ? Omit<F, 'key' | 'required' | 'label'> & { required?: boolean } : never;

/** A field of the test form: the common parts filled in. */
export function field<F extends Field>(spec: Spec<F>): F {
  return { ...base, label: spec.name, ...spec } as F;
}

/**
 * A control as the wizard holds it: the value lives in the parent, every change is recorded and
 * comes back as the new value, as the draft store would give it back.
 */
export function renderControl(
  control: ControlledField,
  initial: unknown,
  options: { issues?: readonly FieldIssue[]; readOnly?: boolean } = {},
) {
  const changes: unknown[] = [];
  let current = initial;
  function Holder() {
    const [value, setValue] = useState<unknown>(initial);
    return (
      <FieldControl
        field={control}
        value={value}
        onChange={(next) => {
          changes.push(next);
          current = next;
          setValue(next);
        }}
        issues={options.issues}
        readOnly={options.readOnly}
      />
    );
  }
  const view = render(<Holder />);
  return { ...view, changes, value: () => current };
}
