import type attachments from '../../../resources/locales/zh-Hans/attachments.json';
import type common from '../../../resources/locales/zh-Hans/common.json';
import type delivery from '../../../resources/locales/zh-Hans/delivery.json';
import type dialog from '../../../resources/locales/zh-Hans/dialog.json';
import type drafts from '../../../resources/locales/zh-Hans/drafts.json';
import type errors from '../../../resources/locales/zh-Hans/errors.json';
import type exportNs from '../../../resources/locales/zh-Hans/export.json';
import type fields from '../../../resources/locales/zh-Hans/fields.json';
import type find from '../../../resources/locales/zh-Hans/find.json';
import type form from '../../../resources/locales/zh-Hans/form.json';
import type home from '../../../resources/locales/zh-Hans/home.json';
import type menu from '../../../resources/locales/zh-Hans/menu.json';
import type rollup from '../../../resources/locales/zh-Hans/rollup.json';
import type settings from '../../../resources/locales/zh-Hans/settings.json';
import type wizard from '../../../resources/locales/zh-Hans/wizard.json';

/**
 * Translation keys are typed from the simplified files (the fallback), so a missing key is a
 * compile error. Each namespace is listed here once; add a line with a new namespace file.
 */
export interface TypedResources {
  attachments: typeof attachments;
  common: typeof common;
  delivery: typeof delivery;
  dialog: typeof dialog;
  drafts: typeof drafts;
  errors: typeof errors;
  export: typeof exportNs;
  fields: typeof fields;
  find: typeof find;
  form: typeof form;
  home: typeof home;
  menu: typeof menu;
  rollup: typeof rollup;
  settings: typeof settings;
  wizard: typeof wizard;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: TypedResources;
  }
}
