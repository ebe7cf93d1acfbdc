// `npm run bench`: builds the app and prints performance figures beside their budgets.
// It measures; it does not pass or fail (targets live in the issues).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleFigures, printBundleFigures } from './bundle-size.mjs';
import { printLighthouse } from './lighthouse.mjs';
import { engineFigures, printEngineFigures } from './engine.mjs';
import { benchInteraction } from './interaction.mjs';
import { benchPlanner } from './planner.mjs';
import { printWorkshopFigures, workshopFigures } from './workshop.mjs';
import { printQrFigures, qrFigures } from './qr-handin.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);

console.log('# Chuhai benchmark');
console.log(`node ${process.version}, ${new Date().toISOString()}`);
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
printBundleFigures(bundleFigures('dist'));
printEngineFigures(await engineFigures());
await benchInteraction('dist');
await benchPlanner('dist');
printWorkshopFigures(await workshopFigures({ dist: 'dist' }));
// About 2.5 minutes: the fake camera plays 20 firms' codes in real time.
printQrFigures(await qrFigures({ dist: 'dist' }));
// Lighthouse takes about 35 s a page; `npm run bench -- --no-lighthouse` skips it.
if (!process.argv.includes('--no-lighthouse')) await printLighthouse('dist');
