import { useEffect, useRef } from 'react';
import { Chart, CHART_STYLE } from '@/lib/charts/chart-setup';

export interface RadarSeries {
  label: string;
  values: number[];
  /** The second series is drawn dashed so the two differ in greyscale too. */
  kind: 'primary' | 'secondary';
}

interface Props {
  /** One label per axis; an array of strings is drawn as several lines. */
  labels: (string | string[])[];
  series: RadarSeries[];
  /** Short description for assistive technology; the data table beside the chart has the figures. */
  summary: string;
}

/** A 0–100 radar of the eight dimensions. Static (no animation) so it prints and screenshots as drawn. */
export default function RadarChart({ labels, series, summary }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'radar',
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: s.kind === 'primary' ? CHART_STYLE.firm : CHART_STYLE.compare,
          backgroundColor: s.kind === 'primary' ? CHART_STYLE.firmFill : CHART_STYLE.compareFill,
          borderDash: s.kind === 'primary' ? [] : [6, 4],
          pointStyle: s.kind === 'primary' ? 'circle' : 'rectRot',
          pointRadius: 3,
          fill: true,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, backdropColor: 'transparent', color: CHART_STYLE.ink, font: { family: CHART_STYLE.font } },
            grid: { color: CHART_STYLE.grid },
            angleLines: { color: CHART_STYLE.grid },
            pointLabels: { color: CHART_STYLE.ink, font: { family: CHART_STYLE.font, size: 12 } },
          },
        },
        plugins: { tooltip: { enabled: true } },
      },
    });
    return () => chart.destroy();
  }, [labels, series]);
  return (
    <div className="chart-box">
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a canvas drawing has no <img> equivalent */}
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
