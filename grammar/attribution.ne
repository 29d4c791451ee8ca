# Attribution: to whom the article gives a figure. "according to the New York Times",
# "laut Verteidigungsministerium", "the Defence Ministry has claimed", "told DW".

Attribution -> %accordingTo Source {% (d) => pp.attribution(d, "according") %}
             | Source %aux:? %adverb:? %sayVerb {% (d) => pp.attribution(d, "source-verb") %}
             | %sayVerb Source {% (d) => pp.attribution(d, "verb-source") %}

Source -> SourceName {% id %}
        | %det SourceName {% (d) => d[1] %}

SourceName -> %name {% pp.name %}
            | SourceName %name {% pp.name %}
            | SourceName %nameJoiner %name {% pp.name %}
