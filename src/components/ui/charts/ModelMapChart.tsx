import { useEffect, useRef, type CSSProperties } from 'react';
import type { Plugin } from 'chart.js';
import { Chart, CHART_STYLE } from '@/lib/charts/chart-setup';
import { labelPlaces, type Shift } from './map-labels';

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
  /**
   * Points that move often (the planner's today and planned): drawn as marks over the canvas and moved
   * without redrawing the chart, so a what-if click costs a style change, not a chart update.
   */
  live?: MapPoint[];
}

/** Draws the quadrant lines, quadrant names and point labels (text, so greyscale print keeps them apart). */
function overlay(current: () => MapPoint[], quadrants: Props['quadrants'], strong: number): Plugin<'scatter'> {
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
      for (const p of current()) {
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

/** Keeps the chart area's place in the box as CSS variables, so live marks sit on the chart's own scale. */
function areaVariables(box: () => HTMLElement | null): Plugin<'scatter'> {
  return {
    id: 'chuhaiModelMapArea',
    afterLayout(chart) {
      const el = box();
      if (!el) return;
      const a = chart.chartArea;
      el.style.setProperty('--map-left', `${a.left}px`);
      el.style.setProperty('--map-top', `${a.top}px`);
      el.style.setProperty('--map-width', `${a.right - a.left}px`);
      el.style.setProperty('--map-height', `${a.bottom - a.top}px`);
    },
  };
}

function LiveMark({ point, side, shift }: { point: MapPoint; side: 'right' | 'left'; shift: Shift }) {
  const firm = point.kind === 'firm';
  return (
    <span
      className={`map-mark ${point.kind} label-${side}${shift === 'none' ? '' : ` ${shift}`}`}
      style={{ '--x': Math.min(100, Math.max(0, point.T)), '--y': Math.min(100, Math.max(0, point.R)) } as CSSProperties}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        {firm ? (
          <polygon points="9,1 17,16 1,16" fill={CHART_STYLE.firm} />
        ) : (
          <rect x="4" y="4" width="10" height="10" fill="#ffffff" stroke={CHART_STYLE.reference} strokeWidth="2" />
        )}
      </svg>
      <span className="map-mark-label">{point.label}</span>
    </span>
  );
}

const KINDS = ['peer', 'reference', 'firm'] as const;
const pointsOf = (points: MapPoint[], kind: MapPoint['kind']) => points.filter((p) => p.kind === kind).map((p) => ({ x: p.T, y: p.R }));

/** The model map: rule export (T) across, chain integration (R) up, with quadrants at the "strong" line. */
export default function ModelMapChart({ points, axisLabels, quadrants, strong, summary, live }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const chartRef = useRef<Chart<'scatter'> | null>(null);
  // The points drawn now: read by the label overlay, so new points need no new chart.
  const drawn = useRef(points);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'scatter',
      data: {
        datasets: [
          { label: 'peer', data: pointsOf(drawn.current, 'peer'), pointStyle: 'circle', pointRadius: 4, backgroundColor: 'rgba(31,78,121,0.45)', borderColor: CHART_STYLE.compare },
          { label: 'reference', data: pointsOf(drawn.current, 'reference'), pointStyle: 'rect', pointRadius: 5, backgroundColor: '#ffffff', borderColor: CHART_STYLE.reference, borderWidth: 2 },
          { label: 'firm', data: pointsOf(drawn.current, 'firm'), pointStyle: 'triangle', pointRadius: 9, backgroundColor: CHART_STYLE.firm, borderColor: CHART_STYLE.firm },
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
      plugins: [overlay(() => drawn.current, quadrants, strong), areaVariables(() => box.current)],
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [axisLabels, quadrants, strong]);
  // New points (the planner's what-if, a peer added) redraw the same chart: no new canvas, scales or layout.
  useEffect(() => {
    const chart = chartRef.current;
    if (drawn.current === points) return;
    drawn.current = points;
    // A chart that could not get a drawing context (no canvas support) has nothing to update; the table says it all.
    if (!chart?.ctx) return;
    KINDS.forEach((kind, i) => {
      chart.data.datasets[i]!.data = pointsOf(points, kind);
    });
    chart.update('none');
  }, [points]);
  return (
    <div className="chart-box square" ref={box}>
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a canvas drawing has no <img> equivalent */}
      <canvas ref={canvas} role="img" aria-label={summary} />
      {live && live.length > 0 && (
        // What the marks say is in the canvas's label and the table beside the chart.
        <div className="map-marks" aria-hidden="true">
          {labelPlaces(live).map((place, i) => (
            <LiveMark key={live[i]!.label} point={live[i]!} {...place} />
          ))}
        </div>
      )}
    </div>
  );
}
