import { useEffect, useRef } from 'react';
import type { Plugin } from 'chart.js';
import { Chart, CHART_STYLE } from '@/lib/charts/chart-setup';

export interface MapPoint {
  label: string;
  /** Rule export, 0–100 (x). */
  T: number;
  /** Chain integration, 0–100 (y). */
  R: number;
  kind: 'firm' | 'reference' | 'peer';
}

interface Props {
  points: MapPoint[];
  axisLabels: { T: string; R: string };
  /** Quadrant names: bottom-left, bottom-right, top-left, top-right. */
  quadrants: { emerging: string; rule_export: string; chain_integration: string; convergent: string };
  strong: number;
  summary: string;
}

/** Draws the quadrant lines, quadrant names and point labels (text, so greyscale print keeps them apart). */
function overlay(points: MapPoint[], quadrants: Props['quadrants'], strong: number): Plugin<'scatter'> {
  return {
    id: 'chuhaiModelMapOverlay',
    afterDraw(chart) {
      const { ctx, chartArea: a, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      ctx.save();
      ctx.strokeStyle = CHART_STYLE.ink;
      ctx.setLineDash([4, 4]);
      ctx.beginPath();
      ctx.moveTo(x.getPixelForValue(strong), a.top);
      ctx.lineTo(x.getPixelForValue(strong), a.bottom);
      ctx.moveTo(a.left, y.getPixelForValue(strong));
      ctx.lineTo(a.right, y.getPixelForValue(strong));
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = CHART_STYLE.reference;
      ctx.font = `600 12px ${CHART_STYLE.font}`;
      const pad = 6;
      ctx.textAlign = 'left';
      // Just under the strong line, not in the corner where most new firms' points land.
      ctx.textBaseline = 'top';
      ctx.fillText(quadrants.emerging, a.left + pad, y.getPixelForValue(strong) + pad);
      ctx.fillText(quadrants.chain_integration, a.left + pad, a.top + pad);
      ctx.textAlign = 'right';
      ctx.fillText(quadrants.convergent, a.right - pad, a.top + pad);
      ctx.textBaseline = 'bottom';
      ctx.fillText(quadrants.rule_export, a.right - pad, a.bottom - pad);
      ctx.font = `12px ${CHART_STYLE.font}`;
      ctx.textBaseline = 'middle';
      for (const p of points) {
        if (p.kind === 'peer') continue;
        const px = x.getPixelForValue(p.T);
        const py = y.getPixelForValue(p.R);
        const right = px < a.right - 90;
        ctx.textAlign = right ? 'left' : 'right';
        ctx.fillStyle = p.kind === 'firm' ? CHART_STYLE.firm : CHART_STYLE.ink;
        ctx.font = `${p.kind === 'firm' ? '700 ' : ''}12px ${CHART_STYLE.font}`;
        ctx.fillText(p.label, px + (right ? 9 : -9), py);
      }
      ctx.restore();
    },
  };
}

/** The model map: rule export (T) across, chain integration (R) up, with quadrants at the "strong" line. */
export default function ModelMapChart({ points, axisLabels, quadrants, strong, summary }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const group = (kind: MapPoint['kind']) => points.filter((p) => p.kind === kind).map((p) => ({ x: p.T, y: p.R }));
    const chart = new Chart(canvas.current, {
      type: 'scatter',
      data: {
        datasets: [
          { label: 'peer', data: group('peer'), pointStyle: 'circle', pointRadius: 4, backgroundColor: 'rgba(31,78,121,0.45)', borderColor: CHART_STYLE.compare },
          { label: 'reference', data: group('reference'), pointStyle: 'rect', pointRadius: 5, backgroundColor: '#ffffff', borderColor: CHART_STYLE.reference, borderWidth: 2 },
          { label: 'firm', data: group('firm'), pointStyle: 'triangle', pointRadius: 9, backgroundColor: CHART_STYLE.firm, borderColor: CHART_STYLE.firm },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1,
        // Room for point labels near the edges (a firm at T 100 or R 100).
        layout: { padding: { top: 8, right: 16, bottom: 4, left: 4 } },
        devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
        scales: {
          x: { min: 0, max: 100, title: { display: true, text: axisLabels.T, color: CHART_STYLE.ink, font: { family: CHART_STYLE.font } }, grid: { color: CHART_STYLE.grid }, ticks: { color: CHART_STYLE.ink } },
          y: { min: 0, max: 100, title: { display: true, text: axisLabels.R, color: CHART_STYLE.ink, font: { family: CHART_STYLE.font } }, grid: { color: CHART_STYLE.grid }, ticks: { color: CHART_STYLE.ink } },
        },
        plugins: { tooltip: { enabled: false } },
      },
      plugins: [overlay(points, quadrants, strong)],
    });
    return () => chart.destroy();
  }, [points, axisLabels, quadrants, strong]);
  return (
    <div className="chart-box square">
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a canvas drawing has no <img> equivalent */}
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
