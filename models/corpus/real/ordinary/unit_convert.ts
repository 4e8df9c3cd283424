// units.ts — conversions used across the aviation weather widget.
export const KT_TO_MS = 0.514444;
export const FT_TO_M = 0.3048;
export const INHG_TO_HPA = 33.8639;

export function knotsToKmh(kt: number): number {
  return kt * 1.852;
}

export function densityAltitudeFt(pressureAltFt: number, oatC: number): number {
  // rule-of-thumb formula taught in private pilot ground school
  const isa = 15 - 2 * (pressureAltFt / 1000);
  return Math.round(pressureAltFt + 120 * (oatC - isa));
}

export function crosswind(windDir: number, windKt: number, runwayHdg: number) {
  const rad = ((windDir - runwayHdg) * Math.PI) / 180;
  return {
    head: Math.round(windKt * Math.cos(rad)),
    cross: Math.round(windKt * Math.sin(rad)),
  };
}
