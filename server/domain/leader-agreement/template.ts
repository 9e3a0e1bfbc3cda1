/**
 * The app's own default wording for a new lederavtale. Written for this product: the
 * subjects follow what such agreements cover (the leader's and the owners' duties, changes
 * during the year, the joint plan as appendix), not any particular agreement's sentences.
 */
export const defaultPurpose =
  "Avtalen beskriver hva eierne i partnerskapet – kommunen og Nav fylke – forventer av Nav-lederen dette året, og hva Nav-lederen kan forvente av eierne. Den bygger på partnerskapsavtalen og den felles virksomhetsplanen, og skal gjøre det enkelt å styre kontoret som én enhet med oppgaver fra både stat og kommune.";

export const defaultLeaderDuties = [
  "Lede den daglige driften av hele kontoret, både de statlige og de kommunale tjenestene.",
  "Sørge for faglig utvikling og riktig kompetanse hos de ansatte.",
  "Nå målene i den felles virksomhetsplanen og rapportere resultater for både statlig og kommunal portefølje.",
  "Holde begge eiere orientert om avvik innen fag og kvalitet, økonomi og drift, og personal.",
  "Varsle eierne tidlig om saker som kan få oppmerksomhet i media eller politisk.",
  "Følge regelverk, rutiner og kvalitetssystemer fra begge eiere.",
  "Representere kontoret utad og i samarbeid med andre tjenester.",
  "Kalle inn til partnerskapsmøter med saksliste og skrive referat.",
];

export const defaultOwnerDuties = [
  "Holde hverandre og Nav-lederen orientert om politiske signaler og endringer i rammevilkår.",
  "Ha en planlagt styringsdialog med Nav-lederen som følger partnerskapets årshjul.",
  "Gjøre de felles prioriteringene synlige i den felles virksomhetsplanen.",
  "Ta felles ansvar for hele kontoret, ikke bare for sin egen del av oppgavene.",
  "Arbeidsgiver gjennomfører medarbeidersamtalen med Nav-lederen, forankret hos begge eiere.",
];

export const defaultChangeClause =
  "Endres rammene for kontoret i løpet av året, kan partene bli enige om å endre avtalen. En endring blir en ny versjon som alle parter signerer på nytt.";
