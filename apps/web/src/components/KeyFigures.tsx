/** A row of key figures (label above a large value); `id` becomes data-figure for tests and styling. */
export function KeyFigures({ figures }: { figures: { id: string; label: string; value: string }[] }) {
  return (
    <dl className="figures">
      {figures.map((f) => (
        <div key={f.id} data-figure={f.id}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
