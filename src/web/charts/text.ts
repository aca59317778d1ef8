/** Estimates for laying out text in SVG without measuring it (the builders run outside the browser too). */

/** About how wide a text is at a font size, in px (Segoe UI / Arial average glyph ≈ 0.56 em, digits of DejaVu Sans 0.64: 0.6). */
export function textWidth(text: string, size = 12): number {
  return text.length * size * 0.6;
}

/** A text cut to `max` characters with an ellipsis; the whole text stays in the chart's table and tooltips. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Dark or white text, whichever reads better on a fill (`#RRGGBB`), by its relative luminance. */
export function textOn(fill: string): string {
  const rgb = [1, 3, 5].map((i) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (rgb[0] ?? 0) + 0.7152 * (rgb[1] ?? 0) + 0.0722 * (rgb[2] ?? 0);
  // Contrast with black (L + 0.05) / 0.05 against white 1.05 / (L + 0.05): the larger wins.
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#1b1b1b" : "#ffffff";
}
