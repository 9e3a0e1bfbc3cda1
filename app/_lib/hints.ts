/** Shown with every free-text field: this is a leaders' planning tool, never a case file. */
export const NO_CLIENT_DATA_HINT = "Ikke skriv opplysninger om enkeltbrukere her.";
