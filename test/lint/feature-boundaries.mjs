// Writes one lint override per folder in src/features that forbids importing any other feature
// (by alias, by a path through "features/", or by a relative path to a sibling). Run it after
// adding a feature: `node test/lint/feature-boundaries.mjs`; a unit test fails when it is stale.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const configPath = `${root}.oxlintrc.json`;

export function featureNames() {
  return readdirSync(`${root}src/features`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function featureOverrides(names) {
  return names.map((own) => {
    const others = names.filter((n) => n !== own);
    return {
      files: [`src/features/${own}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: [
                  '@/features/*',
                  `!@/features/${own}`,
                  `!@/features/${own}/**`,
                  '**/features/*/**',
                  `!**/features/${own}/**`,
                  ...others.flatMap((o) => [`../${o}`, `../${o}/**`, `../../${o}/**`, `../../../${o}/**`]),
                ],
                message: 'Features do not import each other; move shared code to src/components, src/lib or src/domain.',
              },
              { group: ['@/app/*', '**/app/*'], message: 'Code flows shared → features → app; only src/app composes.' },
            ],
          },
        ],
      },
    };
  });
}

export function expectedConfig(config, names = featureNames()) {
  const keep = config.overrides.filter((o) => !o.files.some((f) => /^src\/features\/[^*]/.test(f)));
  return { ...config, overrides: [...keep, ...featureOverrides(names)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = JSON.parse(readFileSync(configPath, 'utf8'));
  writeFileSync(configPath, `${JSON.stringify(expectedConfig(config), null, 2)}\n`);
  console.log(`feature boundaries written for: ${featureNames().join(', ')}`);
}
