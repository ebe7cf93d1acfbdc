import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { FORMAT_VERSION } from '@/domain/exchange/exchange-format';
import type { Language } from '@/lib/i18n/languages';
import { appStore } from '@/lib/store/use-app-store';
import { jsonFile, polyfillDialog, renderLibrary, sampleAssessment } from './library-test-utils';

beforeAll(polyfillDialog);

const exportText = (a = sampleAssessment()) => serializeExchangeFile(buildAssessmentFile(a, Date.UTC(2026, 2, 11)));
const withAnswer = (qid: string, value: unknown) => {
  const o = JSON.parse(exportText());
  o.assessment.answers[qid] = { value, updatedAt: 1 };
  return JSON.stringify(o);
};

/** A file that claims to be 6 MB and fails if anyone reads it: the size must be checked first. */
function hugeFile(): File {
  const f = jsonFile('{}', 'huge.json');
  Object.defineProperty(f, 'size', { value: 6 * 1024 * 1024 });
  Object.defineProperty(f, 'arrayBuffer', { value: () => Promise.reject(new Error('read a file that was too large')) });
  return f;
}

function unreadableFile(): File {
  const f = jsonFile('{}', 'gone.json');
  Object.defineProperty(f, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
  return f;
}

/** A file of raw bytes (a picture, or text in another encoding). */
const bytesFile = (bytes: number[], name: string) => new File([new Uint8Array(bytes)], name, { type: 'application/json' });
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

const v1 = JSON.parse(exportText());
/** Each hostile file, and the words of its specific message in both languages. */
const cases: { code: string; file: () => File; en: RegExp; zh: RegExp }[] = [
  { code: 'too_large', file: hugeFile, en: /huge\.json\u2069? is too large \(6 MB\)\. Chuhai imports files of up to 5 MB/, zh: /过大（6 MB）。本工具只导入不超过5 MB/ },
  { code: 'empty', file: () => jsonFile('', 'blank.json'), en: /blank\.json\u2069? is empty/, zh: /是空文件/ },
  { code: 'not_json', file: () => jsonFile(exportText().slice(0, 200), 'cut.json'), en: /cut\.json\u2069? cannot be read as JSON/, zh: /无法按JSON格式读取/ },
  { code: 'not_chuhai', file: () => jsonFile('{"invoice": 42}', 'other.json'), en: /is not a Chuhai assessment file/, zh: /不是本工具的自评文件/ },
  { code: 'future_version', file: () => jsonFile(JSON.stringify({ ...v1, formatVersion: 9 }), 'future.json'), en: new RegExp(`newer version of Chuhai \\(file format 9; this version reads format ${FORMAT_VERSION}\\)`), zh: new RegExp(`文件格式第9版，当前版本只能读取第${FORMAT_VERSION}版`) },
  { code: 'bad_structure', file: () => jsonFile(JSON.stringify({ ...v1, assessment: { ...v1.assessment, createdAt: 'yesterday' } }), 'edited.json'), en: /damaged or was edited by hand: the entry at \u2068assessment\.createdAt\u2069 is missing/, zh: /已损坏或被手工改动过：\u2068assessment\.createdAt\u2069处/ },
  { code: 'forbidden_key', file: () => jsonFile(exportText().replace('{', '{"__proto__": {"isAdmin": true},'), 'proto.json'), en: /contains the field name “__proto__” .*For your safety it was not imported/, zh: /含有字段名“__proto__”.*为安全起见/ },
  { code: 'too_many', file: () => jsonFile(serializeExchangeFile(buildBundleFile(Array.from({ length: 1001 }, (_, i) => sampleAssessment({ id: `n${i}`, answers: {} })), 0)), 'many.json'), en: /holds 1001 assessments; Chuhai imports at most 1000/, zh: /中有1001份自评，本工具每个文件最多导入1000份/ },
  { code: 'duplicate_id', file: () => jsonFile(serializeExchangeFile(buildBundleFile([sampleAssessment(), sampleAssessment()], 0)), 'twice.json'), en: /lists the same assessment twice/, zh: /同一份自评出现了两次/ },
  { code: 'unknown_question', file: () => jsonFile(withAnswer('rd.telepathy', 'yes'), 'newer.json'), en: /answers to questions this version of Chuhai does not ask \(\u2068rd\.telepathy\u2069\)/, zh: /当前版本问卷没有的题目的答案（\u2068rd\.telepathy\u2069）/ },
  { code: 'out_of_range', file: () => jsonFile(withAnswer('rd.intensity', 150), 'range.json'), en: /answer to question \u2068rd\.intensity\u2069 that the questionnaire cannot accept/, zh: /题目\u2068rd\.intensity\u2069的答案不符合问卷要求/ },
  { code: 'read_failed', file: unreadableFile, en: /gone\.json\u2069? could not be read/, zh: /无法读取\u2068gone\.json/ },
  { code: 'not_text', file: () => bytesFile([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'photo.json'), en: /photo\.json\u2069? is not a text file/, zh: /photo\.json\u2069?不是文本文件/ },
  // {"name":"华为"} saved in GBK (Chinese Windows "ANSI").
  { code: 'not_utf8', file: () => bytesFile([...utf8('{"name":"'), 0xbb, 0xaa, 0xce, 0xaa, ...utf8('"}')], 'gbk.json'), en: /gbk\.json\u2069? is not saved as UTF-8.*save it again with the encoding “UTF-8”/, zh: /gbk\.json\u2069?不是UTF-8编码.*以“UTF-8”编码另存后重新导入/ },
];

async function upload(files: File[], lng: Language = 'en') {
  const input = screen.getByLabelText(lng === 'en' ? 'Choose files to import' : '选择要导入的文件');
  await userEvent.upload(input, files);
}

const alertText = async () => (await screen.findByRole('alert')).textContent ?? '';

describe('importing files: each problem gets its own message, and nothing changes', () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    for (const c of cases) {
      it(`${c.code}: explains it in ${lng} and leaves every assessment as it was`, async () => {
        await renderLibrary(lng, [sampleAssessment({ id: 'mine', name: 'Mine' })]);
        const before = appStore.getState().assessments;
        const file = c.file();
        await upload([file], lng);
        const text = await alertText();
        expect(text).toMatch(lng === 'en' ? c.en : c.zh);
        expect(text, 'the file is named').toContain(file.name);
        expect(text).toContain(lng === 'en' ? 'Your existing assessments are unchanged' : '您现有的自评未受影响');
        expect(appStore.getState().assessments, 'the store was not even written').toBe(before);
      });
    }
  }
});

