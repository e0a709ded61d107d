/**
 * A horizontal bar chart of counts by category (decisions by finding type, by surface). Plain HTML
 * rather than a scaled SVG, so the labels and the axis keep their size on a phone: one row per
 * category (its name, a bar, its count), then an axis with its ticks and its title.
 */
export function CountChart(props: { id: string; title: string; axis: string; rows: Array<{ label: string; key: string; count: number }>; empty: string }) {
  const { id, title, axis, rows } = props;
  if (rows.length === 0) return <p class="muted">{props.empty}</p>;
  const max = Math.max(1, ...rows.map((r) => r.count));
  // A scale of round steps (1, 2 or 5 × a power of ten), about four of them, ending at or above the largest count.
  const raw = Math.max(1, max / 4);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  return (
    <figure class="count-chart" aria-labelledby={`${id}-title`} data-testid={id}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}
      </figcaption>
      <ul class="hbars">
        {rows.map((r) => (
          <li key={r.key} data-key={r.key}>
            <span class="hbar-label">{r.label}</span>
            <span class="hbar-track" aria-hidden="true">
              <span class="hbar" style={{ width: `${(r.count / top) * 100}%` }} />
            </span>
            <span class="hbar-count">{r.count}</span>
          </li>
        ))}
      </ul>
      <div class="hbar-axis" aria-hidden="true">
        <span class="hbar-label" />
        <span class="hbar-ticks">
          {ticks.map((t) => (
            <span key={t} style={{ left: `${(t / top) * 100}%` }}>
              {t}
            </span>
          ))}
        </span>
        <span class="hbar-count" />
      </div>
      <p class="axis-title">{axis}</p>
    </figure>
  );
}
