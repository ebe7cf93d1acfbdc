/** Space between a label and its text: none in Chinese, whose colons and brackets are full width. */
export const wordGap = (lng: string): string => (lng === 'zh-CN' ? '' : ' ');

/** Separator of items in a running list: the Chinese enumeration semicolon or "; ". */
export const listSeparator = (lng: string): string => (lng === 'zh-CN' ? '；' : '; ');