describe('importing files that are fine', () => {
  it('imports a bundle and a single file together, summarises, and lists them', async () => {
    await renderLibrary('en');
    const bundle = serializeExchangeFile(buildBundleFile([sampleAssessment({ id: 'b1', name: 'Hangzhou Valves' }), sampleAssessment({ id: 'b2', name: '' })], 0));
    await upload([jsonFile(bundle, 'chuhai-bundle-2.json'), jsonFile(exportText(), 'chuhai-ningbo.json')]);
    expect(await screen.findByText('3 assessments imported')).toBeInTheDocument();
    expect(screen.getByText(/chuhai-bundle-2\.json\u2069: 2 assessments imported\./)).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Hangzhou Valves' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Ningbo Pumps' })).toBeInTheDocument();
    expect(Object.keys(appStore.getState().assessments).sort()).toEqual(['b1', 'b2', 'ningbo']);
    expect(appStore.getState().assessments.ningbo?.answers).toEqual(sampleAssessment().answers);
  });

  it('imports good files and refuses bad ones chosen together, each on its own', async () => {
    await renderLibrary('en');
    await upload([jsonFile('{"broken', 'bad.json'), jsonFile(exportText(), 'good.json')]);
    expect(await screen.findByText('1 assessment imported')).toBeInTheDocument();
    expect(await alertText()).toMatch(/1 file could not be imported.*bad\.json\u2069 cannot be read as JSON/);
    expect(Object.keys(appStore.getState().assessments)).toEqual(['ningbo']);
  });

  it('skips an identical copy and imports a changed one beside the local one, never over it', async () => {
    const local = sampleAssessment({ name: 'Local work' });
    await renderLibrary('en', [local]);
    await upload([jsonFile(exportText(local), 'same.json')]);
    expect(await screen.findByText(/1 was already here exactly as in the file, and was skipped/)).toBeInTheDocument();
    expect(appStore.getState().assessments.ningbo).toEqual(local);

    await upload([jsonFile(exportText(sampleAssessment({ name: 'From the workshop', updatedAt: local.updatedAt + 1e9 })), 'newer.json')]);
    expect(await screen.findByText(/1 of them was imported as a copy/)).toBeInTheDocument();
    const all = Object.values(appStore.getState().assessments);
    expect(all.map((a) => a.name).sort()).toEqual(['From the workshop', 'Local work']);
    expect(appStore.getState().assessments.ningbo, 'the local copy is untouched').toEqual(local);
  });

  it('says which long texts it shortened', async () => {
    await renderLibrary('zh-CN');
    await upload([jsonFile(exportText(sampleAssessment({ name: '长'.repeat(300) })), 'long.json')], 'zh-CN');
    expect(await screen.findByText('已导入1份自评')).toBeInTheDocument();
    expect(screen.getByText(/有一个企业名称超过200个字符，已截短（位置：\u2068assessment\.name\u2069）/)).toBeInTheDocument();
    expect(Object.values(appStore.getState().assessments)[0]?.name).toBe('长'.repeat(200));
  });

  it('accepts files dropped on the drop zone', async () => {
    await renderLibrary('en');
    const zone = screen.getByText(/Drop Chuhai files/).closest('.drop-zone')!;
    const dataTransfer = { files: [jsonFile(exportText(), 'dropped.json')], types: ['Files'], dropEffect: 'none' };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(within(zone as HTMLElement).getByText('Drop the files to import them')).toBeInTheDocument();
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer });
    });
    expect(await screen.findByText('1 assessment imported')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Ningbo Pumps' })).toBeInTheDocument();
  });

  it('round-trips: what "Export JSON" writes imports back as the same assessment', async () => {
    // Catch what downloadText hands to the browser instead of navigating jsdom to a blob: URL.
    let written = '';
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = (blob: Blob) => {
      void blob.text().then((t) => (written = t));
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function noNavigation() {};
    try {
      await renderLibrary('en', [sampleAssessment()]);
      await userEvent.click(screen.getByRole('button', { name: 'Export JSON Ningbo Pumps' }));
      expect(screen.getByRole('status')).toHaveTextContent(/Saved to your downloads: chuhai-Ningbo-Pumps-\d{4}-\d{2}-\d{2}\.json/);
      await act(async () => {});
      await userEvent.click(screen.getByRole('button', { name: 'Delete Ningbo Pumps' }));
      await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
      await upload([jsonFile(written, 'back.json')]);
      expect(await screen.findByText('1 assessment imported')).toBeInTheDocument();
      const back = appStore.getState().assessments.ningbo;
      expect({ ...back, updatedAt: 0 }).toEqual({ ...sampleAssessment(), updatedAt: 0 });
    } finally {
      URL.createObjectURL = saved.create;
      URL.revokeObjectURL = saved.revoke;
      HTMLAnchorElement.prototype.click = saved.click;
    }
  });

  it('never says files were imported when storage is full: they are read, kept in this window and offered for download', async () => {
    await renderLibrary('en');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await upload([jsonFile(exportText(), 'full.json')]);
      expect(await screen.findByText(/1 assessment was read but could not be saved/)).toBeInTheDocument();
      expect(screen.queryByText(/assessments? imported/)).toBeNull();
      expect(appStore.getState().assessments.ningbo?.name, 'kept in memory').toBe('Ningbo Pumps');
      expect(within(screen.getAllByRole('alert')[0]!).getByRole('button', { name: 'Download unsaved work' })).toBeInTheDocument();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
