// A corpus generator for benchmarks, written so that its statistics match real news coverage
// (bench/README.md gives the targets and how they were measured): English and German articles
// about generated disasters and protests, dense with figures, names, places and sources, in
// sentences as long as the news writes them. Stories are shared by several outlets, which
// update the figures as they go; some stories run on the wire, copied word for word by many
// outlets (syndication), some are translated. Every word here was written for the bench and
// the text is made from templates: it is never copied from an article. Deterministic for a
// given seed. The tests use the hand-written demo corpus instead.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Changes whenever the text generated for a seed changes: corpora written before are written again. */
export const GENERATOR_VERSION = "news-2";

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type R = () => number;
type Lang = "en" | "de";
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: R, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

// People: first and last names the generator combines, some with two spellings ([en, de]).
const FIRST = [
  ["Dmitry", "Dmitri"],
  ["Yevgeny", "Jewgeni"],
  ["Mikhail", "Michail"],
  ["Yuri", "Juri"],
  ["Sergei", "Sergej"],
  ["Alexei", "Alexej"],
  ["Kalani", "Kalani"],
  ["Leilani", "Leilani"],
  ["Thomas", "Thomas"],
  ["Sabine", "Sabine"],
  ["Jonas", "Jonas"],
  ["Maria", "Maria"],
  ["David", "David"],
  ["Keoni", "Keoni"],
  ["Andrea", "Andrea"],
  ["Peter", "Peter"],
  ["Laura", "Laura"],
  ["Julia", "Julia"],
  ["Markus", "Markus"],
  ["Hannah", "Hannah"],
] as const;
const LAST = [
  ["Zhukov", "Schukow"],
  ["Kharitonov", "Charitonow"],
  ["Vasiliev", "Wassiljew"],
  ["Akana", "Akana"],
  ["Kahale", "Kahale"],
  ["Brenner", "Brenner"],
  ["Hoffmann", "Hoffmann"],
  ["Kowalski", "Kowalski"],
  ["Lindqvist", "Lindqvist"],
  ["Okafor", "Okafor"],
  ["Ramirez", "Ramirez"],
  ["Fischer", "Fischer"],
  ["Weber", "Weber"],
  ["Nakamura", "Nakamura"],
  ["Moreau", "Moreau"],
  ["Sokolov", "Sokolow"],
  ["Petersen", "Petersen"],
  ["Keller", "Keller"],
  ["Yermakov", "Jermakow"],
  ["Delgado", "Delgado"],
] as const;
// Towns are made from two parts (600 of them), so that unrelated stories rarely share a place:
// what `check` compares is the same figure in the same place, and a dozen towns for thousands
// of stories had made every story's figures meet those of hundreds of others.
const TOWN_HEADS = [
  "Harb",
  "West",
  "Kall",
  "Ald",
  "East",
  "River",
  "Neu",
  "Ilg",
  "Lake",
  "Marr",
  "Ober",
  "King",
  "Stein",
  "Bir",
  "Wald",
  "Ash",
  "Elm",
  "Gran",
  "Hol",
  "Lin",
  "Mor",
  "Nor",
  "Ost",
  "Pem",
  "Quer",
  "Ros",
  "Sal",
  "Tal",
  "Ulm",
  "Ver",
];
const TOWN_TAILS = [
  "ton",
  "mere",
  "berg",
  "hafen",
  "holm",
  "side",
  "feld",
  "dorf",
  "bay",
  "wald",
  "bridge",
  "burg",
  "ford",
  "stadt",
  "wick",
  "heim",
  "by",
  "port",
  "moor",
  "field",
];
const town = (r: R): string => pick(r, TOWN_HEADS) + pick(r, TOWN_TAILS);
const REGIONS = [
  ["the Northern Province", "der Nordprovinz"],
  ["Alder County", "Alder County"],
  ["the Lakes District", "dem Seenbezirk"],
  ["the Western Coast", "der Westküste"],
] as const;
const OUTLETS_EN = [
  "Baltic Ledger",
  "Northern Courier",
  "Caspian Daily",
  "Eastern Wire",
  "Harbour Gazette",
  "Steppe Monitor",
  "Border Post",
  "Continental Review",
  "Island Times",
  "Morning Herald",
  "Valley News",
  "Coastal Observer",
];
const OUTLETS_DE = [
  "Rheinische Rundschau",
  "Nordkurier am Abend",
  "Alpenblatt",
  "Hanse-Depesche",
  "Mitteldeutscher Anzeiger",
  "Seeblick Zeitung",
  "Oberländer Tagblatt",
];
const AGENCIES = [
  ["Associated Wire", "AW"],
  ["Global Press Agency", "GPA"],
  ["Continental News Service", "CNS"],
] as const;
// Sources: [en, de].
const OFFICES = [
  ["the fire department", "die Feuerwehr"],
  ["the county's emergency agency", "die Katastrophenschutzbehörde"],
  ["police", "die Polizei"],
  ["the governor's office", "das Büro des Gouverneurs"],
  ["the organisers", "die Veranstalter"],
  ["the interior ministry", "das Innenministerium"],
] as const;
const ROLES = [
  ["the county's fire chief", "Feuerwehrchef"],
  ["a police spokesperson", "Polizeisprecher"],
  ["the governor", "Gouverneur"],
  ["the mayor", "Bürgermeister"],
  ["an emergency manager", "Einsatzleiter"],
  ["a spokesperson for the organisers", "Sprecher der Veranstalter"],
] as const;
const WEEKDAYS = [
  ["Monday", "Montag"],
  ["Tuesday", "Dienstag"],
  ["Wednesday", "Mittwoch"],
  ["Thursday", "Donnerstag"],
  ["Friday", "Freitag"],
  ["Saturday", "Samstag"],
  ["Sunday", "Sonntag"],
] as const;
const MONTHS = [
  ["January", "Januar"],
  ["February", "Februar"],
  ["March", "März"],
  ["April", "April"],
  ["May", "Mai"],
  ["June", "Juni"],
  ["July", "Juli"],
  ["August", "August"],
  ["September", "September"],
  ["October", "Oktober"],
  ["November", "November"],
  ["December", "Dezember"],
] as const;

