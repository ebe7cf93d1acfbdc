import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RULES } from '@/content/recommendations';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { looseT } from '@/lib/i18n/loose-t';
import { targetName, verificationText } from '@/lib/i18n/plan-text';
import { InLanguages } from '../InLanguages';
import type { ReportScenario } from '../report-data';
import { listSeparator, wordGap } from '../typography';

const titleOf = new Map(RULES.map((r) => [r.id, `rules.${r.id}.title`]));

function Head({ lng }: { lng: Language }) {
  const { t } = useTranslation('report', { lng });
  return (
    <>
      <h2>{t('scenarios.title')}</h2>
      <p>{t('scenarios.intro')}</p>
    </>
  );
}

function One({ lng, item, today }: { lng: Language; item: ReportScenario; today: ScoreResult }) {
  const { t, i18n } = useTranslation(['report', 'instrument', 'questions', 'recommendations', 'results'], { lng });
  const tr = looseT(i18n, lng, 'recommendations');
  const ti = looseT(i18n, lng, 'instrument');
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  const { scenario, outcome } = item;
  const after = outcome.result;
  const actions = scenario.actions.filter((id) => titleOf.has(id));
  const changed = Object.entries(scenario.answers);
  const target = scenario.target && (scenario.target.rung || scenario.target.model) ? scenario.target : null;
  return (
    <div className="rp-scenario" data-scenario={scenario.id}>
      <h3>
        <span className="user-text" dir="auto">
          {scenario.name}
        </span>
      </h3>
      <p>
        <span className="rp-label">{t('colon', { label: t('scenarios.target') })}</span>
        {wordGap(lng)}
        {target
          ? `${targetName(i18n, target, lng)}. ${verificationText(i18n, target, outcome.reached === true, actions.length, outcome.missing, text.question, lng)}`
          : t('scenarios.noTarget')}
      </p>
      <p className="rp-label">{t('scenarios.actions')}</p>
      {actions.length ? (
        <ol className="rp-next-steps">
          {actions.map((id) => (
            <li key={id}>{tr(titleOf.get(id)!)}</li>
          ))}
        </ol>
      ) : (
        <p>{t('scenarios.noActions')}</p>
      )}
      {changed.length > 0 && (
        <>
          <p className="rp-label">{t('scenarios.answers')}</p>
          <ul className="rp-next-steps">
            {changed.map(([qid, a]) => (
              <li key={qid}>{t('scenarios.answerItem', { question: text.question(qid), answer: a.value === undefined ? '' : text.answer(qid, a.value) })}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        {t('scenarios.outcome', {
          rung: ti(`rungs.${after.ladder.rung}.name`),
          today: ti(`rungs.${today.ladder.rung}.name`),
          T: formatNumber(lng, after.model.T.value, 1),
          T0: formatNumber(lng, today.model.T.value, 1),
          R: formatNumber(lng, after.model.R.value, 1),
          R0: formatNumber(lng, today.model.R.value, 1),
        })}
      </p>
      {outcome.change.opens.length > 0 && (
        <p>{t('scenarios.opens', { conditions: outcome.change.opens.map((g) => ti(`gates.${g.id}.title`)).join(listSeparator(lng)) })}</p>
      )}
    </div>
  );
}

/** The plan: each saved scenario with its target (verified), actions, changed answers and outcome. */
export function ScenariosReport({ scenarios, today, langs }: { scenarios: ReportScenario[]; today: ScoreResult; langs: Language[] }) {
  const [first, ...rest] = scenarios;
  return (
    <section className="rp-section rp-scenarios">
      <div className="rp-keep">
        <InLanguages langs={langs}>{(lng) => <Head lng={lng} />}</InLanguages>
        {first && <InLanguages langs={langs}>{(lng) => <One lng={lng} item={first} today={today} />}</InLanguages>}
      </div>
      {rest.map((item) => (
        <InLanguages key={item.scenario.id} langs={langs} className="rp-keep">
          {(lng) => <One lng={lng} item={item} today={today} />}
        </InLanguages>
      ))}
    </section>
  );
}
