/**
 * Text for HTML that ECharts tooltips render as markup: every data value (station names, flags,
 * labels — all from uploaded or ingested data) goes through this before it is joined into HTML.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
