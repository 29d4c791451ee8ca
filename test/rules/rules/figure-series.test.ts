// figure-series: what it must show as a change over time or flag (invalid), and what it must leave
// alone (valid), on articles written for the purpose.
import { testRule, type TestArticle } from "../rule-tester.js";
import { figureSeries } from "../../../src/rules/rules/figure-series.js";

const A = (path: string, text: string, date: string): TestArticle => ({
  path,
  text,
  date,
  outlet: path.replace(/\.md$/u, ""),
});

testRule(figureSeries, {
  valid: [
    {
      name: "parts of one toll (the dead at one gate) are shares of it, no count over time (en)",
      articles: [
        A("a.md", "By Monday 12 people had died after the crush in Tesk, six of them at the north gate.", "2031-05-12"),
        A(
          "b.md",
          "By Wednesday 12 people had died after the crush in Tesk, nine of them at the north gate.",
          "2031-05-14",
        ),
      ],
    },
    {
      name: "parts of one toll (the dead at one gate) are shares of it, no count over time (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Bis Montag starben nach dem Gedränge in Tesk 12 Menschen, sechs davon am Nordtor.",
            "2031-05-12",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Bis Mittwoch starben nach dem Gedränge in Tesk 12 Menschen, neun davon am Nordtor.",
            "2031-05-14",
          ),
          lang: "de",
        },
      ],
    },
    {
      name: "two reservoirs are two things: the Kessel reservoir's level is no point of the Marren reservoir's (en)",
      articles: [
        A("a.md", "The Kessel reservoir was at 52 percent of capacity on Monday, the water board said.", "2031-07-07"),
        A("b.md", "The Marren reservoir was at 44 percent of capacity on Monday, the water board said.", "2031-07-14"),
      ],
    },
    {
      name: "a harvest and its change in percent are two measures: a level is no point of a change (en + de)",
      articles: [
        A("a.md", "The Agriculture Ministry puts the harvest at 2.1 million tonnes.", "2031-07-07"),
        {
          ...A("b.md", "Die Weizenernte ist nach Angaben des Ministeriums um 18 Prozent gesunken.", "2031-07-14"),
          lang: "de",
        },
      ],
    },
    {
      name: "a share of farmland is no share of households: no series of the two (en)",
      articles: [
        A("a.md", "The drought now affects 38 percent of the country's farmland, the ministry said.", "2031-07-07"),
        A("b.md", "About 44 percent of households in Tesk lost power on Monday, the grid operator said.", "2031-07-14"),
      ],
    },
    {
      name: "the injured who died are some of the toll, no point of the injured; a count of hospitals no point of the toll (en)",
      articles: [
        A("a.md", "Dozens of people were injured in the crush in Tesk on Saturday, police said.", "2031-05-11"),
        A(
          "b.md",
          "The toll in Tesk rose to 12 on Monday after three injured people died in hospital, police said. Police later said one victim had been counted twice by two hospitals.",
          "2031-05-12",
        ),
      ],
    },
    {
      name: "the injured who died are some of the toll, no point of the injured; a count of hospitals no point of the toll (de)",
      articles: [
        {
          ...A("a.md", "Bei dem Gedränge in Tesk wurden am Samstag Dutzende Menschen verletzt.", "2031-05-11"),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Die Zahl der Toten in Tesk stieg am Montag auf 12, weil drei verletzte Menschen im Krankenhaus starben. Ein Opfer war von zwei Krankenhäusern doppelt gezählt worden.",
            "2031-05-12",
          ),
          lang: "de",
        },
      ],
    },
    {
      name: "a bare number a sentence away from the figure whose measure it takes is no point: its measure is a guess",
      articles: [
        A(
          "a.md",
          "The death toll in Dorvik rose to 30 on Thursday, officials said. Rescuers searched the rubble of the market all night. On Tuesday it had been 12.",
          "2031-04-11",
        ),
      ],
    },
    {
      name: "where figures name two statuses, joins a figure naming none to neither (no rise from 40 to 45, no fall from 300)",
      articles: [
        A("a.md", "Dorvik has recorded 300 suspected cholera cases, the ministry said on Monday.", "2031-04-07"),
        A("b.md", "Laboratory tests in Dorvik have confirmed 40 cases, the ministry said on Wednesday.", "2031-04-09"),
        A("c.md", "Dorvik has 45 cholera cases, the ministry said on Thursday.", "2031-04-10"),
      ],
    },
    {
      name: "keeps confirmed cases apart from suspected ones: no fall from 300 to 40 (de)",
      articles: [
        { ...A("a.md", "In Dorvik wurden bis Montag 300 Verdachtsfälle registriert.", "2031-04-07"), lang: "de" },
        { ...A("b.md", "Labortests in Dorvik bestätigten bis Mittwoch 40 Fälle.", "2031-04-09"), lang: "de" },
      ],
    },
    {
      name: "keeps confirmed cases apart from suspected ones: no fall from 300 to 40 (en)",
      articles: [
        A("a.md", "Dorvik has recorded 300 suspected cholera cases, the ministry said on Monday.", "2031-04-07"),
        A("b.md", "Laboratory tests in Dorvik have confirmed 40 cases, the ministry said on Wednesday.", "2031-04-09"),
      ],
    },
    {
      name: "leaves alone crowds on different days: two events, not one count through time",
      articles: [
        A("a.md", "About 20,000 people demonstrated in Varnholm on Saturday.", "2031-04-12"),
        A("b.md", "About 35,000 people demonstrated in Varnholm on Sunday.", "2031-04-13"),
      ],
    },
    {
      name: "leaves alone a count that stands still",
      articles: [
        A("a.md", "The floods in Varnholm have killed 12 people, officials said on Monday.", "2031-04-08"),
        A("b.md", "The floods in Varnholm have killed 12 people, officials said on Thursday.", "2031-04-11"),
      ],
    },
    {
      name: "leaves alone an earlier event's toll: a count that resumes years later is another event's",
      articles: [
        A("a.md", "The 2004 floods killed 300 people in Varnholm.", "2031-04-08"),
        A("b.md", "The floods in Varnholm have killed 12 people, officials said on Thursday.", "2031-04-11"),
      ],
    },
    {
      name: "leaves alone people moving on given days: a day's flow is no point of a running total",
      articles: [
        A("a.md", "About 6,200 people crossed into Norland on Tuesday.", "2031-04-09"),
        A("b.md", "About 7,500 people crossed into Norland on Thursday.", "2031-04-11"),
      ],
    },
    {
      name: "leaves alone counts of different places",
      articles: [
        A("a.md", "The floods in Varnholm have killed 12 people, officials said on Monday.", "2031-04-08"),
        A("b.md", "The floods in Ostrava have killed 31 people, officials said on Thursday.", "2031-04-11"),
      ],
    },
    {
      name: "leaves alone the toll beside a study's excess deaths: 'N more … than' is no point of the toll (en + de)",
      articles: [
        A("a.md", "The heatwave has killed 12 people in Varnholm, the ministry said on Monday.", "2031-07-14"),
        A(
          "b.md",
          "A study estimates that 240 more people died in Varnholm last week than in an ordinary week.",
          "2031-07-16",
        ),
        A(
          "c.md",
          "In Varnholm starben laut einer Studie 240 Menschen mehr als in einer gewöhnlichen Woche.",
          "2031-07-16",
        ),
      ],
    },
    {
      name: "leaves alone one day's counts of a fallback measure beside its running total: a day's count is no point of it",
      articles: [
        A("a.md", "Brenair cancelled 420 flights on Monday, the airline said.", "2031-04-08"),
        A("b.md", "Brenair has cancelled 1,500 flights since Sunday, the airline said.", "2031-04-10"),
        A("c.md", "On Thursday Brenair cancelled 380 flights, the airline said.", "2031-04-11"),
      ],
    },
    {
      name: "leaves alone aid promised beside aid paid so far: a promise is no point of the running sum (en + de)",
      articles: [
        A("a.md", "So far the state has promised 250 million euros in aid to farmers in Tarnholm.", "2031-07-07"),
        {
          ...A("b.md", "In Tarnholm sind bisher 40 Millionen Euro an Hilfen ausgezahlt worden.", "2031-07-14"),
          lang: "de",
        },
      ],
    },
    {
      name: "leaves alone a fallback measure whose figures never say they run: each is what came that day",
      articles: [
        A("a.md", "Brenair cancelled 420 flights on Monday, the airline said.", "2031-04-08"),
        A("b.md", "On Thursday Brenair cancelled 380 flights, the airline said.", "2031-04-11"),
      ],
    },
    {
      name: "keeps a party's seats apart from its votes, and one party's votes apart from another's: no series (en)",
      articles: [
        A("a.md", "The Greens won 31,500 votes in Tarnholm, the election board said on Monday.", "2031-05-13"),
        A(
          "b.md",
          "The Greens won 12 seats in Tarnholm and the Liberals 29,800 votes, the election board said on Thursday.",
          "2031-05-16",
        ),
      ],
    },
    {
      name: "keeps a lead apart from the votes of a party: no series from 31,500 to 1,700 (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Die Grünen erhielten in Tarnholm 31.500 Stimmen, teilte der Wahlausschuss am Montag mit.",
            "2031-05-13",
          ),
          lang: "de",
        },
        {
          ...A("b.md", "Der Vorsprung der Grünen in Tarnholm betrug am Donnerstag 1.700 Stimmen.", "2031-05-16"),
          lang: "de",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "the dead among seabirds found, a part of a whole counted otherwise, rise over time while the found stand still: a series of their own (en)",
      articles: [
        A(
          "a.md",
          "Volunteers have found 300 oiled seabirds on the Lenn estuary since Saturday, 90 of them dead.",
          "2031-06-02",
        ),
        A(
          "b.md",
          "Volunteers have found 300 oiled seabirds on the Lenn estuary since Saturday, 140 of them dead.",
          "2031-06-05",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /killed.*90.*140/su,
    },
    {
      name: "the dead among seabirds found, a part of a whole counted otherwise, rise over time while the found stand still: a series of their own (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Helfer haben seit Samstag 300 verölte Seevögel an der Lenn-Mündung gefunden, 90 davon tot.",
            "2031-06-02",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Helfer haben seit Samstag 300 verölte Seevögel an der Lenn-Mündung gefunden, 140 davon tot.",
            "2031-06-05",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /killed.*90.*140/su,
    },
    {
      name: "a party's votes revised after a recount are one quantity over time, never a dispute: a series at info (en)",
      articles: [
        A("a.md", "The Greens won 31,500 votes in Tarnholm, the election board said on Monday.", "2031-05-13"),
        A(
          "b.md",
          "After the recount, the Greens won 31,200 votes in Tarnholm, the election board said on Thursday.",
          "2031-05-16",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /31,500.*31,200/su,
    },
    {
      name: "a party's votes revised after a recount are one quantity over time, never a dispute: a series at info (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Die Grünen erhielten in Tarnholm 31.500 Stimmen, teilte der Wahlausschuss am Montag mit.",
            "2031-05-13",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Nach der Neuauszählung kamen die Grünen in Tarnholm auf 31.200 Stimmen, teilte der Wahlausschuss am Donnerstag mit.",
            "2031-05-16",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /31\.500.*31\.200/su,
    },
    {
      name: "people affected by a breach, counted again days later, are one count over time: a series (en)",
      articles: [
        A("a.md", "The data of 900,000 people was stolen in the attack, the insurer said on Monday.", "2031-05-12"),
        A("b.md", "The insurer said on Wednesday that 2.6 million people were affected by the attack.", "2031-05-14"),
      ],
      messages: ["series"],
      severity: "info",
      message: /900,000.*2\.6 million/su,
    },
    {
      name: "people affected by a breach, counted again days later, are one count over time: a series (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Von dem Angriff sind 900.000 Menschen betroffen, teilte die Versicherung am Montag mit.",
            "2031-05-12",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Von dem Angriff sind 2,6 Millionen Menschen betroffen, teilte die Versicherung am Mittwoch mit.",
            "2031-05-14",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /900\.000.*2,6 Millionen/su,
    },
    {
      name: "ballots cast, counted once, that run backwards with no revision stated: a warning (en)",
      articles: [
        A("a.md", "In Tarnholm, 96,000 ballots were cast and 1,200 ballots were declared invalid.", "2031-05-13"),
        A("b.md", "In Tarnholm, 95,400 ballots were cast, the election board said.", "2031-05-16"),
      ],
      messages: ["backwards"],
      severity: "warning",
      message: /96,000.*95,400/su,
    },
    {
      name: "one reservoir's level as a percent of capacity, week by week, is a series that falls (en + de)",
      articles: [
        A("a.md", "The Kessel reservoir was at 52 percent of capacity on Monday, the water board said.", "2031-07-07"),
        {
          ...A(
            "b.md",
            "Der Kessel-Stausee ist nur noch zu 44 Prozent gefüllt, teilte die Wasserbehörde am Montag mit.",
            "2031-07-14",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /52 percent.*44 Prozent/su,
    },
    {
      name: "a harvest estimate revised is a series: the level of the harvest, whatever language (en + de)",
      articles: [
        A("a.md", "The Agriculture Ministry puts this year's harvest at 2.1 million tonnes.", "2031-07-07"),
        {
          ...A("b.md", "Das Ministerium schätzt die Ernte inzwischen auf 1,9 Millionen Tonnen.", "2031-08-04"),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /2\.1 million tonnes.*1,9 Millionen Tonnen/su,
    },
    {
      name: "a running count that a later article gives higher for the same day rose later that day: a series, not a conflict (en)",
      articles: [
        A(
          "a.md",
          "Rescuers had saved 120 people from the ferry by Monday morning, the coast guard said.",
          "2031-06-16",
        ),
        A(
          "b.md",
          "Two more survivors were found on a life raft on Monday afternoon, bringing the number rescued to 122.",
          "2031-06-17",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /120.*122/su,
    },
    {
      name: "a running count that a later article gives higher for the same day rose later that day: a series, not a conflict (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Bis Montagmorgen wurden 120 Menschen von der Fähre gerettet, teilte die Küstenwache mit.",
            "2031-06-16",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Am Montagnachmittag wurden zwei weitere Überlebende gefunden, damit stieg die Zahl der Geretteten am Montag auf 122.",
            "2031-06-17",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /120.*122/su,
    },
    {
      name: "a place only a past event's figures name makes no second place: the toll that names none is the story's (en)",
      articles: [
        A(
          "a.md",
          "A train derailed near Kessby in the Orla valley, killing two people on Monday, police said. In 2013, four people died in a derailment in Pellin.",
          "2031-04-08",
        ),
        A("b.md", "Three people have died since the derailment, officials said on Thursday.", "2031-04-11"),
      ],
      messages: ["series"],
      severity: "info",
      message: /two.*Three/su,
    },
    {
      name: "a place only a past event's figures name makes no second place: the toll that names none is the story's (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Bei der Entgleisung in der Region Orla sind am Montag zwei Menschen ums Leben gekommen, sagte die Polizei. Im Jahr 2013 starben in Pellin vier Menschen bei einem Zugunglück.",
            "2031-04-08",
          ),
          lang: "de",
        },
        {
          ...A("b.md", "Bis Donnerstag sind drei Menschen an den Folgen der Entgleisung gestorben.", "2031-04-11"),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /zwei.*drei/su,
    },
    {
      name: "a figure that continues the one straight before it is a point of its series: 12 by Tuesday, 30 by Thursday (en)",
      articles: [
        A(
          "a.md",
          "The death toll in Dorvik rose to 30 on Thursday, officials said. On Tuesday it had been 12.",
          "2031-04-11",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /12.*30/su,
    },
    {
      name: "a figure that continues the one straight before it is a point of its series: 12 by Tuesday, 30 by Thursday (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Die Zahl der Toten in Dorvik ist bis Donnerstag auf 30 gestiegen, teilten die Behörden mit. Bis Dienstag waren es 12 gewesen.",
            "2031-04-11",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /12.*30/su,
    },
    {
      name: "a status that one figure alone names says nothing: 93 Tote und 96 bestätigte Todesopfer sind eine Zahl (de)",
      articles: [
        { ...A("a.md", "Die Brände in Dorvik haben bis Montag 93 Menschen getötet.", "2031-04-07"), lang: "de" },
        { ...A("b.md", "In Dorvik wurden bis Mittwoch 96 bestätigte Todesopfer gezählt.", "2031-04-09"), lang: "de" },
      ],
      messages: ["series"],
      severity: "info",
      message: /93.*96/su,
    },
    {
      name: "a status that one figure alone names says nothing: 93 dead and 96 confirmed deaths are one toll (en)",
      articles: [
        A("a.md", "The fires in Dorvik have killed 93 people, officials said on Monday.", "2031-04-07"),
        A("b.md", "Officials have confirmed 96 deaths in Dorvik, the ministry said on Wednesday.", "2031-04-09"),
      ],
      messages: ["series"],
      severity: "info",
      message: /93.*96/su,
    },
    {
      name: "a day whose sources count apart is no fall: the ministry's 15 and the agency's 23, then 19 (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Laut Ministerium sind in Dorvik bis Mittwoch 15 Menschen an Cholera gestorben. Die Zahl der Toten in Dorvik liegt bei 23, sagte die Global Health Agency, weil das Ministerium Tote zu Hause nicht zählt.",
            "2031-04-09",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Laut Ministerium sind in Dorvik bis Donnerstag 19 Menschen an Cholera gestorben.",
            "2031-04-10",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /15.*23.*19/su,
    },
    {
      name: "a day whose sources count apart is no fall: the ministry's 15 and the agency's 23, then 19 (en)",
      articles: [
        A(
          "a.md",
          "The Health Ministry said 15 people have died of cholera in Dorvik as of Wednesday. The Global Health Agency says the toll is 23, because the ministry leaves out people who died at home.",
          "2031-04-09",
        ),
        A("b.md", "The Health Ministry said 19 people have died of cholera in Dorvik by Thursday.", "2031-04-10"),
      ],
      messages: ["series"],
      severity: "info",
      message: /15.*23.*19/su,
    },
    {
      name: "names the status a story splits its measure by: suspected cases over time, beside confirmed ones",
      articles: [
        A("a.md", "Dorvik has recorded 212 suspected cholera cases, the ministry said on Monday.", "2031-04-07"),
        A("b.md", "Dorvik has recorded 332 suspected cholera cases, the ministry said on Tuesday.", "2031-04-08"),
        A("c.md", "Laboratory tests in Dorvik have confirmed 40 cases, the ministry said on Wednesday.", "2031-04-09"),
      ],
      messages: ["series"],
      severity: "info",
      message: /^suspected cases in Dorvik over time: .*212.*332/su,
    },
    {
      name: "shows area burned since a day as a running count: 2,400 hectares, then 3.800 Hektar (en + de)",
      articles: [
        A("a.md", "In the Tarvel hills, forest fires have burned 2,400 hectares since Monday.", "2031-07-16"),
        {
          ...A("b.md", "In den Tarvel-Bergen haben Waldbrände seit Montag 3.800 Hektar vernichtet.", "2031-07-18"),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
    },
    {
      name: "keeps a window's new cases out of the running count: no fall from 212 to 120 (en)",
      articles: [
        A("a.md", "Cases of cholera in Dorvik rose to 212 on Monday, the ministry said.", "2031-04-07"),
        A(
          "b.md",
          "Cases of cholera in Dorvik rose to 332 on Tuesday, the ministry said.\n\nIn the past 24 hours, 120 new cases were reported in Dorvik.",
          "2031-04-08",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /212.*332/su,
    },
    {
      name: "keeps a window's new cases out of the running count: no fall from 212 to 120 (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Die Zahl der Fälle in Dorvik stieg am Montag auf 212, teilte das Ministerium mit.",
            "2031-04-07",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Die Zahl der Fälle in Dorvik stieg am Dienstag auf 332, teilte das Ministerium mit.\n\nIn den vergangenen 24 Stunden wurden in Dorvik 120 neue Fälle gemeldet.",
            "2031-04-08",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /212.*332/su,
    },
    {
      name: "shows a running count that rises as a change over time, at info",
      articles: [
        A("a.md", "At least 12 people were killed in the floods in Varnholm on Monday.", "2031-04-08"),
        A("b.md", "The floods in Varnholm have killed 31 people so far, officials said on Thursday.", "2031-04-11"),
      ],
      messages: ["series"],
      severity: "info",
      message:
        /deaths in Varnholm over time: 7 Apr 2031: At least 12 .* → 11 Apr 2031: 31 .*The figures rose from At least 12 to 31\./u,
    },
    {
      name: "shows people moving since a day as a running total: the figures since Monday, not Tuesday's flow",
      articles: [
        A("a.md", "More than 11,400 people have entered Norland since the border opened on Monday.", "2031-04-08"),
        A("b.md", "About 6,200 people crossed into Norland on Tuesday.", "2031-04-09"),
        A("c.md", "Since Monday, 19,500 people have entered Norland, the border service said.", "2031-04-10"),
      ],
      messages: ["series"],
      severity: "info",
      message: /into Norland over time: 8 Apr 2031: More than 11,400 .* → 10 Apr 2031: 19,500 .*rose/u,
    },
    {
      name: "shows turnout as the count goes on as a series: a rate of one election day by day, at info (en + de)",
      articles: [
        A("a.md", "Turnout in Varnland stood at 58.2 percent on Sunday night, the commission said.", "2031-06-15"),
        A("b.md", "Turnout in Varnland was 61.9 percent on Monday, with every station counted.", "2031-06-16"),
        { ...A("c.md", "Die Wahlbeteiligung in Varnland lag am Montag bei 61,9 Prozent.", "2031-06-16"), lang: "de" },
      ],
      messages: ["series"],
      severity: "info",
      message: /turnout in Varnland over time: 15 Jun 2031: 58\.2 percent .* → 16 Jun 2031: 61\.9 percent .*rose/u,
    },
    {
      name: "shows workers on strike day by day as a series: one ongoing strike, not a crowd on each day",
      articles: [
        A("a.md", "In Kellby 2,400 workers went on strike on Monday, the union said.", "2031-03-03"),
        A("b.md", "On Tuesday 2,600 workers were on strike in Kellby.", "2031-03-04"),
      ],
      messages: ["series"],
      severity: "info",
      message: /workers on strike in Kellby over time: 3 Mar 2031: 2,400 .* → 4 Mar 2031: 2,600 .*rose/u,
    },
    {
      name: "takes as a point a figure that leaves out the measure of the figure before it in its sentence",
      articles: [
        A(
          "a.md",
          "In Kellby 2,400 workers went on strike on Monday, and across the Norland region 5,300.",
          "2031-03-03",
        ),
        A("b.md", "On Tuesday 6,100 workers were on strike across the Norland region.", "2031-03-04"),
      ],
      messages: ["series"],
      severity: "info",
      message: /workers on strike in Norland over time: 3 Mar 2031: 5,300 .* → 4 Mar 2031: 6,100 /u,
    },
    {
      name: "shows fewer workers on strike at info: a strike's count may fall, it is no running count",
      articles: [
        A("a.md", "In Kellby 2,400 workers went on strike on Monday, the union said.", "2031-03-03"),
        A("b.md", "In Kellby 1,500 workers were on strike on Tuesday, the union said.", "2031-03-04"),
      ],
      messages: ["series"],
      severity: "info",
      message: /fell from 2,400 to 1,500/u,
    },
    {
      name: "shows fewer people missing at info: the missing are a state of one event that falls as people are found (en)",
      articles: [
        A("a.md", "In Kellby 60 people were missing on Wednesday, the police said.", "2031-03-05"),
        A("b.md", "In Kellby 45 people were still missing on Thursday, the police said.", "2031-03-06"),
      ],
      messages: ["series"],
      severity: "info",
      message: /missing in Kellby over time: 5 Mar 2031: 60 .* → 6 Mar 2031: 45 .*fell from 60 to 45/u,
    },
    {
      name: "shows households without power day by day at info: a state that rises and falls (en + de)",
      articles: [
        A(
          "a.md",
          "About 184,000 households in Kellby were without power on Monday, the grid operator said.",
          "2031-03-04",
        ),
        A("b.md", "On Tuesday 240,000 households in Kellby were without power, the grid operator said.", "2031-03-05"),
        {
          ...A(
            "c.md",
            "Am Mittwoch waren in Kellby noch 150.000 Haushalte ohne Strom, teilte der Netzbetreiber mit.",
            "2031-03-06",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
    },
    {
      name: "shows people in shelters day by day at info: a state that rises and falls (en + de)",
      articles: [
        A("a.md", "On Monday night 39,000 people in Kellby stayed in shelters, the agency said.", "2031-03-05"),
        {
          ...A(
            "b.md",
            "Am Dienstag waren in Kellby 61.000 Menschen in Notunterkünften, teilte die Behörde mit.",
            "2031-03-06",
          ),
          lang: "de",
        },
        A("c.md", "By Thursday 29,000 people in Kellby were still in shelters, the agency said.", "2031-03-08"),
      ],
      messages: ["series"],
      severity: "info",
    },
    {
      name: "shows fewer people missing at info (de)",
      articles: [
        {
          ...A("a.md", "In Kellby wurden am Mittwoch 60 Menschen vermisst, teilte die Polizei mit.", "2031-03-05"),
          lang: "de",
        },
        {
          ...A("b.md", "Am Donnerstag wurden in Kellby noch 45 Menschen vermisst, sagte die Polizei.", "2031-03-06"),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /fell from 60 to 45/u,
    },
    {
      name: "flags a running count that falls with no stated revision, as a warning",
      articles: [
        A("a.md", "The floods in Varnholm have killed 40 people, officials said on Monday.", "2031-04-08"),
        A("b.md", "The floods in Varnholm have killed 25 people, officials said on Thursday.", "2031-04-11"),
      ],
      messages: ["backwards"],
      severity: "warning",
    },
    {
      name: "shows a fall at info when a figure names no place of its own: it joined the story's one place",
      articles: [
        A("a.md", "The floods in Varnholm have killed 40 people, officials said on Monday.", "2031-04-08"),
        A("b.md", "The floods have killed 25 people, officials said on Thursday.", "2031-04-11"),
      ],
      messages: ["series"],
      severity: "info",
      message: /The figures fell from 40 to 25\./u,
    },
    {
      name: "does not flag a fall that the text says is a revision",
      articles: [
        A("a.md", "The floods in Varnholm have killed 40 people, officials said on Monday.", "2031-04-08"),
        A("b.md", "Officials revised the death toll from the floods in Varnholm down to 25 on Thursday.", "2031-04-11"),
      ],
      messages: ["series"],
      severity: "info",
    },
    {
      name: "a fallback measure whose figures say they run is a running count: a fall with no revision stated is flagged (en)",
      articles: [
        A("a.md", "The insurer said it had notified 620,000 customers so far.", "2031-04-09"),
        A("b.md", "The insurer has notified 1.1 million customers since Monday, it said.", "2031-04-10"),
        A("c.md", "The insurer has notified 950,000 customers since Monday, it said on Friday.", "2031-04-11"),
      ],
      messages: ["backwards"],
      severity: "warning",
    },
    {
      name: "aid paid so far is a running sum: a measure with no flag of time runs where its figures say so (en + de)",
      articles: [
        {
          ...A("a.md", "In Tarnholm sind bisher 40 Millionen Euro an Hilfen ausgezahlt worden.", "2031-07-14"),
          lang: "de",
        },
        A(
          "b.md",
          "The state has paid out 95 million euros in aid in Tarnholm so far, the ministry said.",
          "2031-07-24",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /40 Millionen Euro.*95 million euros/su,
    },
    {
      name: "accidents counted since a day are a running count, in both languages (en + de)",
      articles: [
        A("a.md", "Police in Tarnholm have recorded 420 road accidents since Friday.", "2031-01-14"),
        { ...A("b.md", "Die Polizei in Tarnholm zählte seit Freitag 910 Unfälle.", "2031-01-16"), lang: "de" },
      ],
      messages: ["series"],
      severity: "info",
      message: /420.*910/su,
    },
    {
      name: "a change in percent of the amount the sentence before named is a point of that change's series (en + de)",
      articles: [
        {
          ...A(
            "a.md",
            "Das Amt erwartet, dass die Gerstenernte um 12 Prozent unter der des Vorjahres liegt.",
            "2031-07-07",
          ),
          lang: "de",
        },
        A(
          "b.md",
          "The board cut its estimate of the barley harvest to 600,000 tonnes on Monday. That is a fall of 20 percent on last year.",
          "2031-07-21",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /12 Prozent.*20 percent/su,
    },
    {
      name: "a fallback measure whose figures say they run is a series over time (de)",
      articles: [
        { ...A("a.md", "Bislang hat die Kasse 620.000 Kunden benachrichtigt.", "2031-04-09"), lang: "de" },
        { ...A("b.md", "Seit Montag hat die Kasse 1,1 Millionen Kunden benachrichtigt.", "2031-04-10"), lang: "de" },
      ],
      messages: ["series"],
      severity: "info",
      message: /620\.000.*1,1 Millionen/su,
    },
    {
      name: "an earlier value of no time of its own is a figure of the point it repeats, the point before the figure it follows (en)",
      articles: [
        A("a.md", "Eight people have died in the floods in Tesk, police said on Monday.", "2031-05-11"),
        A("b.md", "The death toll in Tesk rose to 11 on Tuesday, up from eight, police said.", "2031-05-12"),
      ],
      messages: ["series"],
      severity: "info",
      message: /: Eight \(police; a, b; 2 places/su,
    },
    {
      name: "an earlier value of no time of its own is a figure of the point it repeats, the point before the figure it follows (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Bei den Überschwemmungen in Tesk sind acht Menschen gestorben, teilte die Polizei am Montag mit.",
            "2031-05-11",
          ),
          lang: "de",
        },
        {
          ...A("b.md", "Die Polizei korrigierte die Zahl der Toten in Tesk am Dienstag von acht auf 11.", "2031-05-12"),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /: acht \(Polizei; a, b; 2 places/su,
    },
    {
      name: "an earlier value that no point before stands at stays out of the series: it says no more (en)",
      articles: [
        A("a.md", "Eight people have died in the floods in Tesk, police said on Monday.", "2031-05-11"),
        A("b.md", "The death toll in Tesk rose to 11 on Tuesday, up from nine, police said.", "2031-05-12"),
      ],
      messages: ["series"],
      severity: "info",
      message: /: Eight \(police; a\) →/su,
    },
    {
      name: "two sources' counts, one of them changed the next day, are a change though the other's stays: a series (en)",
      articles: [
        A(
          "a.md",
          "The operator said 40 tonnes of oil had leaked into the Tarn by Tuesday. The environment agency said 110 tonnes had leaked into the Tarn by Tuesday.",
          "2031-05-13",
        ),
        A(
          "b.md",
          "The operator said 65 tonnes of oil had leaked into the Tarn by Wednesday. The environment agency said 110 tonnes had leaked into the Tarn by Wednesday.",
          "2031-05-14",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /40 tonnes.*110 tonnes.*→.*65 tonnes/su,
    },
    {
      name: "two sources' counts, one of them changed the next day, are a change though the other's stays: a series (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Laut dem Betreiber sind bis Dienstag 40 Tonnen Öl in den Tarn ausgelaufen. Laut der Umweltbehörde sind bis Dienstag 110 Tonnen in den Tarn ausgelaufen.",
            "2031-05-13",
          ),
          lang: "de",
        },
        {
          ...A(
            "b.md",
            "Laut dem Betreiber sind bis Mittwoch 65 Tonnen Öl in den Tarn ausgelaufen. Laut der Umweltbehörde sind bis Mittwoch 110 Tonnen in den Tarn ausgelaufen.",
            "2031-05-14",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /40 Tonnen.*110 Tonnen.*→.*65 Tonnen/su,
    },
    {
      name: "shows people moving up to a day as a running total, as since a day: 'by Thursday', 'bis Freitag' (en + de)",
      articles: [
        A("a.md", "Since Monday, 19,500 people have entered Norland, the border service said.", "2031-04-09"),
        A("b.md", "By Thursday, 27,000 people had entered Norland, the agency said.", "2031-04-10"),
        { ...A("c.md", "Bis Freitag waren 31.000 Menschen nach Norland eingereist.", "2031-04-11"), lang: "de" },
      ],
      messages: ["series"],
      severity: "info",
      message: /into Norland over time: 9 Apr 2031: 19,500 .* → 10 Apr 2031: 27,000 .* → 11 Apr 2031: 31\.000 /u,
    },
    {
      name: "lists a translation's figure under its own words for the holder: 'Grüne Liga' is the 'Green League' by the figures a translation shares with its original (en + de)",
      articles: [
        A(
          "a.md",
          [
            "The Green League won 412,400 votes in Varnland on 4 May, the commission said on Monday.",
            "The Liberal Union won 398,100 votes, and turnout was 61.2 percent.",
            "Ilse Marrow, 52, the Green League's leader, said she would form a government by 1 June.",
            "Tomas Orrin, 61, of the Liberal Union, conceded on Monday night.",
            "Some 2,400 observers watched 3,100 polling stations, said Vera Lind, 44.",
          ].join("\n\n"),
          "2031-05-05",
        ),
        {
          ...A(
            "b.md",
            [
              "Die Grüne Liga erhielt in Varnland am 4. Mai 412.400 Stimmen, teilte die Kommission am Montag mit.",
              "Die Liberale Union erhielt 398.100 Stimmen, die Wahlbeteiligung lag bei 61,2 Prozent.",
              "Ilse Marrow, 52, die Vorsitzende der Grünen Liga, sagte, sie werde bis zum 1. Juni eine Regierung bilden.",
              "Tomas Orrin, 61, von der Liberalen Union, räumte am Montagabend die Niederlage ein.",
              "Rund 2.400 Beobachter überwachten 3.100 Wahllokale, sagte Vera Lind, 44.",
            ].join("\n\n"),
            "2031-05-05",
          ),
          lang: "de",
        },
        A("c.md", "After the recount in Varnland, the Green League had 411,900 votes.", "2031-05-09"),
      ],
      messages: ["series"],
      severity: "info",
      held: 3,
    },
    {
      name: "a figure that continues the one before it goes on from the whole, not from its part: seven by Tuesday, 21 by Thursday (en)",
      articles: [
        A(
          "a.md",
          "By Thursday 21 miners had been rescued in Dorvik, nine of them in the past 24 hours. By Tuesday there had been seven.",
          "2031-04-11",
        ),
      ],
      messages: ["series"],
      severity: "info",
      message: /seven.*→.*21/su,
    },
    {
      name: "a figure that continues the one before it goes on from the whole, not from its part: sieben bis Dienstag, 21 bis Donnerstag (de)",
      articles: [
        {
          ...A(
            "a.md",
            "Bis Donnerstag wurden in Dorvik 21 Bergleute lebend geborgen, neun davon in den vergangenen 24 Stunden. Bis Dienstag waren es erst sieben gewesen.",
            "2031-04-11",
          ),
          lang: "de",
        },
      ],
      messages: ["series"],
      severity: "info",
      message: /sieben.*→.*21/su,
    },
  ],
});
