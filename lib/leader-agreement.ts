/** How far a partnership's lederavtale for a year has come, as the fylke's pages show it. */
export type AgreementYearStatus = "signert" | "delvis_signert" | "utkast" | "mangler";
