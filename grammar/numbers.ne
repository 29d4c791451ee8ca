# Numbers: digits with an optional multiplier, and number words in both word orders
# ("twenty-five", German "fünfundzwanzig" split by the tagger into fünf|und|zwanzig);
# below zero after "minus" ("minus 10 degrees", "minus zehn Grad").

Number -> DigitNumber {% id %}
        | WordNumber {% id %}
        | %minus DigitNumber {% pp.negative %}
        | %minus WordNumber {% pp.negative %}
        | %minusSign %gluedNum {% (d) => pp.negative([d[0], pp.digits([d[1]]) as pp.Num]) %}
        | HalfMixed {% id %}
        | WordDecimal {% id %}
        | Scientific {% id %}
        | Digits %vulgarFraction {% pp.mixedFraction %}
        | Digits SlashFraction {% pp.mixedFraction %}

# Decimals in words: "three point five", "null Komma zwei fünf".
WordDecimal -> Below1000 %decimalPoint DecimalDigits {% pp.wordDecimal %}

DecimalDigits -> Units {% pp.list %}
               | DecimalDigits Units {% pp.list %}

# Scientific notation: "1e10", "1.2e6", "1.2 × 10⁶", "1.2 x 10^6".
Scientific -> %num %exponentE %gluedNum {% pp.scientific %}
            | %num %times %num Superscripts {% pp.scientific %}
            | %num %times %num %caret %gluedNum {% pp.scientific %}

Superscripts -> %superscript {% (d) => d %}
              | Superscripts %superscript {% (d) => [...d[0], d[1]] %}

# "two and a half", "5 and a half", German "zweieinhalb" (split by the tagger into zwei|einhalb).
HalfMixed -> Below1000 %plusHalf {% pp.plusHalf %}
           | Digits %plusHalf {% pp.plusHalf %}
           | Article %plusHalf {% pp.plusHalf %}

# "1/2", "3/4": a fraction in digits; "24/7" and "9/11" are none (grammar-support says which are).
SlashFraction -> %num %gluedSlash %gluedNum {% pp.slashFraction %}

# A fraction on its own: "½", "1/2".
FractionSign -> %vulgarFraction {% pp.vulgarFraction %}
              | SlashFraction {% id %}

Digits -> %num {% pp.digits %}

DigitNumber -> Digits {% id %}
             | Digits %noDecimals {% pp.noDecimals %}
             | Digits %scale {% pp.scaled %}
             | Digits %scaleAbbr {% pp.scaled %}
             | Digits %hundred {% pp.scaled %}

WordNumber -> Below1000 {% id %}
            | Groups {% id %}
            | Groups Below1000 {% pp.sum %}
            | Groups %joiner Below1000 {% pp.sum %}

# "twenty-five thousand", "a million", "tausend", "half a million", "eine halbe Million",
# "a million and a half", "a quarter million", "three quarters of a million", "eine Viertelmillion"
Groups -> Group {% id %}
        | Groups Group {% pp.sum %}

Group -> Below1000 %scale {% pp.scaleGroup %}
       | Article %scale {% pp.scaleGroup %}
       | %bareScale {% (d) => pp.scaleGroup([null, d[0]]) %}
       | %half Article %scale {% pp.halfScale %}
       | Article %half %scale {% pp.halfScale %}
       | HalfMixed %scale {% pp.scaleGroup %}
       | WordDecimal %scale {% pp.scaleGroup %}
       | Below1000 %scale %plusHalf {% pp.scalePlusHalf %}
       | Multiplier %hyphen:? %fraction %scale {% pp.fractionScale %}
       | Multiplier %hyphen:? %fraction %of Article %scale {% pp.fractionScale %}
       | Article %scale %plusHalf {% pp.scalePlusHalf %}

Below1000 -> Below100 {% id %}
           | Hundreds {% id %}

# "nineteen hundred" (1,900), "zwölfhundert" (1,200): teens count hundreds too.
Hundreds -> HundredHead {% id %}
          | HundredHead Below100 {% pp.sum %}
          | HundredHead %joiner Below100 {% pp.sum %}

HundredHead -> %hundred {% (d) => pp.hundreds([null, d[0], null, null]) %}
             | Multiplier %hundred {% (d) => pp.hundreds([d[0], d[1], null, null]) %}
             | Teens %hundred {% (d) => pp.hundreds([d[0], d[1], null, null]) %}

Below100 -> Units {% id %}
          | Teens {% id %}
          | Tens {% id %}
          | %tens %hyphen:? %units {% pp.tensUnits %}
          | Multiplier %unitTensJoiner %tens {% pp.unitsTens %}

Multiplier -> Units {% id %}
            | Article {% id %}

Units -> %units {% pp.word %}
Teens -> %teens {% pp.word %}
Tens -> %tens {% pp.word %}
Article -> %article {% pp.word %}

# "a quarter", "two-thirds", "zwei Drittel", "half of", "die Hälfte": proportions
Fraction -> Multiplier %hyphen:? %fraction {% pp.fraction %}
          | %fractionPhrase {% pp.fractionPhrase %}
          | FractionSign {% pp.fractionOf %}
