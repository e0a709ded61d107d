/** Decisions per day, stacked by decision type: a plain SVG, with the numbers as a table too. */

const COLORS: Record<string, string> = {
  allow: "#2f7d32",
  notice: "#1f63b4",
  warn: "#a15c00",
  redact: "#7b3fa0",
  review: "#006d77",
  block: "#b3261e",
};
const ORDER = ["allow", "notice", "warn", "redact", "review", "block"];

/**
 * `title`, `empty`, `axis` and `colors` let another page stack other series (the leakage dashboard:
 * enforced and shadow violations); the defaults are the decision log's.
 */
export function BarChart({
  rows,
  title = "Decisions per day by type, last 30 days",
  empty = "No decisions in the last 30 days yet.",
  axis,
  colors = COLORS,
  id = "chart-title",
}: {
  rows: Array<{ day: string; decision: string; count: number }>;
  title?: string;
  empty?: string;
  axis?: string;
  colors?: Record<string, string>;
  id?: string;
}) {
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const order = colors === COLORS ? ORDER : Object.keys(colors);
  const types = order.filter((t) => rows.some((r) => r.decision === t)).concat([...new Set(rows.map((r) => r.decision))].filter((t) => !order.includes(t)));
  const count = (day: string, type: string) => rows.find((r) => r.day === day && r.decision === type)?.count ?? 0;
  const totals = days.map((d) => types.reduce((n, t) => n + count(d, t), 0));
  const max = Math.max(1, ...totals);
  const width = 640;
  const height = 220;
  const pad = { left: 36, right: 8, top: 10, bottom: 34 };
  const band = days.length ? (width - pad.left - pad.right) / days.length : 0;
  const barW = Math.min(48, band * 0.7);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  // A date under every bar runs together past a dozen days (a 30-day window): label about ten of them, counting
  // back from the newest, which is always labelled.
  const labelEvery = Math.max(1, Math.ceil(days.length / 10));
  const labelled = (i: number) => (days.length - 1 - i) % labelEvery === 0;
  if (days.length === 0) return <p>{empty}</p>;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={id}>
        <title id={id}>{title}</title>
        <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} stroke="#555" />
        <text x={pad.left - 6} y={y(max) + 4} text-anchor="end" font-size="11" fill="#333">
          {max}
        </text>
        <text x={pad.left - 6} y={y(0)} text-anchor="end" font-size="11" fill="#333">
          0
        </text>
        {days.map((d, i) => {
          let acc = 0;
          const x = pad.left + i * band + (band - barW) / 2;
          return (
            <g key={d}>
              {types.map((t) => {
                const v = count(d, t);
                if (!v) return null;
                const top = y(acc + v);
                const rect = <rect x={x} y={top} width={barW} height={y(acc) - top} fill={colors[t] ?? "#666"}><title>{`${d}: ${v} ${t}`}</title></rect>;
                acc += v;
                return rect;
              })}
              {labelled(i) && (
                <text x={x + barW / 2} y={height - pad.bottom + 14} text-anchor="middle" font-size="11" fill="#333">
                  {d.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {axis && <p class="axis-title">{axis}</p>}
        <ul class="legend">
          {types.map((t) => (
            <li key={t}>
              <span class="swatch" style={{ background: colors[t] ?? "#666" }} aria-hidden="true" /> {t}
            </li>
          ))}
        </ul>
        <details>
          <summary>Show the numbers</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {types.map((t) => (
                  <th scope="col" key={t}>
                    {t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d}>
                  <th scope="row">{d}</th>
                  {types.map((t) => (
                    <td key={t}>{count(d, t)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