interface Person {
  first: number;
  last: number;
  age: number;
  role: number;
}

/** What a story is about and its figures: the truth each outlet reports, updated over days. */
interface Story {
  kind: "fire" | "flood" | "protest";
  town: string;
  region: number;
  month: number;
  day: number;
  year: number;
  deaths: number;
  missing: number;
  evacuated: number;
  homes: number;
  hectares: number;
  crowd: number;
  damage: number;
  share: number;
  officials: Person[];
  residents: Person[];
  office: number;
  agency: number;
}

function person(r: R): Person {
  return {
    first: int(r, 0, FIRST.length - 1),
    last: int(r, 0, LAST.length - 1),
    age: int(r, 19, 88),
    role: int(r, 0, ROLES.length - 1),
  };
}

function newStory(r: R): Story {
  return {
    kind: pick(r, ["fire", "flood", "protest"] as const),
    town: town(r),
    region: int(r, 0, REGIONS.length - 1),
    month: int(r, 0, 11),
    day: int(r, 1, 20),
    year: int(r, 2021, 2025),
    deaths: int(r, 3, 120),
    missing: int(r, 10, 1200),
    evacuated: int(r, 2, 90) * 100,
    homes: int(r, 50, 2500),
    hectares: int(r, 200, 9000),
    crowd: int(r, 3, 40) * 5000,
    damage: int(r, 2, 90) / 10,
    share: int(r, 20, 90),
    officials: [person(r), person(r)],
    residents: [person(r), person(r), person(r)],
    office: int(r, 0, OFFICES.length - 1),
    agency: int(r, 0, AGENCIES.length - 1),
  };
}

const fmt = (n: number, l: Lang): string => n.toLocaleString(l === "en" ? "en-US" : "de-DE");
const name = (p: Person, l: Lang): string =>
  `${FIRST[p.first]![l === "en" ? 0 : 1]} ${LAST[p.last]![l === "en" ? 0 : 1]}`;
