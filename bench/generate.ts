// A corpus generator for benchmarks: N articles in English and German in the genre of the 2022
// mobilisation coverage, with figures, ages, names with transliteration variants, copies,
// translations and disagreements. Deterministic for a given seed. Written for the benchmark;
// the tests use the hand-written demo corpus instead.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: R, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

// Names as [English spelling, German spelling] pairs: the generator's own, built from parts.
const FIRST = [["Dmitry", "Dmitri"], ["Yevgeny", "Jewgeni"], ["Mikhail", "Michail"], ["Yuri", "Juri"], ["Sergei", "Sergej"], ["Alexei", "Alexej"], ["Nikolai", "Nikolai"], ["Andrei", "Andrej"], ["Yelena", "Jelena"], ["Olga", "Olga"], ["Tatyana", "Tatjana"], ["Kirill", "Kirill"], ["Artyom", "Artjom"], ["Vadim", "Wadim"], ["Pavel", "Pawel"]] as const;
const LAST = [["Zhukov", "Schukow"], ["Kharitonov", "Charitonow"], ["Vasiliev", "Wassiljew"], ["Sharapov", "Scharapow"], ["Chernov", "Tschernow"], ["Volkov", "Wolkow"], ["Yermakov", "Jermakow"], ["Tsvetkov", "Zwetkow"], ["Belov", "Below"], ["Kovalev", "Kowaljow"], ["Orlov", "Orlow"], ["Sokolov", "Sokolow"], ["Shevchenko", "Schewtschenko"], ["Gusev", "Gussew"], ["Lebedev", "Lebedew"]] as const;
const PLACES = ["Verkhny Lars", "Tbilisi", "Almaty", "Riga", "Helsinki", "Yerevan", "Istanbul", "Astana", "Ulaanbaatar", "Belgrade"];
const OUTLETS_EN = ["Baltic Ledger", "Northern Courier", "Caspian Daily", "Eastern Wire", "Harbour Gazette", "Steppe Monitor", "Border Post", "Continental Review"];
const OUTLETS_DE = ["Rheinische Rundschau", "Nordkurier am Abend", "Alpenblatt", "Hanse-Depesche", "Mitteldeutscher Anzeiger"];
const SOURCES_EN = ["the Defence Ministry", "the Kremlin", "an opposition outlet", "border officials", "the interior ministry", "rights groups"];
const SOURCES_DE = ["das Verteidigungsministerium", "der Kreml", "ein Oppositionsmedium", "die Grenzbehörden", "das Innenministerium", "Menschenrechtsgruppen"];

interface Fact {
  type: "fled" | "reservists" | "distance" | "percent" | "age" | "queue" | "money" | "date" | "filler";
  value: number;
  name?: number[];
  place?: string;
  source?: number;
}

const fmtEn = (n: number): string => n.toLocaleString("en-US");
const fmtDe = (n: number): string => n.toLocaleString("de-DE");

function render(f: Fact, lang: "en" | "de", r: R): string {
  const en = lang === "en";
  const n = en ? fmtEn(f.value) : fmtDe(f.value);
  const name = f.name ? (en ? `${FIRST[f.name[0]!]![0]} ${LAST[f.name[1]!]![0]}` : `${FIRST[f.name[0]!]![1]} ${LAST[f.name[1]!]![1]}`) : "";
  const src = en ? SOURCES_EN[f.source ?? 0]! : SOURCES_DE[f.source ?? 0]!;
  switch (f.type) {
    case "fled":
      return en ? `More than ${n} men have fled the country since the mobilisation began, according to ${src}.` : `Mehr als ${n} Männer sind seit Beginn der Mobilisierung aus dem Land geflohen, wie ${src} berichtete.`;
    case "reservists":
      return en ? `${src[0]!.toUpperCase()}${src.slice(1)} said that ${n} reservists would be called up in the first wave.` : `Laut ${src.replace(/^(das|der|die|ein) /, "")} sollen in der ersten Welle ${n} Reservisten eingezogen werden.`;
    case "distance": {
      const km = Math.round(f.value * 1.609344 / 100) * 100;
      return en ? `The journey from ${f.place} covered some ${n} miles (about ${fmtEn(km)} kilometres) in six days.` : `Die Reise von ${f.place} führte über etwa ${fmtDe(km)} Kilometer in sechs Tagen.`;
    }
    case "percent":
      return en ? `About ${f.value} percent of those who left were younger than 35, a survey found.` : `Etwa ${f.value} Prozent der Ausgereisten waren jünger als 35 Jahre, ergab eine Umfrage.`;
    case "age":
      return en ? `"We left at night," said ${f.value}-year-old ${name}, who now lives in ${f.place}.` : `"Wir sind nachts gegangen", sagte ${name} (${f.value}), der jetzt in ${f.place} lebt.`;
    case "queue":
      return en ? `At ${f.place}, a queue of up to ${n} cars stretched for ${int(r, 5, 30)} kilometres on ${pick(r, ["Sunday", "Monday", "Tuesday"])}.` : `In ${f.place} stauten sich bis zu ${n} Autos auf einer Länge von ${int(r, 5, 30)} Kilometern.`;
    case "money":
      return en ? `A seat on a flight out cost as much as $${n}, travellers said.` : `Ein Platz in einem Flugzeug kostete bis zu ${n} Euro, berichteten Reisende.`;
    case "date":
      return en ? `The decree was signed on September 21, 2022, and took effect the same day.` : `Das Dekret wurde am 21. September 2022 unterzeichnet und trat am selben Tag in Kraft.`;
    case "filler":
      return en
        ? pick(r, [
            "Many of those who crossed the border had packed in a hurry and left their families behind.",
            "Volunteers handed out water and blankets to people waiting in their cars.",
            "Officials on the other side of the border said they were working through the night.",
            "Some travellers described the atmosphere as calm but tense, with little information available.",
            "Rental prices in the capital rose sharply as newcomers looked for somewhere to stay.",
            "Local residents said they had never seen anything like it in their town.",
          ])
        : pick(r, [
            "Viele, die die Grenze überquerten, hatten in aller Eile gepackt und ihre Familien zurückgelassen.",
            "Freiwillige verteilten Wasser und Decken an die Wartenden in ihren Autos.",
            "Die Behörden auf der anderen Seite der Grenze arbeiteten nach eigenen Angaben die ganze Nacht.",
            "Manche Reisende beschrieben die Stimmung als ruhig, aber angespannt.",
            "Die Mietpreise in der Hauptstadt stiegen stark, weil Neuankömmlinge eine Unterkunft suchten.",
            "Anwohner sagten, so etwas hätten sie in ihrer Stadt noch nie gesehen.",
          ]);
  }
}

