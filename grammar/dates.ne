# Dates and years: "September 21", "Sept. 21", "October 4, 2022", "21. September 2022",
# "March 2022", "in 2014", "seit 2015", "21.9.2022", "2022-09-21", "31/12/2024", "12/31/2024". A year is a date, never a count.

Date -> %month %dot:? Day {% (d, l, r) => pp.monthDayYear([d[0], d[2], null, null], l, r) %}
      | %month %dot:? Day %comma:? Year {% (d, l, r) => pp.monthDayYear([d[0], d[2], d[3], [d[3], d[4]]], l, r) %}
      | %dottedNum {% pp.dottedDate %}
      | Digits %gluedHyphen %gluedNum %gluedHyphen %gluedNum {% pp.isoDate %}
      | %num %gluedSlash %gluedNum %gluedSlash %gluedNum {% pp.slashDate %}
      | Day %dot:? %month {% (d, l, r) => pp.dayMonthYear([d[0], d[1], d[2], null], l, r) %}
      | Day %dot:? %month %dot:? Year {% (d, l, r) => pp.dayMonthYear([d[0], d[1], d[2], d[4]], l, r) %}
      | %month Day %rangeWord Day {% (d, l, r) => pp.monthDayYear([d[0], d[1], null, null], l, r) %}
      | %month Day %rangeDash Day {% (d, l, r) => pp.monthDayYear([d[0], d[1], null, null], l, r) %}
      | %rangeFrom:? Day %dot:? DayTo Day %dot:? %month {% (d, l, r) => pp.dayMonthYear([d[1], d[2], d[6], null], l, r) %}
      | %rangeFrom:? Day %dot:? DayTo Day %dot:? %month %dot:? Year {% (d, l, r) => pp.dayMonthYear([d[1], d[2], d[6], d[8]], l, r) %}
      | %month Year {% pp.monthYear %}
      | %yearPrep Year {% pp.prepYear %}

# "3 to 5 June", "3-5 June", "between 3 and 5 June", "vom 3. bis 5. Juni": the first day stands for the span.
DayTo -> %rangeWord {% id %}
       | %rangeDash {% id %}
       | %rangeAnd {% id %}

Day -> Digits {% id %}
     | Digits %ordSuffix {% id %}

Year -> Digits {% id %}
