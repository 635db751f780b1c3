import { describe, expect, it } from 'vitest';
import { formIds, formOf, isFormId, partsOf, registerForm, paper610 } from '../../../../shared/forms';

describe('the registry of forms', () => {
  it('holds the two forms of the 2021 call, in the order the home screen offers them', () => {
    expect(formIds()).toEqual(['case', 'material']);
    expect(formOf('case').layout).toBe('form-610');
    expect(isFormId('poem')).toBe(false);
    expect(() => formOf('poem')).toThrow('unknown form: poem');
  });

  it('refuses a second, different form under an id it holds', () => {
    expect(() => registerForm({ ...formOf('case') })).toThrow('form case is registered already');
    // The same definition again is no conflict (a module loaded twice).
    expect(() => registerForm(formOf('case'))).not.toThrow();
  });

  it.each(['case', 'material'])('%s: typed fields for every value, in printed order', (id) => {
    const form = formOf(id);
    const valueIds = [
      ...paper610(form).cover.map((item) => item.id),
      ...partsOf(form).map((part) => part.id),
    ];
    expect(Object.keys(form.emptyValues())).toEqual(valueIds);
    const typed = form.fields.filter((field) => field.type === 'text' || field.type === 'longText');
    expect(typed.map((field) => field.id)).toEqual(valueIds);
    expect(form.fields.at(-1)).toMatchObject({
      type: 'signature',
      statement: paper610(form).declaration.text,
    });
    const printed = form.fields.filter((field) => field.type === 'attachments' && field.printedMax);
    expect(printed.map((field) => field.type === 'attachments' && field.printedMax)).toEqual(
      paper610(form).attachments.printedImages.max ? [paper610(form).attachments.printedImages.max] : [],
    );
  });
});
