import { instrument } from '@/content/instrument';
import type { AxisComponent } from '@/domain/instrument/instrument-schema';
import type { AxisId } from '@/domain/instrument/predicate-schema';
import { formatNumber } from '@/lib/format';
import type { LooseT } from '@/lib/i18n/loose-t';

/**
 * "T = 0.4 × R&D + 0.4 × Standards + 0.2 × technology licensing", written from the instrument's own
 * weights so the printed method can never drift from the one that scored the firm.
 */
export function axisFormula(axis: AxisId, lng: string, ti: LooseT, tReport: LooseT): string {
  const name = (c: AxisComponent) =>
    'dimension' in c ? ti(`dimensionShort.${c.dimension}`) : tReport(`method.components.${c.question.replace('.', '_')}`);
  return `${axis} = ${instrument.axes[axis].map((c) => `${formatNumber(lng, c.weight, 2)} × ${name(c)}`).join(' + ')}`;
}
