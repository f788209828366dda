/**
 * The validator's messages in Spanish, for the studio's checks. The elements
 * speak to site owners in the console in English only (every byte of the
 * bundle counts); the studio can afford a translation, made here from the
 * English text: each message the field reader writes has a pattern below,
 * and a test feeds data that makes every one of them and fails on any left
 * in English. An unknown message stays as it is.
 */

/** Each list's noun (a field spec's `noun`), in the plural and the singular. */
const NOUNS: Record<string, [plural: string, singular: string]> = {
  question: ['preguntas', 'pregunta'],
  choice: ['opciones', 'opción'],
  'result band': ['rangos de resultado', 'rango de resultado'],
  resource: ['recursos', 'recurso'],
  opening: ['horarios', 'horario'],
  'special day': ['días especiales', 'día especial'],
  principle: ['principios', 'principio'],
  line: ['líneas', 'línea'],
  item: ['elementos', 'elemento'],
};
const plural = (noun: string): string => NOUNS[noun]?.[0] ?? noun;
const singular = (noun: string): string => NOUNS[noun]?.[1] ?? noun;

/** What a value is ("text "x"", "a list"), as `describe()` in shared/validate.ts writes it. */
function value(described: string): string {
  const m = /^(text|number|boolean) (.*)$/s.exec(described);
  if (m) return `${{ text: 'el texto', number: 'el número', boolean: 'el valor' }[m[1] as 'text']} ${m[2]}`;
  return { 'a list': 'una lista', 'an object': 'un objeto', null: 'null', undefined: 'nada' }[described] ?? described;
}

/** `"a", "b" or "c"` → `"a", "b" o "c"` */
const choices = (list: string): string => list.replace(/ or ("[^"]*")$/, ' o $1');

type Rule = [RegExp, (...groups: string[]) => string];

const RULES: Rule[] = [
  [/^required$/, () => 'obligatorio'],
  [/^required: true or false$/, () => 'obligatorio: true o false'],
  [/^required: a list of (.+)s$/, (n) => `obligatorio: una lista de ${plural(n!)}`],
  [/^must be a list of text, got (.+)$/s, (v) => `debe ser una lista de textos; se recibió ${value(v!)}`],
  [/^must be a list of (.+)s, got (.+)$/s, (n, v) => `debe ser una lista de ${plural(n!)}; se recibió ${value(v!)}`],
  [/^needs (\d+) to (.+) (.+)s, got (\d+)$/, (min, max, n, got) => `necesita de ${min} a ${max} ${plural(n!)}; tiene ${got}`],
  [/^has (\d+) entries; at most (\d+) are allowed$/, (n, max) => `tiene ${n} elementos; se permiten ${max} como máximo`],
  [
    /^has (\d+) (.+)s; only the first (\d+) are shown$/,
    (n, noun, max) => `tiene ${n} ${plural(noun!)}; solo se muestran los primeros ${max}`,
  ],
  [/^no valid (.+) left to show$/, (n) => `no queda ningún elemento válido (${singular(n!)}) para mostrar`],
  [/^needs at least one (.+)$/, (n) => `necesita al menos un elemento (${singular(n!)})`],
  [
    /^a "single" question needs exactly one correct choice, got (\d+)$/,
    (n) => `una pregunta "single" necesita exactamente una opción correcta; tiene ${n}`,
  ],
  [/^a "multiple" question needs at least one correct choice$/, () => 'una pregunta "multiple" necesita al menos una opción correcta'],
  [
    /^needs a way to reach it: phone, sms, tty, videophone or an http\(s\) url$/,
    () => 'necesita una forma de contacto: phone, sms, tty, videophone o una url http(s)',
  ],
  [
    /^needs a name, or the id of a national line such as "988"$/,
    () => 'necesita un nombre (name) o el id de una línea nacional, como "988"',
  ],
  [
    /^must be an http or https address, got (.+); it is not shown$/s,
    (v) => `debe ser una dirección http o https; se recibió ${v}. No se muestra`,
  ],
  [/^is not a phone number in digits: (.+)$/s, (v) => `no es un número de teléfono en cifras: ${v}`],
  [/^is not an email address: (.+)$/s, (v) => `no es una dirección de correo electrónico: ${v}`],
  [
    /^must be a real date written like "2026-03-31", got (.+)$/s,
    (v) => `debe ser una fecha real escrita como "2026-03-31"; se recibió ${v}`,
  ],
  [
    /^must be a time written like "09:30" or "17:00", got (.+)$/s,
    (v) => `debe ser una hora escrita como "09:30" o "17:00"; se recibió ${v}`,
  ],
  [
    /^must be a time zone name like "America\/New_York", got (.+)$/s,
    (v) => `debe ser el nombre de una zona horaria, como "America/New_York"; se recibió ${v}`,
  ],
  [/^must be text, got (.+)$/s, (v) => `debe ser un texto; se recibió ${value(v!)}`],
  [/^must be true or false, got (.+)$/s, (v) => `debe ser true o false; se recibió ${value(v!)}`],
  [/^must be a number from (.+) to (.+), got (.+)$/s, (min, max, v) => `debe ser un número de ${min} a ${max}; se recibió ${value(v!)}`],
  [/^must be a number, got (.+)$/s, (v) => `debe ser un número; se recibió ${value(v!)}`],
  [/^must be an object, got (.+)$/s, (v) => `debe ser un objeto; se recibió ${value(v!)}`],
  [/^must be (".*"), got (.+)$/s, (list, v) => `debe ser ${choices(list!)}; se recibió ${v}`],
  [/^(\w+) and (\w+) go together$/, (a, b) => `${a} y ${b} van juntos: ponga los dos o ninguno`],
  [/^is (\d+) characters long; at most (\d+) are allowed$/, (n, max) => `tiene ${n} caracteres; se permiten ${max} como máximo`],
];

/** A validator message in Spanish, or as it is when no pattern knows it. */
export function messageEs(message: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(...m.slice(1));
  }
  return message;
}
