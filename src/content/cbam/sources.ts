/**
 * Every source the CBAM estimate cites, with its date and a link. The citation text of each id is
 * `sources.<id>` in locales/<lng>/cbam.json. Rows of the code table and the constants refer to these ids.
 */
export interface CbamSourceEntry {
  id: string;
  /** Date of publication (Official Journal) or of the statement. */
  date: string;
  url: string;
}

export const CBAM_SOURCES: readonly CbamSourceEntry[] = [
  { id: 'reg_2023_956', date: '2023-05-16', url: 'http://data.europa.eu/eli/reg/2023/956/oj' },
  { id: 'reg_2025_2083', date: '2025-10-17', url: 'http://data.europa.eu/eli/reg/2025/2083/oj' },
  { id: 'ir_2025_2621', date: '2025-12-31', url: 'http://data.europa.eu/eli/reg_impl/2025/2621/oj' },
  { id: 'ir_2025_2621_annex_ii', date: '2025-12-31', url: 'http://data.europa.eu/eli/reg_impl/2025/2621/oj' },
  { id: 'ir_2026_1740', date: '2026-07-31', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026R1740' },
  { id: 'ir_2025_2620', date: '2025-12-22', url: 'http://data.europa.eu/eli/reg_impl/2025/2620/oj' },
  { id: 'ir_2025_2547', date: '2025-12-22', url: 'http://data.europa.eu/eli/reg_impl/2025/2547/oj' },
  { id: 'ir_2025_2548', date: '2025-12-22', url: 'http://data.europa.eu/eli/reg_impl/2025/2548/oj' },
  { id: 'directive_2003_87', date: '2023-05-16', url: 'http://data.europa.eu/eli/dir/2023/959/oj' },
  { id: 'cscf_2021_927', date: '2021-05-31', url: 'http://data.europa.eu/eli/dec_impl/2021/927/oj' },
  { id: 'ec_price_q1', date: '2026-04-07', url: 'https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism/price-cbam-certificates_en' },
  { id: 'ec_price_q2', date: '2026-07-06', url: 'https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism/price-cbam-certificates_en' },
  { id: 'ec_price_q3', date: '2026-10-05', url: 'https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism/price-cbam-certificates_en' },
  { id: 'ec_price_schedule', date: '2026-03-09', url: 'https://www.steelorbis.com/steel-news/latest-news/european-commission-to-publish-first-cbam-certificate-price-in-early-april-1440183.htm' },
  { id: 'china_ets_fudan', date: '2025-10-08', url: 'https://reportify.ai/news/1173358357466189824' },
  { id: 'com_2025_989', date: '2025-12-17', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025PC0989' },
  { id: 'paper', date: '2026-01-01', url: '' },
];

/** True when `id` names one of the sources above. */
export function isCbamSourceId(id: string): boolean {
  return CBAM_SOURCES.some((s) => s.id === id);
}
