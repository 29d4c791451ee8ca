# Attribution: to whom the article gives a figure. A name may be hyphenated ("OVD-Info",
# "das Lewada-Zentrum"). "according to the New York Times",
# "laut Verteidigungsministerium", "the Defence Ministry has claimed", "told DW",
# "the “Baltic Courier” even claims", "die Zeitung berichtet sogar".

Attribution -> %accordingTo Source {% (d) => pp.attribution(d, "according") %}
             | Source %aux:? %adverb:? %sayVerb {% (d) => pp.attribution(d, "source-verb") %}
             | Source %sayVerb %adverb {% (d) => pp.attribution(d, "source-verb") %}
             | %sayVerb Source {% (d) => pp.attribution(d, "verb-source") %}
             | %sayVerb Title Source {% (d) => pp.attribution(d, "verb-source") %}
             | %sayVerb Source SourceAge {% pp.attributionWithAge %}
             | %sayVerb Title Source SourceAge {% pp.attributionWithAge %}
             | %accordingTo Title Source {% (d) => pp.attribution(d, "according") %}
             | Title Source %aux:? %adverb:? %sayVerb {% (d) => pp.attribution(d, "source-verb") %}
             | Title Source %comma %sayVerb {% (d) => pp.attribution(d, "source-verb") %}
             | %det:? SourceName %smallBody %aux:? %adverb:? %sayVerb {% (d) => pp.attribution([pp.name([d[1], d[2]]), d[5]], "source-verb") %}
             | %det Modifiers %smallBody %aux:? %adverb:? %sayVerb {% (d) => pp.attribution([pp.name([d[1], d[2]]), d[5]], "source-verb") %}
             | %sayVerb %det:? %descriptor {% (d) => pp.attribution([d[0], pp.titleOnly(d)], "verb-source") %}
             | %sayVerb %article Modifiers %descriptor {% pp.indefiniteAttribution %}
             | %sayVerb %article Modifiers %descriptor Source {% pp.indefiniteAttribution %}
             | %accordingTo %det:? Modifiers %descriptor {% (d) => pp.attribution([d[0], pp.titleOnly(d)], "according") %}
             | %det:? Modifiers %descriptor %aux:? %adverb:? %sayVerb {% (d) => pp.attribution([pp.titleOnly(d), d[5]], "source-verb") %}

# The source's age after its name: "said Anna Petrova, 35,", "said Oleg Sidorov, 42.",
# "sagte Anna Petrowa (35)".
SourceAge -> %comma Digits %comma {% (d) => d %}
           | %comma Digits %dot {% (d) => d %}
           | %lparen Digits %rparen {% (d) => d %}

# What the source is, before its name: "Verteidigungsminister", "die Sprecherin der Organisation,",
# "the newspaper", "die Zeitung", "the independent outlet", "das unabhängige Portal".
# A capitalised word may stand before the descriptor: "the German daily", "Norland Governor".
Title -> %det:? Modifiers %name:? %descriptor {% pp.name %}
       | Title %det:? Modifiers %descriptor {% pp.name %}
       | Title %comma {% pp.name %}

# A name in quotation marks: "the “Baltic Courier” reported"; the marks are not part of it.
Source -> NamedSource {% id %}
        | %det NamedSource {% (d) => d[1] %}
        # "nach Angaben des örtlichen Gesundheitsministeriums": a word that qualifies the name is no
        # part of it ("the National Water Agency" keeps its capitalised one: capitalModifier).
        | %det:? %smallModifier NamedSource {% (d) => d[2] %}
        | %quote NamedSource %quote {% (d) => d[1] %}
        | %det %quote NamedSource %quote {% (d) => d[2] %}

# A capitalised descriptor ends a name: "the Federal Emergency Management Agency".
NamedSource -> SourceName {% id %}
             | SourceName %capitalDescriptor {% pp.name %}

SourceName -> %name {% pp.name %}
            | %capitalModifier %name {% pp.name %}
            | SourceName %name {% pp.name %}
            | SourceName %nameJoiner %name {% pp.name %}
            | SourceName %gluedHyphen %gluedName {% pp.name %}

Modifiers -> null
           | Modifiers %modifier
