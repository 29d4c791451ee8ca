# Ages of people: "28-year-old Mikhail Bayankin", "43 years old", "a 10-month-old baby", "aged 16, 17 and 19",
# "Konstantin (42)", "Anna Zuyeva, 35,", "the driver, 67,", "Der 28-Jährige", "43 Jahre alt", "im Alter von 19 Jahren",
# "I am 61 and …", "he turned sixteen during …", "Ich bin 61 und …".

Age -> Number %hyphen:? %ageAdj {% (d, l, r) => pp.ageAdjective([d[0], d[1], d[2], null], l, r) %}
     | Number %hyphen:? %ageAdj PersonName {% pp.ageAdjective %}
     | Number %yearUnit %old {% pp.ageYearsOld %}
     | Number %shortAgeUnit %old {% pp.ageYearsOld %}
     | Number %hyphen %shortAgeUnit %hyphen %old {% (d, l, r) => pp.ageYearsOld([d[0], d[2], d[4]], l, r) %}
     | Number %yearUnit %rangeAnd:? Number %shortAgeUnit %old {% pp.ageInTwoUnits %}
     | %aged Number %yearUnit %rangeAnd:? Number %shortAgeUnit {% pp.ageInTwoUnits %}
     | %aged AgeNumbers %shortAgeUnit {% pp.ageList %}
     | %aged AgeNumbers {% (d, l, r) => pp.ageList([d[0], d[1], null], l, r) %}
     | %aged AgeNumbers %yearUnit {% pp.ageList %}
     | NameWord %lparen Digits %rparen {% pp.ageAfterName %}
     | NameWord %comma Digits %comma {% pp.ageAfterName %}
     | %personNoun %comma Digits %comma {% pp.ageAfterNoun %}
     | %personNoun %lparen Digits %rparen {% pp.ageAfterNoun %}
     | %agePronoun %ageCopula %adverb:? Number AgeEnd {% pp.ageStated %}
     | %ageContraction %adverb:? Number AgeEnd {% pp.ageStated %}
     | %ageTurned Number AgeEnd {% pp.ageStated %}

# What may follow a stated age: "I am 61 and …", "he was 19," — not a unit or a noun.
AgeEnd -> %comma {% id %}
        | %dot {% id %}
        | %ageEnd {% id %}

# A hedged age or a range of ages is a quantity of kind age: "no more than 50 years old",
# "up to the age of 60", "aged over 60", "aged 18 to 60", "between the ages of 18 and 60",
# "höchstens 50 Jahre alt", "im Alter von bis zu 60 Jahren", "im Alter von 18 bis 60 Jahren",
# "über 60-Jährige", "unter 18-jährige Fahrer", "the over-65s", "under-18s", "Kinder unter 12 Jahren", "people over 65 years", "18- bis 25-Jährige", "18- to 25-year-olds",
# "aged between 18 and 35", "im Alter zwischen 18 und 35 Jahren"; an age within a decade, "a man in
# his 40s" (40 to 49), "in her early 30s" (30 to 33), "Mitte 40" (43 to 46), "in den Vierzigern".
QualifiedAge -> %qualifier Number %yearUnit %old {% pp.qualifiedAge %}
              | %qualifier Number %hyphen:? %ageAdj {% pp.qualifiedAge %}
              | %qualifier %hyphen Digits %decadeEnding {% pp.qualifiedAge %}
              | %peopleNoun %qualifier Number %yearUnit {% pp.peopleAgeLimit %}
              | %qualifier %det:? %aged Number %yearUnit:? {% pp.qualifiedAge %}
              | %aged %qualifier Number %yearUnit:? {% pp.qualifiedAge %}
              | %aged Number %yearUnit:? %boundAfter {% pp.qualifiedAge %}
              | %aged Number %rangeWord Number %yearUnit:? {% pp.ageRange %}
              | Number %hyphen %rangeWord Number %hyphen:? %ageAdj {% pp.ageRange %}
              | %aged DigitNumber %rangeDash DigitNumber %yearUnit:? {% pp.ageRange %}
              | %rangeFrom %det:? %aged Number %rangeAnd Number %yearUnit:? {% pp.ageRange %}
              | %aged %rangeFrom Number %rangeAnd Number %yearUnit:? {% pp.ageRange %}
              | %decadeBefore %decadePart:? %hyphen:? Digits %decadeEnding {% pp.decadeAge %}
              | %decadeBefore %decadePart:? %hyphen:? %decade {% pp.decadeAge %}
              | %decadePartBeforeNumber Number {% pp.decadeAge %}

AgeNumbers -> Number {% pp.list %}
            | AgeNumbers %comma Number {% pp.list %}
            | AgeNumbers %rangeAnd Number {% pp.list %}
            | AgeNumbers %comma %rangeAnd Number {% pp.list %}

# A name before an age is matched from its last word, so that a caption ("Photo Reuters Anna
# Zuyeva (35)") cannot become part of it; extract widens it to the full name.
NameWord -> %personName {% pp.name %}

# A name after an age: at most three words.
PersonName -> %personName {% pp.name %}
            | %personName %personName {% pp.name %}
            | %personName %personName %personName {% pp.name %}
