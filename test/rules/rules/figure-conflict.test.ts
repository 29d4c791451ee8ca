// figure-conflict: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { figureConflict } from "../../../src/rules/rules/figure-conflict.js";

// What two undated copies share, besides their death tolls.
const COPIED =
  "More than 2,000 buildings were destroyed by the water, and the damage is put at 5.5 billion dollars by the insurers of the region. Governor Anna Kessel said 400 soldiers had been sent to help, and 1,200 people slept in shelters.";

testRule(figureConflict, {
  valid: [
    {
      name: "leaves alone a figure that names no place where only some of a toll that names none names a place: no place is shown to hold another (en + de)",
      articles: [
        A("a.md", "Six people died in Tesk on Sunday, officials said.", { date: "2031-03-03" }),
        A("b.md", "The death toll rose to nine on Tuesday. Five of the dead were in the Harlow Hills.", {
          date: "2031-03-04",
        }),
        A(
          "c.md",
          "Die Zahl der Toten ist am Dienstag auf zwölf gestiegen. Fünf der Toten waren in der Region Harlow.",
          {
            date: "2031-03-04",
            lang: "de",
          },
        ),
      ],
    },
    {
      name: "oiled birds found and seals found are two counts, never one in conflict (en)",
      articles: [
        A("a.md", "By Monday volunteers had found 300 oiled birds on the Lenn estuary.", { date: "2031-06-02" }),
        A("b.md", "By Monday volunteers had found 14 oiled seals on the Lenn estuary.", { date: "2031-06-02" }),
      ],
    },
    {
      name: "oiled birds found and seals found are two counts, never one in conflict (de)",
      articles: [
        A("a.md", "Bis Montag hatten Helfer an der Lenn-Mündung 300 verölte Vögel gefunden.", {
          date: "2031-06-02",
          lang: "de",
        }),
        A("b.md", "Bis Montag hatten Helfer an der Lenn-Mündung 14 verölte Robben gefunden.", {
          date: "2031-06-02",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone a figure that names no place where the story's places do not nest: no figure names the town and the island together",
      articles: [
        A("a.md", "The fire in Tavel has killed 36 people, officials said on Tuesday.", { date: "2031-08-12" }),
        A("b.md", "The death toll on Kelmora reached 93 on Thursday, officials said.", { date: "2031-08-14" }),
        A("c.md", "The fires have killed 89 people, officials said on Thursday.", { date: "2031-08-14" }),
      ],
    },
    {
      name: "leaves alone what a ferry was licensed for and the people it carried: a limit is its own figure's only (en + de)",
      articles: [
        A("a.md", "The ferry was licensed for 300 but carried 450 on Sunday.", { date: "2031-06-15" }),
        A("b.md", "The ferry had 450 people aboard on Sunday, the coast guard said.", { date: "2031-06-15" }),
        A("c.md", "Die Fähre, die für 300 Passagiere zugelassen war, hatte am Sonntag 450 Menschen an Bord.", {
          date: "2031-06-15",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone an undated feature's figure beside a day's count of a measure with no flag of time: a guessed day is no reason to pair them (en + de)",
      articles: [
        A("a.md", "Nine people had died by Tuesday. Brenair cancelled 380 flights on Tuesday.", {
          date: "2031-04-08",
        }),
        A("b.md", "Brenair has cancelled 1,500 flights since Sunday, the airline said.", { date: "2031-04-09" }),
        A("c.md", "Nine people had died by Tuesday. The pilots' union says 2,300 flights were cancelled.", {
          date: "",
        }),
        A("d.md", "Bis Dienstag waren neun Menschen gestorben. Laut der Gewerkschaft fielen 2.300 Flüge aus.", {
          date: "",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone a turnout and an unemployment rate of one place and day: two rates, two measures (en + de)",
      articles: [
        A("a.md", "Turnout in Varnland stood at 61.4 percent on Sunday, the commission said.", { date: "2031-06-15" }),
        A("b.md", "Unemployment in Varnland stood at 7.2 percent on Sunday, the statistics office said.", {
          date: "2031-06-15",
        }),
        A("c.md", "Die Arbeitslosenquote in Varnland lag am Sonntag bei 7,2 Prozent.", {
          date: "2031-06-15",
          lang: "de",
        }),
      ],
    },
    {
      // A share changes as its count does (quantities.ts measureKinds): a forecast of one too.
      name: "leaves alone two forecasts of a share of the vote in articles two days apart: each of its own day",
      articles: [
        A("a.md", "Officials in Varnland expected 40 percent of the vote for the Civic Union.", { date: "2031-06-12" }),
        A("b.md", "Officials in Varnland expected 30 percent of the vote for the Civic Union.", { date: "2031-06-14" }),
      ],
    },
    {
      name: "leaves alone a share and a count of one thing: 40 percent of flights cancelled is no count of 410 flights",
      articles: [
        A("a.md", "On Monday, 410 flights were cancelled, Brenair said.", { date: "2031-10-13" }),
        A("b.md", "On Monday, 40 percent of flights were cancelled, Brenair said.", { date: "2031-10-13" }),
        A("c.md", "On Monday, 38 percent of flights were cancelled, Brenair said.", { date: "2031-10-13" }),
      ],
    },
    {
      name: "leaves alone the shares of two parties on one day: a share of the vote belongs to whom it is for (en + de)",
      articles: [
        A("a.md", "On Monday the Civic Union won 34.5 percent of the vote in Varnland, the commission said.", {
          date: "2031-06-16",
        }),
        A("b.md", "On Monday the Renewal Party won 34.3 percent of the vote in Varnland, the commission said.", {
          date: "2031-06-16",
        }),
        A("c.md", "Am Montag erhielt die Erneuerungspartei in Varnland 34,3 Prozent der Stimmen.", {
          date: "2031-06-16",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone a change of turnout beside its level: 'up 4.5 points' is no turnout of 4.5 percent (en + de)",
      articles: [
        A("a.md", "Turnout in Varnland stood at 61.9 percent on Sunday, up 4.5 points on the last vote.", {
          date: "2031-06-15",
        }),
        A("b.md", "Am Sonntag stieg die Wahlbeteiligung in Varnland um 3,7 Punkte auf 61,9 Prozent.", {
          date: "2031-06-15",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone the votes of two parties on one day: votes belong to whom they are for (en + de)",
      articles: [
        A("a.md", "On Monday the Civic Union won 512,400 votes in Varnland, the commission said.", {
          date: "2031-06-16",
        }),
        A("b.md", "On Monday the Renewal Party won 509,400 votes in Varnland, the commission said.", {
          date: "2031-06-16",
        }),
        A("c.md", "Am Montag erhielt die Bürgerunion in Varnland 512.400 Stimmen.", { date: "2031-06-16", lang: "de" }),
      ],
    },
    {
      name: "leaves alone a day's deaths beside the toll a later figure adds them up to (en + de)",
      articles: [
        A("a.md", "The storm killed 12 people in Varn on Monday, bringing the death toll to 45, officials said.", {
          date: "2031-06-16",
        }),
        A("b.md", "The death toll in Varn rose to 45 on Monday, the ministry said.", { date: "2031-06-16" }),
        A("c.md", "Der Sturm tötete am Montag in Varn zwölf Menschen, damit stieg die Zahl der Toten auf 45.", {
          date: "2031-06-16",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone an increment beside the toll it adds to: a further 12 and 93 on one day (en + de)",
      articles: [
        A("a.md", "A further 12 people died in Varn on Monday, officials said.", { date: "2031-06-16" }),
        A("b.md", "The death toll in Varn rose to 93 on Monday, the hospital said.", { date: "2031-06-16" }),
        A("c.md", "In Varn starben am Montag weitere 12 Menschen, teilten die Behörden mit.", {
          date: "2031-06-16",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone a fallback pair of different predicates: 410 flights cancelled, 440 flights delayed on one day",
      articles: [
        A("a.md", "On Monday, 410 flights were cancelled, Brenair said.", { date: "2031-10-13" }),
        A("b.md", "On Monday, 440 flights were delayed, Brenair said.", { date: "2031-10-13" }),
      ],
    },
    {
      name: "leaves alone fallback measures of two languages whose verb the lexicons do not share: lemmas are not translated",
      articles: [
        A("a.md", "On Monday, 40 servers were repaired, Brenair said.", { date: "2031-10-13" }),
        A("b.md", "Am Montag wurden 44 Server repariert, teilte Brenair mit.", { date: "2031-10-13", lang: "de" }),
      ],
    },
    {
      name: "leaves alone a count up to a day beside that day's own count ('by Tuesday' 790, 'on Tuesday' 380; 'bis Dienstag')",
      articles: [
        A("a.md", "By Tuesday the airline had cancelled 790 flights.", { date: "2031-10-16" }),
        A("b.md", "On Tuesday the airline cancelled 380 flights.", { date: "2031-10-16" }),
        A("c.md", "Bis Dienstag hatte die Airline 790 Flüge gestrichen.", { date: "2031-10-16", lang: "de" }),
      ],
    },
    {
      name: "leaves alone a count naming no place beside the one place's count it is more than five times (a nation's beside an airport's)",
      articles: [
        A("a.md", "On Monday, Brenair cancelled 1,180 flights.", { date: "2031-10-14" }),
        A("b.md", "At Saltby airport, 85 flights were cancelled on Monday.", { date: "2031-10-14" }),
      ],
    },
    {
      name: "leaves alone one incident's count beside the toll it is part of (two drivers of the storm's 40)",
      articles: [
        A(
          "a.md",
          "The agency put the toll at 40 on Monday, saying the region had counted two drivers killed in a crash.",
        ),
      ],
    },
    {
      name: "leaves alone people in hospital on two days: a state that changes from day to day (en)",
      articles: [
        A("a.md", "In Dravik 58 people were in hospital, officials said.", { date: "2031-06-15" }),
        A("b.md", "In Dravik 31 people remain in hospital, officials said.", { date: "2031-06-17" }),
      ],
    },
    {
      name: "leaves alone a state said in the present tense beside the day before's: it stands as of its article's day (en)",
      articles: [
        A("a.md", "In Dravik 58 survivors were being treated in hospital on Monday.", { date: "2031-06-16" }),
        A("b.md", "Thirty-one survivors remain in hospital in Dravik.", { date: "2031-06-17" }),
      ],
    },
    {
      name: "leaves alone a state said in the present tense beside the day before's (de)",
      articles: [
        A("a.md", "In Dravik wurden am Montag 58 Überlebende im Krankenhaus behandelt.", {
          date: "2031-06-16",
          lang: "de",
        }),
        A("b.md", "Einunddreißig Überlebende liegen weiterhin im Krankenhaus in Dravik.", {
          date: "2031-06-17",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone people in hospital on two days (de)",
      articles: [
        A("a.md", "In Dravik lagen 58 Menschen im Krankenhaus, sagten Behördenvertreter.", {
          date: "2031-06-15",
          lang: "de",
        }),
        A("b.md", "In Dravik liegen noch 31 Menschen im Krankenhaus, sagten Behördenvertreter.", {
          date: "2031-06-17",
          lang: "de",
        }),
      ],
    },
    {
      name: "leaves alone figures whose intervals meet",
      articles: [A("a.md", "More than 200,000 men have fled."), A("b.md", "Some 210,000 men have fled.")],
    },
    {
      name: "never pairs different measures: a million who left / a million who may be drafted",
      articles: [
        A("a.md", "Up to a million Russians left the country."),
        A("b.md", "Up to one million men may be drafted, the paper said."),
      ],
    },
    {
      name: "never pairs different places: 9,000 into Finland, 40,000 into Georgia",
      articles: [
        A("a.md", "About 9,000 Russians crossed into Finland on Saturday."),
        A("b.md", "About 40,000 Russians crossed into Georgia on Saturday."),
      ],
    },
    {
      name: "never pairs arrivals in one country with departures from another",
      articles: [
        A("a.md", "Some 98,000 people entered Kazakhstan on Tuesday."),
        A("b.md", "Some 260,000 people left Russia on Tuesday."),
      ],
    },
    {
      name: "never pairs different periods: Saturday's count and Sunday's",
      articles: [
        A("a.md", "On Saturday, some 250,000 people demonstrated nationwide.", { date: "2024-01-22" }),
        A("b.md", "On Sunday, some 550,000 people demonstrated nationwide.", { date: "2024-01-22" }),
      ],
    },
    {
      name: "never pairs what was expected with what was counted",
      articles: [
        A("a.md", "Police had expected 25,000 participants in Munich on Sunday.", { date: "2024-01-22" }),
        A("b.md", "In Munich, 100,000 people gathered on Sunday.", { date: "2024-01-22" }),
      ],
    },
    {
      name: "leaves a part and the whole alone (a helper's 60 men vs the national total)",
      articles: [
        A("a.md", "She helped 60 men flee the country."),
        A("b.md", "About 200,000 men have fled the country."),
      ],
    },
    {
      name: "a round figure allows the tolerance: 100,000 and 104,000 meet",
      articles: [
        A("a.md", "Exactly 100,000 men have fled the country."),
        A("b.md", "Exactly 104,000 men have fled the country."),
      ],
    },
    {
      name: "leaves alone a count of things that 'the number of' names beside people of the sentence before (en + de)",
      articles: [
        A(
          "a.md",
          "Up to 4.5 million people were affected, the regulator said on Thursday. The insurer revised the number of stolen records down to 7.8 million on Thursday.",
          { date: "2031-06-19" },
        ),
        A("b.md", "More than 4 million people were affected, a consumer group said on Thursday.", {
          date: "2031-06-19",
        }),
        A(
          "c.md",
          "Bis zu 4,5 Millionen Menschen sind betroffen. Die Zahl der gestohlenen Datensätze sank am Donnerstag auf 7,8 Millionen.",
          { date: "2031-06-19", lang: "de" },
        ),
      ],
    },
    {
      name: "a conversion in parentheses is no figure of its own: a failed one ('80 mm (5 inches)') makes no conflict with another article's 80 mm (unit-mismatch's) (en + de)",
      articles: [
        A("a.md", "On Monday 80 mm (5 inches) of rain fell in Orrowby.", { date: "2031-03-03" }),
        A("b.md", "About 80 mm of rain fell in Orrowby on Monday, forecasters said.", { date: "2031-03-03" }),
        A("c.md", "Am Montag fielen in Orrowby 80 Millimeter (5 Zoll) Regen.", { date: "2031-03-03", lang: "de" }),
      ],
    },
  ],
  invalid: [
    {
      name: "a country whose toll a town's is given as some of ('six … in Austria, four of them in Vienna') holds the town: a toll that names no place is the country's (info: scope missing)",
      articles: [
        A("a.md", "The storm has killed six people in Austria, four of them in Vienna, officials said on Monday.", {
          date: "2031-02-03",
        }),
        A("b.md", "The storm has killed nine people, officials said on Monday.", { date: "2031-02-03" }),
      ],
      messages: ["conflict"],
      severity: "info",
      message: /deaths in Austria, 3 Feb 2031: nine .* six .*Some figures do not give the place/u,
    },
    {
      name: "a part's place lies within its whole's ('four of them in the capital'), and a place of some of a toll that names none ('Five of the dead') within the toll: figures that name no place are the country's (en)",
      articles: [
        A("a.md", "The storm has killed six people in Norland since Sunday, four of them in the capital, Tesk.", {
          date: "2031-03-03",
        }),
        A("b.md", "The death toll rose to nine on Tuesday. Five of the dead were in the Harlow Hills.", {
          date: "2031-03-04",
        }),
        A("c.md", "The storm's death toll rose to 12 on Tuesday.", { date: "2031-03-04" }),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /deaths in Norland, 4 Mar 2031: 12 .* nine /u,
    },
    {
      name: "a part's place lies within its whole's ('vier davon in der Hauptstadt'), and a place of some of a toll that names none ('Fünf der Toten') within the toll: figures that name no place are the country's (de)",
      articles: [
        A("a.md", "Der Sturm hat in Norland seit Sonntag sechs Menschen getötet, vier davon in der Hauptstadt Tesk.", {
          date: "2031-03-03",
          lang: "de",
        }),
        A("b.md", "Die Zahl der Toten ist am Dienstag auf neun gestiegen. Fünf der Toten waren in der Region Harlow.", {
          date: "2031-03-04",
          lang: "de",
        }),
        A("c.md", "Die Zahl der Toten des Sturms ist am Dienstag auf zwölf gestiegen.", {
          date: "2031-03-04",
          lang: "de",
        }),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /deaths in Norland, 4 Mar 2031: zwölf .* neun /u,
    },
    {
      name: "in a story whose places nest (the town's figures also name the island), a figure that names no place is the island's (en + de; info: scope missing)",
      articles: [
        A("a.md", "The fire in Tavel on Kelmora has killed 36 people, officials said on Tuesday.", {
          date: "2031-08-12",
        }),
        A("b.md", "The death toll on Kelmora reached 93 on Thursday, officials said.", { date: "2031-08-14" }),
        A("c.md", "Die Brände haben 89 Menschen getötet, teilten die Behörden am Donnerstag mit.", {
          date: "2031-08-14",
          lang: "de",
        }),
      ],
      messages: ["conflict"],
      severity: "info",
      message: /deaths in Kelmora, 14 Aug 2031: 93 .* 89 .*Some figures do not give the place/u,
    },
    {
      name: "a figure that names no place, in an article whose other figures name the story's place, does not lack it (no lowering)",
      articles: [
        A("a.md", "The fire in Tavel on Kelmora has killed 36 people, officials said on Tuesday.", {
          date: "2031-08-12",
        }),
        A("b.md", "The death toll on Kelmora reached 93 on Thursday, officials said.", { date: "2031-08-14" }),
        A(
          "c.md",
          "Rescuers evacuated 300 people from Kelmora on Thursday. The fires have killed 89 people, officials said on Thursday.",
          { date: "2031-08-14" },
        ),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /deaths in Kelmora, 14 Aug 2031: 93 .* 89 /u,
    },
    {
      name: "flags a dispute of a fallback measure: flights cancelled on one day, 410 and 440, the airline's count (predicate + noun)",
      articles: [
        A("a.md", "On Monday, 410 flights were cancelled, Brenair said.", { date: "2031-10-13" }),
        A("b.md", "Brenair cancelled 440 flights on Monday, Brenair said.", { date: "2031-10-14" }),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /flight · cancel/,
    },
    {
      name: "flags a dispute of a fallback measure in German: the participle and the verb second are one predicate (gestrichen, strich)",
      articles: [
        A("a.md", "Am Montag wurden 410 Flüge gestrichen, teilte Brenair mit.", { date: "2031-10-13", lang: "de" }),
        A("b.md", "Brenair strich am Montag 440 Flüge, teilte Brenair mit.", { date: "2031-10-14", lang: "de" }),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /flight · cancel/,
    },
    {
      name: "flags a fallback measure across languages where the lexicons share its verb (cancelled, gestrichen: cancel)",
      articles: [
        A("a.md", "On Monday, 410 flights were cancelled, Brenair said.", { date: "2031-10-13" }),
        A("b.md", "Am Montag wurden 440 Flüge gestrichen, teilte Brenair mit.", { date: "2031-10-13", lang: "de" }),
      ],
      messages: ["conflict"],
      severity: "error",
      message: /flight · cancel, 13 Oct 2031: .*440.*410|flight · cancel, 13 Oct 2031: .*410.*440/,
    },
    {
      name: "'the ministry' and 'das Ministerium' are one source: its 97 and 79 confirmed cases of one day conflict",
      articles: [
        A(
          "a.md",
          "In Talka province, suspected cases reached 441 on Wednesday, 97 of them confirmed, the ministry said.",
          {
            date: "2031-04-09",
          },
        ),
        A("b.md", "In der Provinz Talka hatte das Ministerium am Mittwoch 79 bestätigte Fälle gemeldet.", {
          date: "2031-04-10",
          lang: "de",
        }),
      ],
      messages: ["conflict"],
      severity: "error",
    },
    {
      name: "flags a crash story's toll given two figures: the incident is the story, not a part of it (en + de)",
      articles: [
        A("a.md", "Five people were killed in a car crash near Dorvik on Monday, police said.", { date: "2031-04-08" }),
        A("b.md", "Seven people died in a car crash near Dorvik on Monday, police said.", { date: "2031-04-08" }),
        A("c.md", "Bei einem Unfall nahe Dorvik kamen am Montag fünf Menschen ums Leben, teilte die Polizei mit.", {
          date: "2031-04-08",
          lang: "de",
        }),
      ],
      messages: ["conflict"],
    },
    {
      name: "takes a figure other articles give alone for a dispute across articles, though one article gives both",
      articles: [
        A("a.md", "On Tuesday 11,000 workers went on strike across Norland.", { date: "2031-03-04" }),
        A("b.md", "On Tuesday 9,800 workers went on strike across Norland, not 11,000.", { date: "2031-03-06" }),
      ],
      messages: ["conflict"],
    },
    {
      name: "flags one quantity (measure, place, period) given two figures that cannot both hold",
      articles: [
        A("a.md", "About 260,000 men had fled Russia by Tuesday.", { date: "2022-10-05" }),
        A("b.md", "Some 700,000 men had fled Russia by Tuesday.", { date: "2022-10-06" }),
      ],
      messages: ["conflict"],
      data: { ratio: "2.7×", missing: "" },
    },
    {
      name: "is an error only where every figure states its period; without one it is lowered to info",
      articles: [
        A("a.md", "About 260,000 men have fled Russia.", { date: "2022-10-04" }),
        A("b.md", "Some 700,000 men have fled Russia.", { date: "2022-10-04" }),
      ],
      messages: ["conflict"],
      severity: "info",
    },
    {
      name: "in a story of several places, a figure of an undated copy that names no place meets its copy's placed figure (info: scope missing)",
      articles: [
        A("a.md", "The floods in Varnholm have killed 12 people, officials said.", { date: "2031-04-08" }),
        A("b.md", "The floods in Ostrava have killed 31 people, officials said.", { date: "2031-04-08" }),
        A("c.md", `Officials in Kelby reported 96 deaths on Sunday evening. ${COPIED}`, { date: "unknown" }),
        A("d.md", `The number of confirmed deaths stood at 93 on Sunday. ${COPIED}`, { date: "unknown" }),
      ],
      messages: ["conflict"],
      severity: "info",
      message: /deaths in Kelby, Sunday \(no date given\): 96 .* 93 .*Some figures do not give the place/u,
    },
    {
      name: "flags two turnout figures of one election that differ: one rate, one place, one day (en + de)",
      articles: [
        // No source named: read since, "the commission" and "die Kommission" are two names of sources
        // (a disputed-figure); one body under two languages' names is not known to be one.
        A("a.md", "Turnout in Varnland stood at 61.4 percent on Sunday.", { date: "2031-06-15" }),
        A("b.md", "Am Sonntag lag die Wahlbeteiligung in Varnland bei 64,2 Prozent.", {
          date: "2031-06-15",
          lang: "de",
        }),
      ],
      messages: ["conflict"],
      severity: "error",
      message:
        /turnout in Varnland, 15 Jun 2031: .*61\.4 percent.*64,2 Prozent|turnout in Varnland, 15 Jun 2031: .*64,2 Prozent.*61\.4 percent/u,
    },
    {
      name: "flags one party's share of the vote on one day given two figures: the share of votes, whose it is",
      articles: [
        A("a.md", "On Monday the Civic Union won 34.5 percent of the vote in Varnland, the commission said.", {
          date: "2031-06-16",
        }),
        A("b.md", "In Varnland the Civic Union won 36.1 percent of the vote on Monday, the commission said.", {
          date: "2031-06-16",
        }),
      ],
      messages: ["conflict"],
      message: /share of votes in Varnland/u,
    },
    {
      name: "a whole number as written allows only its own rounding: 93 and 96 do not meet",
      articles: [
        A("a.md", "The death toll rose to 93 on Sunday.", { date: "2023-08-14" }),
        A("b.md", "The death toll rose to 96 on Sunday.", { date: "2023-08-14" }),
      ],
      messages: ["conflict"],
    },
  ],
});
