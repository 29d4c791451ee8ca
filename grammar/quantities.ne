# Quantities: a number with its qualifier, unit or currency; ranges; vague amounts.

Quantity -> Core {% id %}
          | %qualifier Core {% pp.qualify %}
          | Compound {% id %}
          | Core %boundAfter {% pp.qualifyAfter %}

# A change is two figures, not a range: "rose from 5 % to 7 %", "fell 0.4 per cent to 13,176",
# "climbed by 12 % to $4.5bn", "von 5 auf 7 Prozent", "um 3 Prozent auf 103".
Change -> %changeVerb %changeBy:? %rangeFrom:? Quantity %changeTo Quantity {% pp.change %}
        | %rangeFrom Quantity %changeToOnly Quantity {% pp.change %}
        | %changeBy Quantity %changeToOnly Quantity {% pp.change %}

# "24-hour", "six-day", "10-km", "die 1-Euro-Münze", "a 50-pound note": a compound adjective takes no qualifier ("under 24-hour
# protection" is not "less than a day").
Compound -> Number %hyphen %unit {% pp.withUnit %}
          | Number %hyphen %currency {% pp.withUnit %}
          | Number %hyphen:? %ageAdj {% pp.thingAge %}

Core -> Number {% pp.plain %}
      | Number %unit {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | Number %more %unit {% pp.withUnit %}
      | Article %durationUnit {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | Article %shareUnit {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | Number %currency {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | Digits %gluedLetterCurrency {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | %currency Number {% pp.currencyFirst %}
      | Fraction {% id %}
      | %multiplePhrase {% pp.multiplePhrase %}
      | Ratio {% id %}
      | Number UnitWord Rate {% pp.rate %}
      | %currency Number Rate {% pp.rate %}
      | Number %perNumber Number {% pp.rate %}
      | Number CountedNoun Rate {% pp.countedRate %}
      | Number %per %unit {% (d) => pp.rate([d[0], pp.per([d[1], d[2]])]) %}
      | Number %unit Number %smallerUnit {% pp.compoundAmount %}
      | Number %unit %rangeAnd Number %smallerUnit {% pp.compoundAmount %}
      | Article %durationUnit Number %unit {% pp.compoundAmount %}
      | Article %durationUnit %rangeAnd Number %unit {% pp.compoundAmount %}
      | Number %currency Number %currency {% pp.compoundAmount %}
      | Number %currency Digits %gluedLetterCurrency {% pp.compoundAmount %}
      | Number %currency %rangeAnd Number %currency {% pp.compoundAmount %}
      | FractionSign %unit {% (d) => pp.withUnit([d[0], null, d[1]]) %}
      | Number %unit %plusHalf {% pp.unitPlusHalf %}
      | Article %durationUnit %plusHalf {% pp.unitPlusHalf %}
      | Multiplier %hyphen:? %fraction %unit {% pp.fractionUnit %}
      | Multiplier %hyphen:? %fraction %of Article %unit {% pp.fractionUnit %}
      | %half Article %unit {% pp.halfUnit %}
      | Article %half %unit {% pp.halfUnit %}
      | Range {% id %}
      | Vague {% id %}
      | Vague %unit {% pp.vagueWithUnit %}
      | Vague %currency {% pp.vagueWithUnit %}
      | %tensOf %of %pluralScale %of %currency {% (d) => pp.vagueWithUnit([pp.pluralScale(d.slice(0, 3)), d[4]]) %}
      | %pluralScale %of %pluralScale %of %currency {% (d) => pp.vagueWithUnit([pp.pluralScale(d.slice(0, 3)), d[4]]) %}
      | %vagueDet UnitWord {% (d) => pp.vagueDeterminerUnit([d[0], null, d[1]]) %}
      | %vagueDet %more UnitWord {% pp.vagueDeterminerUnit %}
      | %vagueDet %countedNoun {% pp.vagueDeterminerNoun %}

CountedNoun -> %countedNoun {% id %}
             | %countedMeasure {% id %}

# What a rate is per: "per day", "pro Tag", "a year", "a litre", "je Liter", "per 100,000", "per capita".
Rate -> %per %unit {% pp.per %}
      | %article %durationUnit {% pp.per %}
      | %article %rateUnit {% pp.per %}
      | %perCapita {% pp.per %}
      | %perNumber Number {% pp.perNumber %}

# "one in three", "3 out of 10", "seven of 10", "einer von drei", "every fifth", "jeder Dritte":
# a proportion, in percent.
Ratio -> Number %ratioIn Number {% pp.ratio %}
       | Number %ratioIn %every Number {% (d, l, r) => pp.ratio([d[0], d[1], d[3]], l, r) %}
       | Number %of Number {% pp.ratio %}
       | %article %of Number {% pp.ratio %}
       | %every %ordinal {% pp.everyNth %}

# "between 5 and 10 million", "5,000 to 6,000 km", "5–10", "$5-10bn"
Range -> %rangeFrom Number UnitWord:? %rangeAnd Number UnitWord:? {% pp.rangeBetween %}
       | Number UnitWord:? %rangeWord Number UnitWord:? {% pp.rangeTo %}
       | DigitNumber UnitWord:? %rangeDash DigitNumber UnitWord:? {% pp.rangeTo %}
       | %currency Number %rangeWord %currency:? Number {% pp.rangeCurrency %}
       | %currency DigitNumber %rangeDash %currency:? DigitNumber {% pp.rangeCurrency %}
       | %rangeFrom Number UnitWord:? %rangeWord Number UnitWord:? {% pp.rangeFromTo %}
       | %rangeFrom %currency Number %rangeAnd %currency:? Number {% pp.rangeFromCurrency %}
       | %rangeFrom %currency Number %rangeWord %currency:? Number {% pp.rangeFromCurrency %}
       | %rangeFrom:? %qualifier Number UnitWord:? %rangeAnd %qualifier Number UnitWord:? {% pp.rangeBounds %}
       | %rangeFrom:? %qualifier Number UnitWord:? %boundAfter Number UnitWord:? {% pp.rangeBoundAfter %}

UnitWord -> %unit {% id %}
          | %currency {% id %}

# "hundreds of", "Tausende", "tens of thousands", "hundreds of thousands", "several hundred";
# a vague determiner straight before a unit counts that unit: "a few decades", "mehrere Tage";
# before a noun of the lexicon, that noun: "a couple of witnesses", "ein paar Zeugen", "several homes".
Vague -> %pluralScale {% pp.pluralScale %}
       | %pluralScale %of {% pp.pluralScale %}
       | %pluralScale %of %pluralScale {% pp.pluralScale %}
       | %tensOf %of %pluralScale {% pp.pluralScale %}
       | %vagueDet %hundred {% pp.vagueDeterminer %}
       | %vagueDet %hundred %scale {% pp.vagueDeterminer %}
       | %vagueDet %scale {% pp.vagueDeterminer %}
       | %vagueDet Below100 %scale {% pp.vagueTensOf %}
       | %pluralScale %scale {% pp.pluralScaleOf %}
