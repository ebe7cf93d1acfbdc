import {
  Chart,
  Filler,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';

// Only what the radar and the model map use: `chart.js/auto` would add ~60 kB gzip.
Chart.register(RadarController, ScatterController, RadialLinearScale, LinearScale, PointElement, LineElement, Filler, Tooltip);

/** Colours and dashes that stay distinguishable in greyscale print. */
export const CHART_STYLE = {
  ink: '#1b1b1f',
  grid: '#c9c5bf',
  firm: '#8c1d18',
  firmFill: 'rgba(140, 29, 24, 0.15)',
  compare: '#1f4e79',
  compareFill: 'rgba(31, 78, 121, 0.08)',
  reference: '#5a5a66',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
};

export { Chart };