const lastName = (p: Person, l: Lang): string => LAST[p.last]![l === "en" ? 0 : 1];
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/** What one article knows: the story's figures as of its day (they grow as the days pass). */
interface View {
  s: Story;
  l: Lang;
  r: R;
  day: number;
  deaths: number;
  missing: number;
}

// The sentences an article is made of. Each template is one sentence in both languages, as a
// newsroom would write it: figures with qualifiers, units and their conversions, sources, dates,
// durations, ages with names, money; and sentences with no figure, often with names in them.
type Template = (v: View) => string;

const figureSentences: Template[] = [
  ({ s, l, r, deaths }) =>
    l === "en"
      ? `${pick(r, ["At least", "More than", "Nearly", "Some"])} ${fmt(deaths, l)} people have died in ${s.town}, ${pick(r, ["officials said", `according to ${OFFICES[s.office]![0]}`, "the authorities confirmed"])} on ${MONTHS[s.month]![0]} ${s.day}, making it the deadliest disaster in ${REGIONS[s.region]![0]} in decades.`
      : `${pick(r, ["Mindestens", "Mehr als", "Fast", "Rund"])} ${fmt(deaths, l)} Menschen sind in ${s.town} ums Leben gekommen, wie ${OFFICES[s.office]![1]} am ${s.day}. ${MONTHS[s.month]![1]} mitteilte.`,
  ({ l, r, missing }) =>
    l === "en"
      ? `About ${fmt(missing, l)} people were still unaccounted for, ${pick(r, ["down from", "up from", "compared with"])} ${fmt(missing + int(r, -200, 400) + 300, l)} a day earlier.`
      : `Etwa ${fmt(missing, l)} Menschen galten noch als vermisst, nach ${fmt(missing + int(r, -200, 400) + 300, l)} am Vortag.`,
  ({ s, l }) =>
    l === "en"
      ? `${cap(OFFICES[s.office]![0])} said ${fmt(s.evacuated, l)} residents had been evacuated from ${s.town} and nearby villages.`
      : `Nach Angaben der Behörden wurden ${fmt(s.evacuated, l)} Bewohner aus ${s.town} und den umliegenden Dörfern in Sicherheit gebracht.`,
  ({ s, l, r }) =>
    l === "en"
      ? `The ${s.kind === "flood" ? "water" : "fire"} destroyed or damaged ${pick(r, ["more than", "nearly", "about"])} ${fmt(s.homes, l)} buildings across ${fmt(s.hectares, l)} hectares.`
      : `${s.kind === "flood" ? "Das Wasser" : "Das Feuer"} zerstörte oder beschädigte ${pick(r, ["mehr als", "fast", "rund"])} ${fmt(s.homes, l)} Gebäude auf ${fmt(s.hectares, l)} Hektar.`,
  ({ s, l, r }) =>
    l === "en"
      ? `${name(s.residents[0]!, l)}, ${s.residents[0]!.age}, said she had ${pick(r, ["ten minutes", "half an hour", "less than an hour"])} to leave her house on ${pick(r, ["Front Street", "the harbour road", "Mill Lane"])} before the ${s.kind === "flood" ? "water" : "flames"} reached it.`
      : `${name(s.residents[0]!, l)} (${s.residents[0]!.age}) sagt, sie habe ${pick(r, ["zehn Minuten", "eine halbe Stunde", "weniger als eine Stunde"])} gehabt, um ihr Haus in der ${pick(r, ["Hafenstraße", "Mühlgasse", "Uferstraße"])} zu verlassen.`,
  ({ s, l, r }) =>
    l === "en"
      ? `"We lost everything," said ${s.residents[1]!.age}-year-old ${name(s.residents[1]!, l)}, who ${pick(r, ["has run a bakery", "has worked at the harbour", "has taught at the school"])} in ${s.town} for decades.`
      : `"Wir haben alles verloren", sagte der ${s.residents[1]!.age}-jährige ${name(s.residents[1]!, l)}, der seit Jahrzehnten in ${s.town} ${pick(r, ["eine Bäckerei führt", "am Hafen arbeitet", "an der Schule unterrichtet"])}.`,
  ({ s, l, r }) =>
    l === "en"
      ? `The damage was estimated at $${fmt(s.damage, l)} billion, ${ROLES[s.officials[0]!.role]![0]} told reporters, adding that ${pick(r, ["insurers", "the state", "federal agencies"])} would cover ${s.share} percent.`
      : `Den Schaden schätzte ${ROLES[s.officials[0]!.role]![1]} ${name(s.officials[0]!, l)} auf ${fmt(s.damage, l)} Milliarden Euro; ${pick(r, ["die Versicherer", "das Land", "der Bund"])} werde ${s.share} Prozent übernehmen.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Strong winds drove the ${s.kind === "flood" ? "storm" : "fire"} ${int(r, 3, 25)} kilometres across ${REGIONS[s.region]![0]}, ${pick(r, ["forecasters said", "the weather service said", "according to meteorologists"])}.`
      : `Starke Windböen trieben ${s.kind === "flood" ? "den Sturm" : "das Feuer"} ${int(r, 3, 25)} Kilometer weit durch ${REGIONS[s.region]![1]}.`,
  ({ s, l, r }) =>
    l === "en"
      ? `The ${s.kind === "protest" ? "demonstration" : "disaster"} began on ${MONTHS[s.month]![0]} ${s.day}, ${s.year}, and ${int(r, 200, 900)} firefighters were still deployed.`
      : `${s.kind === "protest" ? "Die Proteste" : "Die Katastrophe"} begann am ${s.day}. ${MONTHS[s.month]![1]} ${s.year}; noch immer sind ${int(r, 200, 900)} Einsatzkräfte vor Ort.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Police put the crowd at ${fmt(s.crowd, l)}, while ${pick(r, ["the organisers", "the union", "the alliance behind the march"])} spoke of ${fmt(s.crowd * int(r, 2, 4), l)} people.`
      : `Die Polizei sprach von ${fmt(s.crowd, l)} Teilnehmern, die Veranstalter von ${fmt(s.crowd * int(r, 2, 4), l)}.`,
  ({ s, l, r, deaths }) =>
    l === "en"
      ? `The toll rose to ${fmt(deaths, l)} on ${WEEKDAYS[(s.day + 1) % 7]![0]}, and ${lastName(s.officials[1]!, l)} warned that it could ${pick(r, ["double", "rise further", "climb sharply"])} as ${int(r, 20, 80)} search teams reached the ${pick(r, ["old town", "harbour district", "hillside neighbourhoods"])}.`
      : `Die Zahl der Toten stieg am ${WEEKDAYS[(s.day + 1) % 7]![1]} auf ${fmt(deaths, l)}, und ${lastName(s.officials[1]!, l)} warnte, sie könne sich noch ${pick(r, ["verdoppeln", "deutlich erhöhen"])}, da ${int(r, 20, 80)} Suchtrupps unterwegs seien.`,
  ({ s, l, r }) =>
    l === "en"
      ? `${name(s.officials[1]!, l)}, ${s.officials[1]!.age}, ${ROLES[s.officials[1]!.role]![0]}, said shelters with room for ${fmt(int(r, 5, 60) * 100, l)} people had opened.`
      : `${ROLES[s.officials[1]!.role]![1]} ${name(s.officials[1]!, l)} (${s.officials[1]!.age}) sagte, Notunterkünfte für ${fmt(int(r, 5, 60) * 100, l)} Menschen seien geöffnet worden.`,
  ({ l, r }) =>
    l === "en"
      ? `Power was out for ${fmt(int(r, 2, 80) * 1000, l)} customers, and ${pick(r, ["the utility", "the grid operator"])} said it would take ${int(r, 2, 14)} days to restore it.`
      : `${fmt(int(r, 2, 80) * 1000, l)} Haushalte waren ohne Strom; der Netzbetreiber rechnet mit ${int(r, 2, 14)} Tagen für die Reparatur.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Of the ${fmt(int(r, 20, 300), l)} victims identified so far, ${int(r, 5, 19)} were older than 70, ${lastName(s.officials[0]!, l)} said.`
      : `Von den bisher ${fmt(int(r, 20, 300), l)} identifizierten Opfern waren ${int(r, 5, 19)} älter als 70 Jahre, sagte ${lastName(s.officials[0]!, l)}.`,
  ({ s, l, r }) =>
    l === "en"
      ? `The road out of ${s.town} reopened after ${int(r, 12, 72)} hours on ${MONTHS[s.month]![0]} ${s.day + 2}.`
      : `Die Straße aus ${s.town} war ${int(r, 12, 72)} Stunden gesperrt und wurde am ${s.day + 2}. ${MONTHS[s.month]![1]} wieder geöffnet.`,
  ({ l, r }) =>
    l === "en"
      ? `${pick(r, ["Dozens", "Hundreds"])} of homes were lost.`
      : `${pick(r, ["Dutzende", "Hunderte"])} Häuser wurden zerstört.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Schools in ${s.town} will stay closed for ${int(r, 2, 14)} days.`
      : `Die Schulen in ${s.town} bleiben ${int(r, 2, 14)} Tage geschlossen.`,
  ({ l, r }) =>
    l === "en"
      ? `It was one of the worst nights ${pick(r, ["anyone here remembers", "in the town's history"])}.`
      : `Es war eine der schlimmsten Nächte ${pick(r, ["seit Menschengedenken", "in der Geschichte der Stadt"])}.`,
  ({ l, r }) =>
    l === "en"
      ? `The number of dead stood at ${int(r, 5, 200)} late on Tuesday.`
      : `Die Zahl der Toten lag am Dienstagabend bei ${int(r, 5, 200)}.`,
  ({ s, l, r }) =>
    l === "en"
      ? `About ${int(r, 20, 80)} percent of ${s.town} was without water.`
      : `Rund ${int(r, 20, 80)} Prozent von ${s.town} waren ohne Wasser.`,
  ({ s, l }) =>
    l === "en"
      ? `The last such disaster struck ${s.town} in ${s.year - 31}.`
      : `Die letzte solche Katastrophe traf ${s.town} im Jahr ${s.year - 31}.`,
  ({ l, r }) =>
    l === "en"
      ? `Donors have pledged $${int(r, 2, 90)} million in aid.`
      : `Spender sagten ${int(r, 2, 90)} Millionen Euro Hilfe zu.`,
];

