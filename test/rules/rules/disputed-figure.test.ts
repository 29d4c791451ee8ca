// disputed-figure: what it must flag (invalid) and what it must leave alone (valid).
import { A, testRule } from "../rule-tester.js";
import { WIRE } from "../stories.js";
import { disputedFigure } from "../../../src/rules/rules/disputed-figure.js";

/** Tuesday's strike report and an undated feature that retells Monday's figures (en). */
const KELLBY_EN_LATER = [
  A("b.md", "The union said 2,600 workers were on strike in Kellby on Tuesday.", { date: "2031-03-04" }),
  A("c.md", "In Kellby the union counted 2,400 strikers, the company 1,100.", { date: "" }),
];

/** Tuesday's strike report and an undated feature that retells Monday's figures (de). */
const KELLBY_DE_LATER = [
  A("b.md", "In Kellby streikten am Dienstag laut der Gewerkschaft 2.600 Beschäftigte.", {
    lang: "de",
    date: "2031-03-04",
  }),
  A("c.md", "In Kellby zählte die Gewerkschaft 2.400 Streikende, das Unternehmen 1.100.", { lang: "de", date: "" }),
];

/** Tuesday's dispute over the oil leaked into the Tarn: the operator's 30 tonnes, the agency's 80 (en). */
const TARN_EN_TUESDAY = A(
  "a.md",
  "The operator said 30 tonnes of oil had leaked into the Tarn. The environment agency said 80 tonnes had leaked into the Tarn.",
  { date: "2031-05-13" },
);

/** Tuesday's dispute over the oil leaked into the Tarn: the operator's 30 tonnes, the agency's 80 (de). */
const TARN_DE_TUESDAY = A(
  "a.md",
  "Nach Angaben des Betreibers sind 30 Tonnen Öl in den Tarn ausgelaufen. Die Umweltbehörde sprach von 80 Tonnen, die in den Tarn ausgelaufen seien.",
  { date: "2031-05-13", lang: "de" },
);

