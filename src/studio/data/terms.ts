/**
 * Words that stigmatize people who use drugs, with person-first words to use
 * instead: data, kept here with its sources, read by the studio's author
 * checks (author-checks.ts). Advice only: an author may have a reason.
 *
 * `pattern` is a regular expression source, matched case-insensitively on
 * whole words. Add an entry with its source and an `example` the tests check.
 */

export const SOURCES = {
  nida: 'NIDA, “Words Matter: Preferred Language for Talking About Addiction” (2021). nida.nih.gov/research-topics/addiction-science/words-matter',
  va: 'U.S. Department of Veterans Affairs, “Destigmatizing Language” guide for substance use (2022).',
  ondcp: 'Office of National Drug Control Policy, “Changing the Language of Addiction” (2017).',
  hri: 'Harm Reduction International, quoted in seed 004: “drug abusers”, “junkies”, “misusers” perpetuate stereotypes.',
  ops: 'OPS/OMS y NIDA en español, “Las palabras importan: lenguaje preferido para hablar de la adicción” (2021).',
} as const;

export interface Term {
  lang: 'en' | 'es';
  pattern: string;
  /** What to say instead. */
  suggest: string;
  source: keyof typeof SOURCES;
  /** A real sentence it flags (tests check each one). */
  example: string;
}

export const TERMS: readonly Term[] = [
  {
    lang: 'en',
    pattern: 'addicts?',
    suggest: 'person with a substance use disorder; person who uses drugs',
    source: 'nida',
    example: 'We help addicts find care.',
  },
  { lang: 'en', pattern: 'junkies|junkie', suggest: 'person who uses drugs', source: 'nida', example: 'Junkies need help too.' },
  {
    lang: 'en',
    pattern: '(?:drug |substance |alcohol )?abusers?',
    suggest: 'person who uses drugs; person with a substance use disorder',
    source: 'nida',
    example: 'Programs for drug abusers.',
  },
  { lang: 'en', pattern: 'misusers?', suggest: 'person who uses drugs', source: 'hri', example: 'Misusers are at risk.' },
  {
    lang: 'en',
    pattern: 'substance abuse|drug abuse|alcohol abuse',
    suggest: 'substance use; drug use; substance use disorder',
    source: 'nida',
    example: 'Recovery from substance abuse.',
  },
  {
    lang: 'en',
    pattern: 'drug users?',
    suggest: 'person who uses drugs; people who use drugs',
    source: 'nida',
    example: 'Harm reduction protects drug users.',
  },
  {
    lang: 'en',
    pattern: 'alcoholics?',
    suggest: 'person with an alcohol use disorder',
    source: 'nida',
    example: 'Alcoholics are welcome.',
  },
  {
    lang: 'en',
    pattern: 'suffer(?:s|ing)? from',
    suggest: 'has; is living with',
    source: 'va',
    example: 'For people suffering from addiction.',
  },
  {
    lang: 'en',
    pattern: 'stay(?:s|ing)? clean|get(?:s|ting)? clean|be clean|is clean|clean time',
    suggest: 'in recovery; not using drugs',
    source: 'nida',
    example: 'How to stay clean.',
  },
  {
    lang: 'en',
    pattern: '(?:clean|dirty) (?:urine|tests?|screens?|drug tests?)',
    suggest: 'negative or positive test result',
    source: 'nida',
    example: 'A dirty test is not a failure.',
  },
  { lang: 'en', pattern: 'dirty needles?', suggest: 'used needles', source: 'nida', example: 'Never share dirty needles.' },
  {
    lang: 'en',
    pattern: 'relapsers?|former addicts?|ex-addicts?',
    suggest: 'person in recovery',
    source: 'ondcp',
    example: 'A former addict now leads our group.',
  },
  {
    lang: 'en',
    pattern: '(?:drug|the|a|their|his|her) habit',
    suggest: 'substance use; substance use disorder',
    source: 'nida',
    example: 'Kick the habit for good.',
  },
  {
    lang: 'es',
    pattern: 'adict[oa]s?|drogadict[oa]s?',
    suggest: 'persona con un trastorno por consumo de sustancias; persona que usa drogas',
    source: 'ops',
    example: 'Ayudamos a los adictos.',
  },
  {
    lang: 'es',
    pattern: 'toxicóman[oa]s?|drogatas?|yonquis?',
    suggest: 'persona que usa drogas',
    source: 'ops',
    example: 'No son yonquis.',
  },
  {
    lang: 'es',
    pattern: 'abuso de (?:sustancias|drogas|alcohol)',
    suggest: 'consumo de sustancias; trastorno por consumo de sustancias',
    source: 'ops',
    example: 'Tratamiento del abuso de sustancias.',
  },
  {
    lang: 'es',
    pattern: 'usuari[oa]s? de drogas|consumidor(?:es|as?)? de drogas',
    suggest: 'persona que usa drogas',
    source: 'ops',
    example: 'Protege a los usuarios de drogas.',
  },
  {
    lang: 'es',
    pattern: 'alcohólic[oa]s?',
    suggest: 'persona con un trastorno por consumo de alcohol',
    source: 'ops',
    example: 'Los alcohólicos son bienvenidos.',
  },
  {
    lang: 'es',
    pattern: 'sufren? de|sufriendo de',
    suggest: 'tiene; vive con',
    source: 'ops',
    example: 'Para quienes sufren de adicción.',
  },
  {
    lang: 'es',
    pattern: '(?:estar|mantenerse|seguir) limpi[oa]s?',
    suggest: 'en recuperación; sin consumir',
    source: 'ops',
    example: 'Cómo mantenerse limpio.',
  },
];