const plainSentences: Template[] = [
  ({ s, l, r }) =>
    l === "en"
      ? `${name(s.officials[0]!, l)}, ${ROLES[s.officials[0]!.role]![0]}, described the scene in ${s.town} as ${pick(r, ["devastating", "apocalyptic", "heartbreaking"])} and asked residents to stay away from the area.`
      : `${ROLES[s.officials[0]!.role]![1]} ${name(s.officials[0]!, l)} beschrieb die Lage in ${s.town} als verheerend und bat die Bewohner, das Gebiet zu meiden.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Many families in ${s.town} had ${pick(r, ["no warning", "little warning", "only minutes"])} before the ${s.kind === "flood" ? "river burst its banks" : "flames reached their street"}, and some escaped with nothing but the clothes they wore.`
      : `Viele Familien in ${s.town} hatten ${pick(r, ["keine Warnung", "kaum Vorwarnung"])}, bevor ${s.kind === "flood" ? "der Fluss über die Ufer trat" : "die Flammen ihre Straße erreichten"}, und manche retteten nur das, was sie am Leib trugen.`,
  ({ s, l, r }) =>
    l === "en"
      ? `${name(s.residents[2]!, l)} and her neighbour spent the night in a school gym in ${town(r)}, where volunteers from the Red Cross handed out blankets and water.`
      : `${name(s.residents[2]!, l)} und ihr Nachbar verbrachten die Nacht in einer Turnhalle in ${town(r)}, wo Helfer des Roten Kreuzes Decken und Wasser verteilten.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Questions grew over why the sirens in ${REGIONS[s.region]![0]} stayed silent, and ${lastName(s.officials[1]!, l)} promised a full review once the ${pick(r, ["search", "recovery", "clean-up"])} was over.`
      : `Die Frage, warum die Sirenen in ${REGIONS[s.region]![1]} stumm blieben, wurde lauter; ${lastName(s.officials[1]!, l)} versprach eine Untersuchung.`,
  ({ s, l, r }) =>
    l === "en"
      ? `The President said on ${WEEKDAYS[(s.day + 2) % 7]![0]} that the federal government would send ${pick(r, ["whatever is needed", "help without delay", "every resource it has"])} to ${REGIONS[s.region]![0]}.`
      : `Der Präsident sagte am ${WEEKDAYS[(s.day + 2) % 7]![1]}, die Regierung werde ${REGIONS[s.region]![1]} jede nötige Hilfe schicken.`,
  ({ l, r }) =>
    l === "en"
      ? `Images from the ${pick(r, ["harbour", "old town", "main street"])} showed blackened cars, collapsed roofs and boats ${pick(r, ["sunk at their moorings", "thrown onto the quay"])}.`
      : `Bilder aus ${pick(r, ["dem Hafen", "der Altstadt", "der Hauptstraße"])} zeigten ausgebrannte Autos, eingestürzte Dächer und zerstörte Boote.`,
  ({ l, r }) =>
    l === "en"
      ? `Residents who returned found their streets ${pick(r, ["unrecognisable", "covered in ash", "under mud"])}, and officials warned that the water was not yet safe to drink.`
      : `Wer zurückkehrte, fand die eigene Straße ${pick(r, ["kaum wieder", "unter Asche", "voller Schlamm"])}; die Behörden warnten, das Leitungswasser sei noch nicht trinkbar.`,
  ({ s, l }) =>
    l === "en"
      ? `${cap(OFFICES[s.office]![0])} asked anyone missing a relative to call its hotline, and said the names of the dead would be published once families had been told.`
      : `${cap(OFFICES[s.office]![1])} bat Angehörige von Vermissten, sich bei der Hotline zu melden; die Namen der Toten würden erst nach Benachrichtigung der Familien veröffentlicht.`,
  ({ s, l, r }) =>
    l === "en"
      ? `Scientists at the University of ${town(r)} said a dry summer and strong winds had made the ${s.kind === "flood" ? "storm" : "fire"} unusually fast, and that such events were becoming more common.`
      : `Forscher der Universität ${town(r)} sagten, ein trockener Sommer und starker Wind hätten die Lage verschärft, und solche Ereignisse würden häufiger.`,
  ({ s, l }) =>
    l === "en"
      ? `The governor and Mayor ${lastName(s.officials[1]!, l)} toured the damage on foot and met families at the shelter in ${s.town}.`
      : `Der Gouverneur und Bürgermeister ${lastName(s.officials[1]!, l)} besichtigten die Schäden zu Fuß und trafen Familien in der Notunterkunft.`,
  ({ l, r }) =>
    l === "en"
      ? `${pick(r, ["The search goes on.", "Help is on the way, officials said.", "The cause is not yet known.", "Roads remain closed."])}`
      : `${pick(r, ["Die Suche geht weiter.", "Hilfe ist unterwegs, hieß es.", "Die Ursache ist noch unklar.", "Die Straßen bleiben gesperrt."])}`,
  ({ l, r }) =>
    l === "en"
      ? `Officials urged people to ${pick(r, ["follow the evacuation orders", "stay off the roads", "check on their neighbours"])} and to listen to local radio for updates.`
      : `Die Behörden riefen dazu auf, ${pick(r, ["den Anweisungen zu folgen", "die Straßen zu meiden"])} und das Radio einzuschalten.`,
  ({ s, l, r }) =>
    l === "en"
      ? `In ${s.town}, shops stayed shut and ${pick(r, ["the harbour was empty", "the streets were quiet", "smoke hung over the bay"])}.`
      : `In ${s.town} blieben die Geschäfte geschlossen, ${pick(r, ["der Hafen war leer", "die Straßen waren still"])}.`,
  ({ l, r }) =>
    l === "en"
      ? `"${pick(r, ["It is hard to believe", "We need help", "Nobody was ready for this"])}," a resident said.`
      : `"${pick(r, ["Es ist kaum zu glauben", "Wir brauchen Hilfe", "Niemand war darauf vorbereitet"])}", sagte eine Anwohnerin.`,
];

