// Placeholder: this view is being built (see issues).
export default function Placeholder() {
  return <p data-testid="placeholder-trends">…</p>;
}
