import 'i18next';
import type common from '../../../locales/en/common.json';
import type instrument from '../../../locales/en/instrument.json';
import type questions from '../../../locales/en/questions.json';
import type questionnaire from '../../../locales/en/questionnaire.json';
import type cbam from '../../../locales/en/cbam.json';
import type library from '../../../locales/en/library.json';
import type results from '../../../locales/en/results.json';
import type report from '../../../locales/en/report.json';
import type compare from '../../../locales/en/compare.json';
import type recommendations from '../../../locales/en/recommendations.json';
import type workshop from '../../../locales/en/workshop.json';
import type handin from '../../../locales/en/handin.json';
import type planner from '../../../locales/en/planner.json';
import type quick from '../../../locales/en/quick.json';

// Keys are typed from the English files: a key missing there fails type checking.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      instrument: typeof instrument;
      questions: typeof questions;
      questionnaire: typeof questionnaire;
      cbam: typeof cbam;
      library: typeof library;
      results: typeof results;
      report: typeof report;
      compare: typeof compare;
      recommendations: typeof recommendations;
      workshop: typeof workshop;
      handin: typeof handin;
      planner: typeof planner;
      quick: typeof quick;
    };
  }
}
