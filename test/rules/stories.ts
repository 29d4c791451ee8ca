// Stories for the rules' tests of copies, translations and rewrites (test/rules/rules/*.test.ts,
// clusters.test.ts), written for the purpose.
// One wire story, a copy of it, a translation, a rewrite in other words, and two independent
// reports that share only the official figures.
export const WIRE = [
  "Russia will call up 300,000 reservists, the Defence Ministry said on September 21.",
  "Ivan Gromov, 28, left Moscow the same evening and paid 5,000 euros for a ticket to Istanbul.",
  "Artyom Belov, 34, crossed into Kazakhstan with two friends after a 1,200-mile drive.",
  "More than 2,400 protesters were detained at rallies on Saturday, a monitoring group said.",
  "Marina Levchenko, a lawyer in Riga, said 40 men had asked her for help.",
].join("\n\n");
export const WIRE_DE = [
  "Russland wird 300.000 Reservisten einziehen, teilte das Verteidigungsministerium am 21. September mit.",
  "Iwan Gromow, 28, verließ Moskau noch am selben Abend und zahlte 5.000 Euro für ein Ticket nach Istanbul.",
  "Artjom Below, 34, reiste mit zwei Freunden nach einer Fahrt von 1.200 Meilen nach Kasachstan.",
  "Mehr als 2.400 Demonstranten wurden am Samstag bei Kundgebungen festgenommen, sagte eine Beobachtergruppe.",
  "Marina Lewtschenko, eine Anwältin in Riga, sagte, 40 Männer hätten sie um Hilfe gebeten.",
].join("\n\n");
export const WIRE_REWRITTEN = [
  "A total of 300,000 reservists are to be mobilised, according to a statement the ministry issued on September 21.",
  "Programmer Ivan Gromov (28) flew out of the capital that night; his one-way fare to Istanbul cost him 5,000 euros.",
  "Artyom Belov (34) and two friends drove 1,200 miles to reach Kazakhstan.",
  "Police held more than 2,400 demonstrators on Saturday, according to monitors.",
  "Riga lawyer Marina Levchenko says 40 men came to her for advice.",
].join("\n\n");
// The wire story retold by another desk: its own figures added, two facts moved, names repeated
// where the wire says "he", the counted noun dropped ("300,000" for "300,000 reservists"), and
// the same two people at the same ages.
export const WIRE_RETOLD = [
  "On September 21 the ministry said 300,000 would be called up; 1,500 recruits reported on the first day.",
  "Ivan Gromov (28) left Moscow that night. Gromov's one-way fare to Istanbul cost 5,000 euros, Gromov said.",
  "Artyom Belov (34) and two friends drove 1,200 miles to Kazakhstan; the queue at the border was 15 kilometres long.",
  "Riga lawyer Marina Levchenko says 40 men came to her for advice; she has practised for 12 years.",
  "Police held more than 2,400 demonstrators on Saturday, monitors said.",
].join("\n\n");
export const OWN_REPORT_1 = [
  "Russia will call up 300,000 reservists, the Defence Ministry said on September 21.",
  "More than 2,400 protesters were detained on Saturday. Tickets to Istanbul cost up to 5,000 euros.",
  "In Pskov, the teacher Oleg Sidorov said his brother had left for Georgia.",
].join("\n\n");
export const OWN_REPORT_2 = [
  "Moscow wants 300,000 reservists under a decree signed on September 21.",
  "Police detained more than 2,400 people at protests on Saturday, while flights to Istanbul sold for up to 5,000 euros.",
  "Pavel Orlov, a taxi driver in Kazan, said he would stay in the city.",
].join("\n\n");
