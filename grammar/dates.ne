# Dates and years: "September 21", "October 4, 2022", "21. September 2022", "March 2022",
# "in 2014", "seit 2015". A year is a date, never a count.

Date -> %month Day {% (d, l, r) => pp.monthDayYear([d[0], d[1], null, null], l, r) %}
      | %month Day %comma:? Year {% (d, l, r) => pp.monthDayYear([d[0], d[1], d[2], [d[2], d[3]]], l, r) %}
      | Day %dot:? %month {% (d, l, r) => pp.dayMonthYear([d[0], d[1], d[2], null], l, r) %}
      | Day %dot:? %month Year {% pp.dayMonthYear %}
      | %month Day %rangeWord Day {% (d, l, r) => pp.monthDayYear([d[0], d[1], null, null], l, r) %}
      | %month Day %rangeDash Day {% (d, l, r) => pp.monthDayYear([d[0], d[1], null, null], l, r) %}
      | %month Year {% pp.monthYear %}
      | %yearPrep Year {% pp.prepYear %}

Day -> Digits {% id %}
     | Digits %ordSuffix {% id %}

Year -> Digits {% id %}
