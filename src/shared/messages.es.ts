/**
 * The words of every problem, in Spanish, by code: the same codes and values
 * as the English table (messages.ts), which the type makes complete. The
 * studio shows them; the elements' console speaks English only (every byte
 * of the bundle counts), so nothing in the bundle imports this file.
 *
 * Field and JSON names ("name", "true", "single") stay as the data writes them.
 */
import { either, wordsIn, type Messages, type Value } from './messages.js';
import type { Problem } from './validate.js';

/** Each list's noun (a field spec's `noun`, or a filter's), in the plural and the singular. */
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
  services: ['servicios', 'servicio'],
  regions: ['zonas', 'zona'],
};
const plural = (noun: Value): string => NOUNS[noun]?.[0] ?? `${noun}`;
const singular = (noun: Value): string => NOUNS[noun]?.[1] ?? `${noun}`;

/** A value as `describe()` gives it: "el texto "x"", "una lista". */
const what = (kind: Value, shown: Value): string =>
  (
    ({
      text: `el texto ${shown}`,
      number: `el número ${shown}`,
      boolean: `el valor ${shown}`,
      list: 'una lista',
      object: 'un objeto',
    }) as Record<string, string>
  )[kind] ?? `${kind}`;

/** Where JSON was read from, as the data controller names it. */
const where = (place: Value): string =>
  (
    ({
      'data attribute': 'el atributo data',
      'child <script type="application/json">': 'el <script type="application/json"> de dentro',
    }) as Record<string, string>
  )[place] ?? `${place}`;

export const MESSAGES_ES: Messages = {
  required: () => 'obligatorio',
  requiredBool: () => 'elija true o false',
  listRequired: (noun) => `obligatorio: una lista de ${plural(noun)}`,
  notList: (noun, kind, shown) => `debe ser una lista de ${plural(noun)}; se recibió ${what(kind, shown)}`,
  listSize: (min, max, noun, n) => `necesita de ${min} a ${max} ${plural(noun)}; tiene ${n}`,
  listLong: (n, noun, max) => `tiene ${n} ${plural(noun)}; solo se muestran los primeros ${max}`,
  noneValid: (noun) => `no queda ningún elemento válido (${singular(noun)}) para mostrar`,
  noneGiven: (noun) => `necesita al menos un elemento (${singular(noun)})`,
  single: (n) => `marque exactamente una opción como correcta (esta pregunta tiene una respuesta correcta); hay ${n} marcadas`,
  multiple: () => 'marque al menos una opción como correcta',
  reach: () =>
    'necesita una forma de contacto: un número de teléfono (para llamar, enviar mensajes, TTY o videollamada) o una dirección web',
  nameOrId: () => 'necesita un nombre (name) o el id de una línea nacional, como "988"',
  url: (got) => `debe ser una dirección http o https; se recibió ${got}. No se muestra`,
  phone: (got) => `no es un número de teléfono en cifras: ${got}`,
  email: (got) => `no es una dirección de correo electrónico: ${got}`,
  date: (got) => `debe ser una fecha real escrita como "2026-03-31"; se recibió ${got}`,
  time: (got) => `debe ser una hora escrita como "09:30" o "17:00"; se recibió ${got}`,
  zone: (got) => `debe ser el nombre de una zona horaria, como "America/New_York"; se recibió ${got}`,
  notTags: (kind, shown) => `debe ser una lista de textos; se recibió ${what(kind, shown)}`,
  manyTags: (n, max) => `tiene ${n} elementos; se permiten ${max} como máximo`,
  oneOf: (values, got) => `debe ser ${either(values, 'o')}; se recibió ${got}`,
  notText: (kind, shown) => `debe ser un texto; se recibió ${what(kind, shown)}`,
  tooLong: (n, max) => `tiene ${n} caracteres; se permiten ${max} como máximo`,
  notBool: (kind, shown) => `debe ser true o false; se recibió ${what(kind, shown)}`,
  range: (min, max, kind, shown) => `debe ser un número de ${min} a ${max}; se recibió ${what(kind, shown)}`,
  notNumber: (kind, shown) => `debe ser un número; se recibió ${what(kind, shown)}`,
  notObject: (kind, shown) => `debe ser un objeto; se recibió ${what(kind, shown)}`,
  unknownString: () => 'no es uno de los textos de la interfaz (vea schemas/strings.en.json); se ignora',
  placeholder: (name, names) => `${name} no es un marcador de este texto (tiene: ${names}); se muestra tal como está escrito`,
  plural: (forms) => `las formas del plural son ${forms}; esta se ignora`,
  langCode: (got) => `debe ser un código de idioma como "vi" o "pt-BR"; se recibió ${got}. Sus textos se ignoran`,
  together: (a, b) => `${a} y ${b} van juntos: ponga los dos o ninguno`,
  manyFilters: (n, noun, max) => `nombran ${n} ${plural(noun)}; los ${max} más comunes son filtros`,
  badSrc: (src) => `${src} no es una dirección válida`,
  srcScheme: (src) => `solo se cargan direcciones http y https; se recibió ${src}`,
  jsonLong: (place, n, max) => `${where(place)} tiene ${n} caracteres; se leen ${max} como máximo`,
  notJson: (place, error, curly) =>
    `${where(place)} no es JSON válido: ${error}${curly ? ' (tiene comillas tipográficas “ ”; JSON necesita comillas rectas ")' : ''}`,
  unreadable: (error) => `no se pudo leer: ${error}`,
  unloaded: () => 'no se pudo cargar',
  raw: (text) => `${text}`,
  exitHref: (got, href) => `debe ser una dirección http o https; se recibió ${got}. Se usa ${href}`,
  more: (n) => `… y ${n} problemas más, todos en el evento hr-error`,
  noWidget: (name, known) => `data-hr-widget=${name} no nombra ningún widget; use uno de estos: ${known}.`,
  notInside: (holder, name) => `un <${holder}> no puede mostrar <hr-${name}> dentro, así que va después. Use un <div>.`,
  trustedTypes: () =>
    `la Content-Security-Policy rechaza la política de Trusted Types "lit-html". Añada: trusted-types lit-html 'allow-duplicates'`,
  taken: (tags) => `${tags} ya está definido, probablemente por otra copia de hr-widgets en esta página. Se mantiene el primero.`,
};

/** A problem's words in Spanish, from its code and values (or its own words, for an exception's message). */
export const wordsEs = (problem: Problem): string => wordsIn(MESSAGES_ES, problem);