function story(r: R): Fact[] {
  const facts: Fact[] = [];
  const people = Array.from({ length: 3 }, () => [int(r, 0, FIRST.length - 1), int(r, 0, LAST.length - 1)]);
  const kinds: Fact["type"][] = ["fled", "reservists", "distance", "percent", "age", "queue", "money", "date", "age"];
  for (const k of kinds) {
    facts.push({ type: k, value: 0, place: pick(r, PLACES), name: pick(r, people), source: int(r, 0, SOURCES_EN.length - 1) });
    for (let i = int(r, 3, 7); i > 0; i--) facts.push({ type: "filler", value: 0 });
  }
  // National figures come from a few sources, so stories share them; local details (a queue,
  // a fare, a journey) are each story's own, as in real coverage.
  for (const f of facts) {
    f.value =
      f.type === "fled" ? pick(r, [200000, 260000, 300000, 700000]) :
      f.type === "reservists" ? pick(r, [300000, 300000, 1000000]) :
      f.type === "distance" ? int(r, 8, 60) * 100 :
      f.type === "percent" ? int(r, 35, 90) :
      // A person keeps one age across articles, but for a rare planted disagreement.
      f.type === "age" ? 19 + ((f.name![0]! * 7 + f.name![1]! * 13) % 37) + (r() < 0.03 ? 3 : 0) :
      f.type === "queue" ? int(r, 4, 120) * 50 :
      f.type === "money" ? int(r, 10, 300) * 100 : 0;
  }
  return facts;
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

/** Articles in groups: an original, sometimes a translation and a copy of it. */
export function* generateArticles(count: number, seed = 1): Generator<GeneratedArticle> {
  const r = rng(seed);
  let made = 0;
  while (made < count) {
    const facts = story(r);
    const lang: "en" | "de" = r() < 0.7 ? "en" : "de";
    const day = int(r, 22, 30);
    const render1 = (l: "en" | "de"): string => {
      const rr = rng(made * 7919 + 17);
      const paras: string[] = [];
      for (let i = 0; i < facts.length; i += 3) paras.push(facts.slice(i, i + 3).map((f) => render(f, l, rr)).join(" "));
      return paras.join("\n\n");
    };
    const head = (l: "en" | "de", outlet: string, d: number): string =>
      `---\ntitle: "${l === "en" ? "Men leave Russia as call-up widens" : "Männer verlassen Russland"}"\noutlet: "${outlet}"\ndate: 2022-09-${d}\nlang: ${l}\n---\n\n`;
    const body = render1(lang);
    const outlets = lang === "en" ? OUTLETS_EN : OUTLETS_DE;
    yield { name: `a${String(made).padStart(6, "0")}-${lang}.md`, text: head(lang, pick(r, outlets), day) + body + "\n" };
    made++;
    if (made < count && r() < 0.15) {
      const other = lang === "en" ? "de" : "en";
      yield { name: `a${String(made).padStart(6, "0")}-${other}.md`, text: head(other, pick(r, other === "en" ? OUTLETS_EN : OUTLETS_DE), Math.min(day + 1, 30)) + render1(other) + "\n" };
      made++;
    }
    if (made < count && r() < 0.1) {
      yield { name: `a${String(made).padStart(6, "0")}-${lang}.md`, text: head(lang, pick(r, outlets), day) + body + "\n" };
      made++;
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
