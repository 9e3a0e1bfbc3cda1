/** The minimumsløsning: always in every office, never switched off (names: `minimumService.<key>`). */
export const minimumServiceKeys = [
  "okonomisk_sosialhjelp",
  "midlertidig_botilbud",
  "opplysning_rad_veiledning",
  "individuell_plan",
  "kvalifiseringsprogrammet",
] as const;

export type MinimumServiceKey = (typeof minimumServiceKeys)[number];
