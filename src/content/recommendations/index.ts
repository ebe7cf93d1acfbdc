import type { Rule } from '@/domain/recommendations/rule-schema';
import { brandRules } from './rules-brand';
import { capitalRules } from './rules-capital';
import { complianceRules } from './rules-compliance';
import { peopleRules } from './rules-people';
import { technologyRules } from './rules-technology';

/** Every recommendation rule, as data. Text in locales/<lng>/recommendations.json under `rules.<id>`. */
export const RULES: readonly Rule[] = [...brandRules, ...technologyRules, ...complianceRules, ...capitalRules, ...peopleRules];
