import { describe, expect, it } from 'vitest';
import enCommon from '@locales/en/common.json';
import enInstrument from '@locales/en/instrument.json';
import zhCommon from '@locales/zh-CN/common.json';
import zhInstrument from '@locales/zh-CN/instrument.json';
import enResults from '@locales/en/results.json';
import { LANGUAGES } from './languages';
import { loadNamespace } from './namespaces';

const files = { en: { common: enCommon, instrument: enInstrument }, 'zh-CN': { common: zhCommon, instrument: zhInstrument } };

describe('loadNamespace', () => {
  it('gives the shell text and the instrument vocabulary of every language from its shell-text file', async () => {
    for (const lng of LANGUAGES) {
      expect(await loadNamespace(lng, 'common'), `${lng} common`).toEqual(files[lng].common);
      expect(await loadNamespace(lng, 'instrument'), `${lng} instrument`).toEqual(files[lng].instrument);
    }
  });

  it('gives any other namespace from its own locale file', async () => {
    expect(await loadNamespace('en', 'results')).toEqual(enResults);
  });

  it('rejects a namespace or language that does not exist', async () => {
    await expect(loadNamespace('en', 'nothing')).rejects.toThrow('locales/en/nothing.json');
    await expect(loadNamespace('fr', 'common')).rejects.toThrow('shell-text.fr.ts');
  });
});
