import { describe, expect, it } from 'vitest';
import { wrapLabel } from './radar-labels';

describe('radar labels', () => {
  it('break long labels at spaces so the narrow printed radar keeps them whole', () => {
    expect(wrapLabel('Compliance & ESG')).toEqual(['Compliance', '& ESG']);
    expect(wrapLabel('M&A & capital')).toEqual(['M&A &', 'capital']);
    expect(wrapLabel('Supply chain')).toEqual(['Supply', 'chain']);
  });

  it('leave short labels, single words and Chinese labels on one line', () => {
    expect(wrapLabel('R&D')).toEqual(['R&D']);
    expect(wrapLabel('Localisation')).toEqual(['Localisation']);
    expect(wrapLabel('合规与ESG')).toEqual(['合规与ESG']);
  });
});
