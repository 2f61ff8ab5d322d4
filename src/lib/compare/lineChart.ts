import { scaleLinear } from 'd3-scale';

/** One line: a share (0–1, or null where nothing is counted) per year. */
export interface LineSeries {
	id: string;
	points: { year: number; share: number | null }[];
}

/** An SVG line chart laid out: paths in a `width` × `height` box, with its ticks. */
export interface LineChartLayout {
	lines: { id: string; d: string; last: { x: number; y: number } | null }[];
	xTicks: { year: number; x: number }[];
	yTicks: { percent: number; y: number }[];
	plot: { left: number; top: number; right: number; bottom: number };
}

/** Room for the axes' labels, in SVG units. */
const MARGIN = { top: 10, right: 16, bottom: 24, left: 40 };

/**
 * Lays out shares over years as SVG paths (a gap where a year has no share), with year ticks
 * every `yearStep` years and share ticks every 25 %. Pure: no DOM, the component only draws.
 * @example lineChart([{ id: 'eu', points: [{ year: 1988, share: 0.1 }, { year: 1989, share: 0.2 }] }], 600, 240)
 */
export function lineChart(
	series: readonly LineSeries[],
	width: number,
	height: number,
	yearStep = 5
): LineChartLayout {
	const years = series.flatMap((s) => s.points.map((p) => p.year));
	const first = Math.min(...years);
	const last = Math.max(...years);
	const plot = {
		left: MARGIN.left,
		top: MARGIN.top,
		right: width - MARGIN.right,
		bottom: height - MARGIN.bottom
	};
	const x = scaleLinear()
		.domain([first, Math.max(last, first + 1)])
		.range([plot.left, plot.right]);
	const y = scaleLinear().domain([0, 1]).range([plot.bottom, plot.top]);
	const round = (n: number) => Math.round(n * 10) / 10;
	const lines = series.map((s) => {
		let d = '';
		let pen = false;
		let end: { x: number; y: number } | null = null;
		for (const p of s.points) {
			if (p.share === null) {
				pen = false;
				continue;
			}
			end = { x: round(x(p.year)), y: round(y(p.share)) };
			d += `${pen ? 'L' : 'M'}${end.x},${end.y}`;
			pen = true;
		}
		return { id: s.id, d, last: end };
	});
	const xTicks: LineChartLayout['xTicks'] = [];
	if (years.length) {
		for (let year = first; year <= last; year += yearStep) xTicks.push({ year, x: round(x(year)) });
		if (xTicks.at(-1)?.year !== last) xTicks.push({ year: last, x: round(x(last)) });
	}
	const yTicks = [0, 25, 50, 75, 100].map((percent) => ({ percent, y: round(y(percent / 100)) }));
	return { lines, xTicks, yTicks, plot };
}
