import type { Predicate } from '@/domain/instrument/predicate-schema';
import type { Boost } from '@/domain/recommendations/rule-schema';
import { HAS_OVERSEAS_OPERATION } from '../instrument/helpers';

/** Situations shared by many rules, as predicates of the instrument's condition language. */

/** Sells abroad, occasionally or regularly. */
export const EXPORTING: Predicate = { q: 'profile.export_status', is: ['occasional', 'regular'] };

/** The firm has said whether it sells abroad: advice starts from there, never from an empty form. */
export const EXPORT_STATUS_KNOWN: Predicate = { q: 'profile.export_status', is: ['none', 'occasional', 'regular'] };

/** EU exposure: the EU is a main market, or CBAM-covered goods reach the EU (paper §4.1). */
export const EU_EXPOSURE: Predicate = {
  any: [
    { q: 'profile.markets', is: ['eu'] },
    { q: 'profile.cbam_goods', is: ['yes'] },
  ],
};

/** US / North America exposure: tariffs, export controls, investment reviews (paper §4.1). */
export const US_EXPOSURE: Predicate = { q: 'profile.markets', is: ['north_america'] };

/** Mexico / Latin America or Southeast Asia: the former “transshipment” routes (paper §4.1). */
export const TRANSSHIPMENT_ROUTES: Predicate = { q: 'profile.markets', is: ['mexico_latin_america', 'southeast_asia'] };

/** Markets where political, security or payment risk tends to be higher (Sinosure country ratings). */
export const HIGHER_RISK_MARKETS: Predicate = {
  q: 'profile.markets',
  is: ['africa', 'middle_east', 'south_asia', 'mexico_latin_america', 'russia_central_asia'],
};

/**
 * A small or medium-sized firm by China's classification for industry (工信部联企业〔2011〕300号):
 * fewer than 1,000 staff or revenue below 400 million yuan.
 */
export const SME: Predicate = {
  any: [
    { q: 'profile.employees', is: ['lt20', 'n20_299', 'n300_999'] },
    { q: 'profile.revenue', is: ['lt50m', 'm50_200', 'm200_400'] },
  ],
};

/** Owns a plant, a service team or a sales company abroad. */
export const OVERSEAS_OPERATION: Predicate = HAS_OVERSEAS_OPERATION;

/** Has invested abroad: an acquisition, a joint venture, own production or a park. */
export const OVERSEAS_INVESTMENT: Predicate = {
  any: [
    { q: 'cap.acquisitions', is: ['minority', 'control'] },
    { q: 'cap.joint_ventures', is: ['one', 'several'] },
    { q: 'loc.production', is: ['assembly', 'full'] },
    { q: 'sup.parks', is: ['tenant', 'developer'] },
  ],
};

/** Already uses this public service (an option of `profile.public_services`). */
export const USES = (service: string): Predicate => ({ q: 'profile.public_services', is: [service] });
/** Does not say it uses this public service yet: advice to start using it is for these firms only. */
export const NOT_USING = (service: string): Predicate => ({ not: USES(service) });

/** A share of export sales to the United States of at least `min` percent. */
export const US_SHARE = (min: number): Predicate => ({ q: 'profile.us_share', atLeast: min });

/** Exposed to US or Mexican tariffs, or producing abroad mainly because of tariffs (paper §4.1). */
export const TARIFF_EXPOSED: Predicate = {
  any: [US_SHARE(10), { q: 'profile.markets', is: ['mexico_latin_america'] }, { q: 'loc.relocation_motive', is: ['tariffs'] }],
};

/** Holds personal data of people in the EU/UK or North America (GDPR, US state privacy laws; paper §4.3). */
export const PERSONAL_DATA: Predicate = { q: 'profile.personal_data', is: ['eu_uk', 'north_america'] };

/** Sells to consumers, at least in part. */
export const B2C: Predicate = { q: 'profile.sales_model', is: ['b2c', 'both'] };

/** Sells at least a little under its own name. */
export const SOME_OWN_BRAND: Predicate = { q: 'brand.own_share', atLeast: 10 };

/** Boost helpers: raise importance by `add` in a situation. */
export const EU_BOOST = (add: number): Boost => ({ if: EU_EXPOSURE, add, reason: 'eu' });
export const US_BOOST = (add: number): Boost => ({ if: US_EXPOSURE, add, reason: 'us' });
export const SME_BOOST = (add: number): Boost => ({ if: SME, add, reason: 'sme' });
export const NEXT_RUNG = (add: number): Boost => ({ situation: 'next_rung', add });
export const LEAN = (add: number): Boost => ({ situation: 'lean', add });