/** One article: a headline and paragraphs of one to three sentences, about 2 KB of body. */
function article(v: View, outlet: string, agency: readonly [string, string] | null): string {
  const { l, r, s } = v;
  const sentences: string[] = [];
  const want = int(r, 12, 26);
  for (let k = 0; k < want; k++) sentences.push(r() < 0.36 ? pick(r, figureSentences)(v) : pick(r, plainSentences)(v));
  const paras: string[] = [];
  for (let k = 0; k < sentences.length; ) {
    const n = int(r, 1, 3);
    paras.push(sentences.slice(k, k + n).join(" "));
    k += n;
  }
  const title =
    l === "en"
      ? `${fmt(v.deaths, l)} dead in ${s.town} as ${s.kind === "flood" ? "floods" : s.kind === "fire" ? "fires" : "unrest"} hit ${REGIONS[s.region]![0]}`
      : `${fmt(v.deaths, l)} Tote in ${s.town}`;
  const dateline = agency ? `${s.town.toUpperCase()} (${agency[1]}) — ` : "";
  const date = `${s.year}-${String(s.month + 1).padStart(2, "0")}-${String(Math.min(28, v.day)).padStart(2, "0")}`;
  return `---\ntitle: "${title}"\noutlet: "${outlet}${agency ? ` (${agency[0]})` : ""}"\ndate: ${date}\nlang: ${l}\n---\n${title}\n\n${dateline}${paras.join("\n\n")}\n`;
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

/**
 * Articles in stories: each story is reported by several outlets in either language over a few
 * days (the figures grow); one story in eight runs on the wire and is copied word for word by
 * 2 to 40 outlets; one report in ten is translated.
 */
export function* generateArticles(count: number, seed = 1): Generator<GeneratedArticle> {
  const r = rng(seed);
  let made = 0;
  const file = (l: Lang): string => `a${String(made).padStart(6, "0")}-${l}.md`;
  while (made < count) {
    const s = newStory(r);
    const reports = int(r, 2, 8);
    for (let k = 0; k < reports && made < count; k++) {
      const l: Lang = r() < 0.66 ? "en" : "de";
      const day = s.day + k;
      const grow = 1 + k * 0.3;
      const textSeed = made * 7919 + seed;
      const v: View = {
        s,
        l,
        r: rng(textSeed),
        day,
        deaths: Math.round(s.deaths * grow),
        missing: Math.max(5, Math.round(s.missing / grow)),
      };
      const wire = r() < 0.125;
      const text = article(v, pick(r, l === "en" ? OUTLETS_EN : OUTLETS_DE), wire ? AGENCIES[s.agency]! : null);
      yield { name: file(l), text };
      made++;
      if (wire) {
        for (let c = int(r, 2, 40); c > 0 && made < count; c--) {
          yield {
            name: file(l),
            text: text.replace(/^outlet: "[^"(]*/mu, `outlet: "${pick(r, l === "en" ? OUTLETS_EN : OUTLETS_DE)} `),
          };
          made++;
        }
      }
      if (made < count && r() < 0.1) {
        const other: Lang = l === "en" ? "de" : "en";
        yield {
          name: file(other),
          text: article({ ...v, l: other, r: rng(textSeed) }, pick(r, other === "en" ? OUTLETS_EN : OUTLETS_DE), null),
        };
        made++;
      }
    }
  }
}

/** Writes N generated articles into a folder; returns the bytes written. */
export function writeCorpus(dir: string, count: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const a of generateArticles(count, seed)) {
    writeFileSync(join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}
