# Attribution: to whom the article gives a figure. "according to the New York Times",
# "laut Verteidigungsministerium", "the Defence Ministry has claimed", "told DW".

Attribution -> %accordingTo Source {% pp.attribution %}
             | Source %aux:? %sayVerb {% pp.attribution %}
             | %sayVerb Source {% pp.attribution %}

Source -> SourceName {% id %}
        | %det SourceName {% (d) => d[1] %}

SourceName -> %name {% pp.name %}
            | SourceName %name {% pp.name %}
            | SourceName %nameJoiner %name {% pp.name %}
