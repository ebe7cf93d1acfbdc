import type { Rule } from '@/domain/recommendations/rule-schema';
import { brandRules } from './rules-brand';
import { capitalRules } from './rules-capital';
import { complianceRules } from './rules-compliance';
import { deepenRules } from './rules-deepen';
import { peopleRules } from './rules-people';
import { startRules } from './rules-start';
import { technologyRules } from './rules-technology';

/** Every recommendation rule, as data. Text in locales/<lng>/recommendations.json under `rules.<id>`. */
export const RULES: readonly Rule[] = [...startRules, ...brandRules, ...technologyRules, ...complianceRules, ...capitalRules, ...peopleRules, ...deepenRules];
