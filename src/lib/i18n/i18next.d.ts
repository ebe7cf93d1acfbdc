import 'i18next';
import type common from '../../../locales/en/common.json';
import type instrument from '../../../locales/en/instrument.json';
import type cbam from '../../../locales/en/cbam.json';

// Keys are typed from the English files: a key missing there fails type checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      instrument: typeof instrument;
      cbam: typeof cbam;
    };
  }
}