testRule(disputedFigure, {
  valid: [
    {
      name: "leaves alone a crowd that names no place beside a country's: a country is no nest of its towns for figures that name none",
      articles: [
        A("a.md", "Police said 100,000 people marched in Munich in Germany on Saturday.", { date: "2031-01-20" }),
        A("b.md", "Organisers said 1.4 million people marched in Germany on Saturday.", { date: "2031-01-20" }),
        A("c.md", "About 80,000 people marched on Saturday, police said.", { date: "2031-01-20" }),
      ],
    },
    {
      name: "leaves alone a total since a day beside one day's crowd: the measure is no running count (en)",
      articles: [
        A("a.md", "Some 200,000 people have protested in Tarnholm since Monday, organisers said.", {
          date: "2031-06-18",
        }),
        A("b.md", "About 50,000 people protested in Tarnholm on Wednesday, police said.", { date: "2031-06-18" }),
      ],
    },
    {
      name: "a forecast of a temperature is no reading, and 38 people are no temperature (en + de)",
      articles: [
        A("a.md", "In Harnby, the thermometer reached 39.2 °C on Monday, the Drasvik Weather Office said.", {
          date: "2031-07-15",
        }),
        A("b.md", "Temperatures in Harnby could reach 44 degrees on Monday, Skyline Forecasts said.", {
          date: "2031-07-12",
        }),
        A("c.md", "In Harnby wurden laut Skyline Forecasts am Montag 38 Menschen ins Krankenhaus eingeliefert.", {
          lang: "de",
          date: "2031-07-15",
        }),
      ],
    },
    {
      name: "leaves alone one source repeated",
      articles: [
        A("a.md", "The Defence Ministry said that 300,000 reservists would be called up."),
        A("b.md", "According to the Defence Ministry, 300,000 reservists will be drafted."),
      ],
    },
    {
      name: "a weekday is never a source: 98,000 (Tuesday) and 120,000 by the ministry's count",
      articles: [
        A("a.md", "Some 98,000 people entered Kazakhstan (Tuesday)."),
        A("b.md", "Some 120,000 people entered Kazakhstan, the ministry said."),
      ],
    },
    {
      name: "leaves alone votes that name no holder in articles apart where the story's votes name two holders: they may be any one's (en + de)",
      articles: [
        A(
          "a.md",
          "The Greens won 31,500 votes in Tarnholm and the Liberals 29,800 votes, the election board said on Monday.",
          {
            date: "2031-06-16",
          },
        ),
        A("b.md", "Our own count gives us 32,400 votes in Tarnholm, a party spokesman said on Monday.", {
          date: "2031-06-16",
        }),
        A("c.md", "The party's count gave it 30,100 votes in Tarnholm on Monday.", { date: "2031-06-16" }),
        A(
          "d.md",
          "Die Grünen erhielten in Tarnholm 31.500 Stimmen, die Liberalen 29.800 Stimmen, teilte die Wahlleitung am Montag mit.",
          {
            date: "2031-06-16",
            lang: "de",
          },
        ),
        A("e.md", "Nach unserer eigenen Zählung haben wir in Tarnholm 32.400 Stimmen, sagte ein Sprecher am Montag.", {
          date: "2031-06-16",
          lang: "de",
        }),
        A("f.md", "Ihre eigene Zählung ergab am Montag in Tarnholm 30.100 Stimmen, teilte die Partei mit.", {
          date: "2031-06-16",
          lang: "de",
        }),
      ],
    },
  ],
  invalid: [
    {
      name: "two sources' counts that both name no place, beside the story's one place, lack it alike: a warning, no lowering (en)",
      articles: [
        A("a.md", "Dozens of people were injured in the crush in Tesk on Saturday, police said.", {
          date: "2031-05-11",
        }),
        A(
          "b.md",
          "Police have counted 334 people injured since Saturday, police chief Anna Berg said on Tuesday. The Tesk Survivors Network says the true number is 410, because many went home hurt.",
          { date: "2031-05-13" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /410[\s\S]*334/u,
    },
    {
      name: "two sources' counts that both name no place, beside the story's one place, lack it alike: a warning, no lowering (de)",
      articles: [
        A("a.md", "Bei dem Gedränge in Tesk wurden am Samstag Dutzende Menschen verletzt, teilte die Polizei mit.", {
          date: "2031-05-11",
          lang: "de",
        }),
        A(
          "b.md",
          "Seit Samstag hat die Polizei 334 Verletzte gezählt, sagte Polizeichefin Anna Berg am Dienstag. Laut dem Netzwerk der Überlebenden wurden seit Samstag 410 Menschen verletzt.",
          { date: "2031-05-13", lang: "de" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /410[\s\S]*334/u,
    },
    {
      name: "a source that revises its own estimate still disputes another source's figure: a warning, no mere update (en)",
      articles: [
        A(
          "a.md",
          "The operator revised its estimate of the spill in the Tarn up to 30 tonnes on Wednesday. The environment agency said 80 tonnes had leaked into the Tarn by Wednesday.",
          { date: "2031-05-16" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /80 tonnes[\s\S]*30 tonnes/u,
    },
    {
      name: "a source that revises its own estimate still disputes another source's figure: a warning, no mere update (de)",
      articles: [
        A(
          "a.md",
          "Der Betreiber korrigierte seine Schätzung der in den Tarn ausgelaufenen Menge am Mittwoch auf 30 Tonnen. Nach Angaben der Umweltbehörde sind bis Mittwoch 80 Tonnen in den Tarn ausgelaufen.",
          { date: "2031-05-16", lang: "de" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /80 Tonnen[\s\S]*30 Tonnen/u,
    },
    {
      name: "a dispute holds the conversion given in parentheses beside a figure, though no rate compares it (en)",
      articles: [
        A("a.md", "The insurers' association estimates the damage at €1.8 billion ($2.1 billion).", {
          date: "2031-07-18",
        }),
        A("b.md", "The regional government puts the damage at €3.5 billion.", { date: "2031-07-18" }),
      ],
      messages: ["disputed"],
      held: 3,
    },
    {
      name: "a dispute holds the conversion given in parentheses beside a figure, though no rate compares it (de)",
      articles: [
        A("a.md", "Der Versicherungsverband schätzt den Schaden auf 1,8 Milliarden Euro (2,1 Milliarden Dollar).", {
          lang: "de",
          date: "2031-07-18",
        }),
        A("b.md", "Die Regionalregierung beziffert den Schaden auf 3,5 Milliarden Euro.", {
          lang: "de",
          date: "2031-07-18",
        }),
      ],
      messages: ["disputed"],
      held: 3,
    },
    {
      name: "two sources' estimates of one harvest on one day are a dispute, the harvest named in each (en)",
      articles: [
        A("a.md", "The harvest will reach 2.1 million tonnes, the Agriculture Ministry said on Monday.", {
          date: "2031-07-21",
        }),
        A("b.md", "The harvest will be no more than 1.7 million tonnes, the Farmers' Union said on Monday.", {
          date: "2031-07-21",
        }),
      ],
      messages: ["disputed"],
      figures: /2\.1 million tonnes[\s\S]*1\.7 million tonnes|1\.7 million tonnes[\s\S]*2\.1 million tonnes/u,
    },
    {
      name: "a police crowd count against the organisers' stays a dispute, and the ground's licence stays out of it (en)",
      articles: [
        A(
          "a.md",
          "There were 52,000 people in the crowd in Tesk on Saturday, police said. The ground is licensed for 40,000. The organisers said 38,000 people had attended.",
          { date: "2031-05-11" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /^(?![\s\S]*40,000)[\s\S]*52,000[\s\S]*38,000/u,
    },
    {
      name: "a police crowd count against the organisers' stays a dispute, and what the ground is built for stays out of it (de)",
      articles: [
        A(
          "a.md",
          "Die Polizei zählte am Samstag in Tesk 52.000 Teilnehmer. Das Gelände ist für 40.000 Menschen ausgelegt. Die Veranstalter sprachen von 38.000 Teilnehmern.",
          { lang: "de", date: "2031-05-11" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /^(?![\s\S]*40\.000)[\s\S]*52\.000[\s\S]*38\.000/u,
    },
    {
      name: "'the true number is 410' is read: the survivors' group's count against the police's 334 (en)",
      articles: [
        A(
          "a.md",
          "Police have counted 334 people injured in Tesk since Saturday, police said on Tuesday. The survivors' group says the true number is 410.",
          { date: "2031-05-13" },
        ),
      ],
      messages: ["disputed"],
      figures: /334[\s\S]*410|410[\s\S]*334/u,
    },
    {
      name: "whose count is read from a body named by what it is and from possession: the board's 31,500 against the party's own 32,400 (en)",
      articles: [
        A("a.md", "The Greens won 31,500 votes in Tarnholm, the election board said on Monday.", {
          date: "2031-05-13",
        }),
        A("b.md", "The Greens said their own count gave them 32,400 votes in Tarnholm.", { date: "2031-05-13" }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "whose count is read from 'nach Zählung der' and from a 'während' clause: the shipping line's 150.000 against the union's more than 300.000 (de)",
      articles: [
        A("a.md", "Nach Zählung der Reederei sind in Tarnholm bislang 150.000 Passagiere betroffen.", {
          lang: "de",
          date: "2031-05-13",
        }),
        A(
          "b.md",
          "In Tarnholm sind bislang 150.000 Passagiere betroffen, während die Gewerkschaft mehr als 300.000 nennt.",
          {
            lang: "de",
            date: "2031-05-13",
          },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "a count since a day and one so far stand as of their article's date: 150,000 against more than 300,000 (en + de)",
      articles: [
        A("a.md", "About 150,000 passengers in Tarnholm have been affected since Monday, Tarnair said.", {
          date: "2031-04-16",
        }),
        A("b.md", "More than 300,000 passengers in Tarnholm have been affected so far, the Passenger Union said.", {
          date: "2031-04-16",
        }),
        A("c.md", "Laut der Passenger Union sind in Tarnholm bislang mehr als 300.000 Passagiere betroffen.", {
          date: "2031-04-16",
          lang: "de",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "a figure that names no place or day but repeats a stated one adds a witness, not a doubt: still a warning (en + de)",
      articles: [
        A(
          "a.md",
          "Police said about 12,000 people marched in Tarnholm on Saturday. Organisers said 40,000 people marched in Tarnholm on Saturday.",
          {
            date: "2031-04-13",
          },
        ),
        A("b.md", "Die Veranstalter sprachen von 40.000 Teilnehmern.", { date: "2031-04-13", lang: "de" }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "two temperatures of one city and day from two sources: measured by their unit, 39.2 is no 40.1 (en + de)",
      articles: [
        A("a.md", "In Harnby, the thermometer reached 39.2 °C on Monday, the Drasvik Weather Office said.", {
          date: "2031-07-15",
        }),
        A("b.md", "In Harnby wurden laut Skyline Forecasts am Montag 40,1 Grad gemessen.", {
          lang: "de",
          date: "2031-07-15",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "a running count since a day stands as of the end of it: 'since Monday' meets 'by Wednesday'",
      articles: [
        A("a.md", "The Norland Border Service said on Wednesday that 19,500 people had entered Norland since Monday.", {
          date: "2031-03-05",
        }),
        A("b.md", "The International Refugee Office put the number of arrivals in Norland at 23,000 by Wednesday.", {
          date: "2031-03-05",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "flags sources that dispute one quantity (police and organisers), across languages",
      articles: [
        A("a.md", "In Hamburg, police said 50,000 people gathered on Friday.", {
          outlet: "Wire A",
          date: "2024-01-19",
        }),
        A("b.md", "In Hamburg gingen laut Veranstalter am Freitag 80.000 Menschen auf die Straße.", {
          outlet: "Wire B",
          lang: "de",
          date: "2024-01-19",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
    },
    {
      name: "lists every figure of the quantity, with how many independent sources stand behind each",
      articles: [
        A("a.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Wire A" }),
        A("b.md", WIRE.replace("the Defence Ministry said", "officials say"), { outlet: "Wire B" }),
        A("c.md", "The Defence Ministry said that 300,000 reservists would be called up.", { outlet: "Wire C" }),
        A("d.md", "According to Novaya Gazeta Europe, up to 1 million reservists will be drafted.", {
          outlet: "Wire D",
        }),
      ],
      messages: ["disputed"],
      data: { count: 2 },
      figures: /up to 1 million \(Novaya Gazeta Europe; Wire D\) · 300,000 \(.*3 places, 2 original sources\)/,
    },
    {
      name: "an undated feature that repeats a day's figures is that day's: one dispute holds all four (en)",
      articles: [
        A("a.md", "The union said 2,400 workers were on strike in Kellby on Monday; the company said 1,100.", {
          date: "2031-03-03",
        }),
        ...KELLBY_EN_LATER,
      ],
      messages: ["disputed"],
      figures: /2,400 \(union; a.md, c.md;.*1,100 \(company; a.md, c.md;/su,
    },
    {
      name: "an undated feature that repeats a day's figures is that day's: one dispute holds all four (de)",
      articles: [
        A(
          "a.md",
          "In Kellby streikten am Montag laut der Gewerkschaft 2.400 Beschäftigte, laut dem Unternehmen 1.100.",
          { lang: "de", date: "2031-03-03" },
        ),
        ...KELLBY_DE_LATER,
      ],
      messages: ["disputed"],
      figures: /2\.400 \(.*a.md, c.md;.*1\.100 \(.*a.md, c.md;/su,
    },
    {
      name: "people aboard count one moment of the event: the coast guard's 431 and the operator's 413 a week apart are one quantity (en)",
      articles: [
        A("a.md", "The ferry Morvane sank on Sunday; 431 people were on board, the coast guard said.", {
          date: "2031-06-16",
        }),
        A("b.md", "The operator, Harnby Lines, said on Monday that 413 people had been on board the Morvane.", {
          date: "2031-06-23",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
      message: /431.*413|413.*431/su,
    },
    {
      name: "people aboard count one moment of the event: the coast guard's 431 and the operator's 413 a week apart are one quantity (de)",
      articles: [
        A("a.md", "Die Fähre Morvane sank am Sonntag; an Bord waren 431 Menschen, teilte die Küstenwache mit.", {
          lang: "de",
          date: "2031-06-16",
        }),
        A("b.md", "Laut der Reederei Harnby Lines waren 413 Menschen an Bord der Morvane.", {
          lang: "de",
          date: "2031-06-23",
        }),
      ],
      messages: ["disputed"],
      severity: "warning",
      message: /431.*413|413.*431/su,
    },
    {
      name: "an earlier value of no time of its own is a figure of the day it repeats: Tuesday's dispute holds Wednesday's 'from 30 tonnes' (en)",
      articles: [
        TARN_EN_TUESDAY,
        A(
          "b.md",
          "The operator revised its estimate of the spill in the Tarn up to 50 tonnes on Wednesday, from 30 tonnes.",
          { date: "2031-05-14" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /30 tonnes \(operator; a\.md, b\.md/u,
    },
    {
      name: "an earlier value of no time of its own is a figure of the day it repeats: Tuesday's dispute holds Wednesday's 'nach 30 Tonnen' (de)",
      articles: [
        TARN_DE_TUESDAY,
        A(
          "b.md",
          "Der Betreiber korrigierte seine Schätzung der in den Tarn ausgelaufenen Menge am Mittwoch auf 50 Tonnen, nach 30 Tonnen.",
          { date: "2031-05-14", lang: "de" },
        ),
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /30 Tonnen \([^)]*a\.md, b\.md/u,
    },
    {
      name: "an earlier value is earlier than the figure of its own kind of unit, not the volume beside it: Tuesday's dispute holds Wednesday's 'from 30 tonnes' (en)",
      articles: [
        TARN_EN_TUESDAY,
        A(
          "b.md",
          "The operator's estimate of the oil leaked into the Tarn stands at 50 tonnes, about 370 barrels, revised on Wednesday from 30 tonnes.",
          { date: "2031-05-14" },
        ),
      ],
      messages: ["disputed"],
      figures: /30 tonnes \(operator; a\.md, b\.md/u,
    },
    {
      name: "an earlier value is earlier than the figure of its own kind of unit, not the volume beside it: Tuesday's dispute holds Wednesday's 'von 30 Tonnen' (de)",
      articles: [
        TARN_DE_TUESDAY,
        A(
          "b.md",
          "Die Schätzung des Betreibers für das in den Tarn ausgelaufene Öl liegt bei 50 Tonnen, rund 370 Barrel, am Mittwoch korrigiert von 30 Tonnen.",
          { date: "2031-05-14", lang: "de" },
        ),
      ],
      messages: ["disputed"],
      figures: /30 Tonnen \([^)]*a\.md, b\.md/u,
    },
    {
      name: "an undated feature's exact figure repeats a day's approximate one of the same value: one dispute holds all four, still a warning (en)",
      articles: [
        A("a.md", "The union said about 2,400 workers were on strike in Kellby on Monday; the company said 1,100.", {
          date: "2031-03-03",
        }),
        ...KELLBY_EN_LATER,
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /^(?=.*\b2,400 \(union; c\.md\))(?=.*1,100 \(company; a\.md, c\.md;)/su,
    },
    {
      name: "an undated feature's exact figure repeats a day's approximate one of the same value: one dispute holds all four, still a warning (de)",
      articles: [
        A(
          "a.md",
          "In Kellby streikten am Montag laut der Gewerkschaft rund 2.400 Beschäftigte, laut dem Unternehmen 1.100.",
          { lang: "de", date: "2031-03-03" },
        ),
        ...KELLBY_DE_LATER,
      ],
      messages: ["disputed"],
      severity: "warning",
      figures: /^(?=.*\b2\.400 \([^)]*c\.md\))(?=.*1\.100 \([^)]*a\.md, c\.md;)/su,
    },
  ],
});
