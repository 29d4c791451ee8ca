# crosscheck's claim grammar. It is shared by every language: the words behind each %terminal
# come from grammar/lexicon/<lang>.yaml through the tagger (src/extract/tagger.ts), so the
# rules here say only how figures are built. One parse is one phrase: a quantity, an age,
# a date or an attribution. src/extract/parse-phrases.ts runs it over the stretches of text
# around figures, longest match first.
@preprocessor typescript

@{%
import * as pp from "../grammar-support.js";

// Terminals: one per lexicon category (see Category in src/language/lexicon.ts).
const num = pp.match("num");
const units = pp.match("units");
const teens = pp.match("teens");
const tens = pp.match("tens");
const hundred = pp.match("hundred");
const scale = pp.match("scale");
// A multiplier that stands alone as a number ("tausend", as in "tausendfünfhundert").
const bareScale = pp.match("bareScale");
const descriptor = pp.match("descriptor");
const modifier = pp.match("modifier");
// "1.5m", "$2bn" are glued to their digits; "2 Mrd.", "1,5 Mio", "1.5 mn" may stand apart.
// A spaced one of two letters or more is a multiplier too ("1.5 mn", "2 bn"); one letter is not ("5 m").
const scaleAbbr = pp.matchWhere("scaleAbbr", (t) => !t.spaceBefore || t.text.length >= 2);
const article = pp.match("article");
const joiner = pp.match("joiner");
const unitTensJoiner = pp.match("unitTensJoiner");
// "two-thirds" takes a number before it; "half of", "die Hälfte" stand alone.
const fraction = pp.matchWhere("fraction", (t) => t.info.standsAlone !== true);
const fractionPhrase = pp.matchWhere("fraction", (t) => t.info.standsAlone === true);
const half = pp.match("half");
// "twice as many", "doppelt so viele": a multiple with no digits.
const multiplePhrase = pp.match("multiplePhrase");
const plusHalf = pp.match("plusHalf");
const decimalPoint = pp.match("decimalPoint");
// "45,- Euro": a price with no decimals, the mark glued to its digits.
const noDecimals = pp.matchWhere("noDecimals", (t) => !t.spaceBefore);
const ratioIn = pp.match("ratioIn");
const per = pp.match("per");
// "12,82 Euro die Stunde": a determiner is a denominator's word only before a unit, never before a number.
const perNumber = pp.matchWhere("per", (t) => !t.cats.includes("det"));
const perCapita = pp.match("perCapita");
const every = pp.match("every");
const ordinal = pp.match("ordinal");
// "1e10": digits, "e" and digits, all glued; "1.2 × 10⁶", "1.2 x 10^6".
const exponentE = pp.matchWhere("exponentE", (t) => !t.spaceBefore);
const times = pp.match("times");
const caret = pp.matchWhere("caret", (t) => !t.spaceBefore);
const superscript = pp.matchWhere("superscript", (t) => !t.spaceBefore);
// "½", "¾": glued to digits before them ("2¾") or standing apart ("2 ¾").
const vulgarFraction = pp.match("vulgarFraction");
// "1/2": digits, a slash and digits, all glued.
const gluedSlash = pp.matchWhere("slash", (t) => !t.spaceBefore);
const more = pp.match("more");
const minus = pp.match("minus");
// "-5°C": a dash after a space and glued to its digits is a minus sign ("20-30" is a range).
const minusSign = pp.matchWhere("hyphen", (t) => t.spaceBefore);
const qualifier = pp.match("qualifier");
const rangeFrom = pp.match("rangeFrom");
const rangeAnd = pp.match("rangeAnd");
// "to", "bis" between any numbers; a dash only between digits ("20-30"), since in words it
// joins one number ("twenty-five").
const rangeWord = pp.matchWhere("rangeTo", (t) => !t.cats.includes("hyphen"));
const rangeDash = pp.matchWhere("rangeTo", (t) => t.cats.includes("hyphen"));
const pluralScale = pp.match("pluralScale");
const boundAfter = pp.match("boundAfter");
const changeVerb = pp.match("changeVerb");
const changeBy = pp.match("changeBy");
const changeTo = pp.match("changeTo");
// Without a change verb before it, only a word that no range reads marks a change ("auf"):
// "from 5 to 7" alone is a range.
const changeToOnly = pp.matchWhere("changeTo", (t) => !t.cats.includes("rangeTo"));
const tensOf = pp.match("tensOf");
const of = pp.match("of");
const vagueDet = pp.match("vagueDet");
// A unit that is also a function word ("in": inches) is a unit only as the smaller part of a
// compound amount ("5 ft 2 in"), never alone ("killed 5 in Kyiv").
const unit = pp.matchWhere("unit", (t) => !t.cats.includes("stop") && !pp.isLooseUnitLetter(t));
const smallerUnit = pp.matchWhere("unit", (t) => !pp.isLooseUnitLetter(t));
const yearUnit = pp.matchWhere("unit", (t) => t.info.unit === "year");
// An ISO code is a currency only in capitals: "50 TRY", not "try 5 times".
// A currency of one letter ("50p": pence) is read only glued after its digits.
const currency = pp.matchWhere("currency", (t) => (t.info.isoCode !== true || t.text === t.text.toUpperCase()) && !pp.isOneLetter(t));
const gluedLetterCurrency = pp.matchWhere("currency", (t) => pp.isOneLetter(t) && !t.spaceBefore);
const ageAdj = pp.match("ageAdj");
const old = pp.match("old");
const aged = pp.match("aged");
const agePronoun = pp.match("agePronoun");
const ageCopula = pp.match("ageCopula");
const ageContraction = pp.match("ageContraction");
const ageTurned = pp.match("ageTurned");
const ageEnd = pp.match("ageEnd");
// An age within a decade: "in his early 40s", "in her mid-thirties", "Mitte 40", "in den Vierzigern".
const decadeBefore = pp.match("decadeBefore");
const decadePart = pp.match("decadePart");
const decadePartBeforeNumber = pp.match("decadePartBeforeNumber");
const decade = pp.match("decade");
const decadeEnding = pp.matchWhere("decadeEnding", (t) => !t.spaceBefore);
const month = pp.match("month");
// What a rate counts, between its figure and its denominator: "5 deaths a day", "40 trucks per hour".
const countedNoun = pp.match("noun");
const countedMeasure = pp.match("measure");
// A person of the lexicon in small letters, before an age: "the driver, 67,". German writes every
// noun with a capital; there "der Fahrer (67)" is read as a name is.
const personNoun = pp.matchWhere("noun", (t) => t.info.nounUnit === "person" && !t.cap);
// People of the lexicon before a bounded number of years: "Kinder unter 12 Jahren" is an age limit.
const peopleNoun = pp.matchWhere("noun", (t) => t.info.nounUnit === "person");
const yearPrep = pp.match("yearPrep");
const ordSuffix = pp.matchWhere("ordSuffix", (t) => !t.spaceBefore);
const accordingTo = pp.match("accordingTo");
const sayVerb = pp.match("sayVerb");
const aux = pp.match("aux");
const adverb = pp.match("adverb");
const det = pp.match("det");
const nameJoiner = pp.match("nameJoiner");
const quote = pp.match("quote");
const name = pp.match("name");
// A capitalised descriptor ends a name: "the Federal Emergency Management Agency".
const capitalDescriptor = pp.matchWhere("descriptor", (t) => t.cap);
// A capitalised modifier begins a name: "the National Water Agency" ("national" is a modifier).
const capitalModifier = pp.matchWhere("modifier", (t) => t.cap);
// "des örtlichen Gesundheitsministeriums": a small word that qualifies a name is no part of it.
const smallModifier = pp.matchWhere("modifier", (t) => !t.cap);
// "the Drasgo emergency office said": a name, then what it is in small letters, is the source.
const smallBody = pp.matchWhere("body", (t) => !t.cap);
// People's names are not written in capitals ("EPA", "DW" are organisations).
const personName = pp.matchWhere("name", (t) => t.text.length < 2 || t.text !== t.text.toUpperCase());
const durationUnit = pp.matchWhere("unit", (t) => pp.isDurationUnit(t.info.unit));
// "um ein Prozent", "a percentage point": an article standing for one before a share.
const shareUnit = pp.matchWhere("unit", (t) => pp.isShareUnit(t.info.unit));
// "1.45 euros a litre", "$3 a gallon": a unit of anything but time after "a" is a denominator too.
const rateUnit = pp.matchWhere("unit", (t) => !t.cats.includes("stop") && !pp.isDurationUnit(t.info.unit) && !pp.isOneLetter(t));
// An age in months, weeks or days: "ten months old", "im Alter von 6 Wochen".
const shortAgeUnit = pp.matchWhere("unit", (t) => pp.isShorterThanYear(t.info.unit));
const hyphen = pp.match("hyphen");
const comma = pp.match("comma");
const lparen = pp.match("lparen");
const rparen = pp.match("rparen");
const dot = pp.match("dot");
// Tokens glued to the one before: "2022-09-21" is one date, "2022 - 09" is not.
const gluedHyphen = pp.matchWhere("hyphen", (t) => !t.spaceBefore);
const gluedNum = pp.matchWhere("num", (t) => !t.spaceBefore);
const gluedName = pp.matchWhere("name", (t) => !t.spaceBefore);
// "21.9.2022": the lexer keeps digits and dots together; grammar-support checks the shape.
const dottedNum = pp.matchWhere("num", (t) => pp.isDottedDate(t.text));
%}

Phrase -> Quantity {% id %}
        | Change {% id %}
        | Age {% id %}
        | QualifiedAge {% id %}
        | Date {% id %}
        | Attribution {% id %}

@include "numbers.ne"
@include "quantities.ne"
@include "ages.ne"
@include "dates.ne"
@include "attribution.ne"
