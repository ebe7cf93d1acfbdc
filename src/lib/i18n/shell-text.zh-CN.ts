// The text every screen's first paint needs, in one file per language (see namespaces.ts).
export { default as common } from '@locales/zh-CN/common.json';
export { default as instrument } from '@locales/zh-CN/instrument.json';
