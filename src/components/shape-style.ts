/** How one kommune is drawn on a map view for the current period. */
export interface ShapeStyle {
  name: string;
  href: string;
  fill: string;
  /** Dark fill: labels on it are white. */
  dark: boolean;
  /** Accessible name: "Aarhus: 71,2 %". */
  label: string;
}
