/**
 * The studio's own words, in English and Spanish. The field labels and help
 * come from the field specifications (English) and `i18n/fields.es.ts`
 * (Spanish): see `field-text.ts`.
 */

import type { Note } from './author-checks.js';

export type UiLang = 'en' | 'es';

const clip = (text: string): string => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

export interface StudioStrings {
  title: string;
  tagline: string;
  privacy: string;
  language: string;
  elements: Record<string, string>;
  languages: Record<string, string>;
  content: string;
  required: string;
  notSet: (value: string) => string;
  onePerLine: string;
  add: (noun: string) => string;
  remove: string;
  moveUp: string;
  moveDown: string;
  item: (noun: string, n: number) => string;
  added: (noun: string, n: number) => string;
  removed: (noun: string, n: number) => string;
  moved: (noun: string, n: number) => string;
  type: string;
  values: Record<string, string>;
  warning: string;
  preview: string;
  export: string;
  /** Saving to the site (the studio in WordPress). */
  save: string;
  download: (file: string) => string;
  copy: string;
  copied: string;
  copyFailed: string;
  downloaded: (file: string) => string;
  jump: string;
  /** Undo and redo: the group's name, its buttons, and what they say they did. */
  changes: string;
  undo: string;
  redo: string;
  undone: (what: string) => string;
  redone: (what: string) => string;
  nothingToUndo: string;
  nothingToRedo: string;
  showing: (shown: number, total: number) => string;
  showMore: (n: number) => string;
  note: (note: Note) => string;
  entriesReplaced: (n: number) => string;
  entriesAdded: (n: number) => string;
  csvImport: string;
  csvHelp: string;
  csvFile: string;
  csvPaste: string;
  csvReadButton: string;
  csvEmpty: string;
  csvRead: (rows: number, columns: number) => string;
  csvMapping: string;
  csvColumn: string;
  csvFirstValues: string;
  csvLeaveOut: string;
  zip: string;
  csvServices: string;
  csvServicesHelp: string;
  csvRows: (n: number) => string;
  csvKeep: string;
  csvReplace: (n: number) => string;
  csvAdd: (n: number) => string;
  csvNeedsName: string;
  csvRejected: string;
  csvRow: (n: number) => string;
  csvEmptyRow: string;
  csvMore: (n: number) => string;
  csvDone: (entries: number, rejected: number) => string;
  hsdsImport: string;
  hsdsHelp: string;
  hsdsFiles: string;
  hsdsUnreadable: string;
  hsdsNone: string;
  hsdsRead: (files: number, found: number, usable: number) => string;
  hsdsDone: (n: number) => string;
  csvReading: string;
  csvImporting: string;
  csvProgress: string;
  csvCancel: string;
  csvCancelled: string;
  csvFailed: string;
}

const en: StudioStrings = {
  title: 'hr-widgets studio',
  tagline: 'Make your own content, copy the code, paste it into your site.',
  privacy: 'Nothing you type leaves this page. No account, no tracking.',
  language: 'Studio language',
  elements: {
    quiz: 'Quiz',
    'resource-list': 'Directory of services',
    principles: 'Principles',
    helpline: 'Help lines',
    'quick-exit': 'Quick exit button',
  },
  languages: { en: 'English', es: 'Spanish' },
  content: 'Content',
  required: 'required',
  notSet: (value) => `Not set (${value})`,
  onePerLine: 'One per line.',
  add: (noun) => `Add ${noun.toLowerCase()}`,
  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  item: (noun, n) => `${noun} ${n}`,
  added: (noun, n) => `${noun} ${n} added.`,
  removed: (noun, n) => `${noun} ${n} removed.`,
  moved: (noun, n) => `Moved. It is now ${noun.toLowerCase()} ${n}.`,
  type: 'Question type',
  values: {
    single: 'One right answer',
    multiple: 'Several right answers',
    'true-false': 'True or false',
    list: 'Numbered list',
    cards: 'Cards',
    accordion: 'Accordion',
    full: 'Full',
    compact: 'Compact bar',
    'bottom-right': 'Bottom right',
    'bottom-left': 'Bottom left',
    'top-right': 'Top right',
    'top-left': 'Top left',
    local: 'Local',
    regional: 'Regional',
    national: 'National',
    online: 'Online',
    active: 'Active',
    'temporarily-closed': 'Temporarily closed',
    Sunday: 'Sunday',
    Monday: 'Monday',
    Tuesday: 'Tuesday',
    Wednesday: 'Wednesday',
    Thursday: 'Thursday',
    Friday: 'Friday',
    Saturday: 'Saturday',
  },
  warning: 'Shown without this value',
  preview: 'Preview',
  export: 'Get the code',
  save: 'Save',
  download: (file) => `Download ${file}`,
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Could not copy. The code is selected: press Ctrl+C (or Command+C).',
  downloaded: (file) => `${file} downloaded.`,
  jump: 'Go to',
  changes: 'Changes',
  undo: 'Undo',
  redo: 'Redo',
  undone: (what) => `Undone: ${what}`,
  redone: (what) => `Redone: ${what}`,
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  showing: (shown, total) => `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}.`,
  showMore: (n) => `Show ${n} more`,
  entriesReplaced: (n) => (n === 1 ? 'The directory now has this 1 place.' : `The directory now has these ${n} places.`),
  entriesAdded: (n) => (n === 1 ? '1 place added at the end of the directory.' : `${n} places added at the end of the directory.`),
  csvImport: 'Import a spreadsheet (CSV)',
  csvHelp:
    'Save your sheet as CSV (File → Download or Export → CSV), then choose the file or paste its text. The first row names the columns. Nothing leaves this page.',
  csvFile: 'A CSV or TSV file',
  csvPaste: 'Or paste the table here',
  csvReadButton: 'Read the table',
  csvEmpty: 'No table found: the first row should name the columns, and each row after it is one place.',
  csvRead: (rows, columns) => `Read ${rows} rows and ${columns} columns. Check where each column goes.`,
  csvMapping: 'Where each column goes',
  csvColumn: 'Column',
  csvFirstValues: 'First values',
  csvLeaveOut: 'Leave out',
  zip: 'ZIP code (added to the address)',
  csvServices: 'Services the directory does not know',
  csvServicesHelp: 'Match each to a known service, so visitors can filter on it, or keep it as written.',
  csvRows: (n) => (n === 1 ? '1 row' : `${n} rows`),
  csvKeep: 'Keep as written',
  csvReplace: (n) => `Replace the directory with these ${n} rows`,
  csvAdd: (n) => `Add these ${n} rows at the end`,
  csvNeedsName: 'Choose the column that holds each place’s name.',
  csvRejected: 'Rows that did not become places',
  csvRow: (n) => `Row ${n}`,
  csvEmptyRow: 'empty',
  csvMore: (n) => `… and ${n} more.`,
  csvDone: (entries, rejected) =>
    `${entries === 1 ? '1 row' : `${entries} rows`} became places.` +
    (rejected ? ` ${rejected === 1 ? '1 row did' : `${rejected} rows did`} not; the reasons are listed below.` : ''),
  hsdsImport: 'Import an Open Referral (HSDS) export',
  hsdsHelp:
    'The format 211s and community directories export. Choose its CSV files together (organizations, services, locations, physical_addresses, phones…) or one JSON file. Each service becomes a place.',
  hsdsFiles: 'HSDS files (CSV or JSON)',
  hsdsUnreadable: 'These files could not be read as HSDS. Nothing was changed.',
  hsdsNone: 'No services or organizations found in these files.',
  hsdsRead: (files, found, usable) => `Read ${files} file(s): ${found} services, ${usable} of them can be shown.`,
  hsdsDone: (n) => (n === 1 ? '1 place imported.' : `${n} places imported.`),
  csvReading: 'Reading the table…',
  csvImporting: 'Making places of the rows…',
  csvProgress: 'Rows done',
  csvCancel: 'Cancel',
  csvCancelled: 'Cancelled. Nothing was changed.',
  csvFailed: 'The table could not be read. Nothing was changed.',
  note: (n) => {
    switch (n.kind) {
      case 'term':
        return `“${n.term}” can read as judgment. Try: ${n.suggest}.`;
      case 'reading':
        return n.lang === 'en'
          ? `Reading grade ${n.score} (aim for 8 or lower). The hardest sentence: “${clip(n.hardest)}”`
          : `Reading ease ${n.score} in Spanish (aim for 60 or more). The hardest sentence: “${clip(n.hardest)}”`;
      case 'stale':
        return `${n.count} of ${n.total} entries have no “Last verified” date, or one over a year old. Phone numbers change often: check them, and say when.`;
      case 'digits':
        return `Only ${n.digits} digits: is part of the number missing?`;
      case 'duplicate':
        return n.phone ? `Same name and phone as entry ${n.of}.` : `Same name as entry ${n.of}.`;
      case 'unreachable':
        return 'No phone, text number, email, website or address: visitors have no way to reach this place.';
      case 'explanation':
        return 'No explanation: visitors learn more when they read why.';
      case 'band':
        return `No score can reach this message with ${n.questions} questions.`;
    }
  },
};

const es: StudioStrings = {
  title: 'Estudio de hr-widgets',
  tagline: 'Cree su propio contenido, copie el código y péguelo en su sitio.',
  privacy: 'Nada de lo que escribe sale de esta página. Sin cuenta y sin rastreo.',
  language: 'Idioma del estudio',
  elements: {
    quiz: 'Cuestionario',
    'resource-list': 'Directorio de servicios',
    principles: 'Principios',
    helpline: 'Líneas de ayuda',
    'quick-exit': 'Botón de salida rápida',
  },
  languages: { en: 'inglés', es: 'español' },
  content: 'Contenido',
  required: 'obligatorio',
  notSet: (value) => `Sin definir (${value})`,
  onePerLine: 'Uno por línea.',
  add: (noun) => `Agregar: ${noun.toLowerCase()}`,
  remove: 'Quitar',
  moveUp: 'Subir',
  moveDown: 'Bajar',
  item: (noun, n) => `${noun} ${n}`,
  added: (noun, n) => `Se agregó: ${noun.toLowerCase()} ${n}.`,
  removed: (noun, n) => `Se quitó: ${noun.toLowerCase()} ${n}.`,
  moved: (noun, n) => `Movido. Ahora es ${noun.toLowerCase()} ${n}.`,
  type: 'Tipo de pregunta',
  values: {
    single: 'Una respuesta correcta',
    multiple: 'Varias respuestas correctas',
    'true-false': 'Verdadero o falso',
    list: 'Lista numerada',
    cards: 'Tarjetas',
    accordion: 'Acordeón',
    full: 'Completa',
    compact: 'Barra compacta',
    'bottom-right': 'Abajo a la derecha',
    'bottom-left': 'Abajo a la izquierda',
    'top-right': 'Arriba a la derecha',
    'top-left': 'Arriba a la izquierda',
    local: 'Local',
    regional: 'Regional',
    national: 'Nacional',
    online: 'En línea',
    active: 'Activo',
    'temporarily-closed': 'Cerrado por ahora',
    Sunday: 'Domingo',
    Monday: 'Lunes',
    Tuesday: 'Martes',
    Wednesday: 'Miércoles',
    Thursday: 'Jueves',
    Friday: 'Viernes',
    Saturday: 'Sábado',
  },
  warning: 'Se muestra sin este valor',
  preview: 'Vista previa',
  export: 'Obtener el código',
  save: 'Guardar',
  download: (file) => `Descargar ${file}`,
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar. El código está seleccionado: presione Ctrl+C (o Comando+C).',
  downloaded: (file) => `Se descargó ${file}.`,
  jump: 'Ir a',
  changes: 'Cambios',
  undo: 'Deshacer',
  redo: 'Rehacer',
  undone: (what) => `Se deshizo: ${what}`,
  redone: (what) => `Se rehízo: ${what}`,
  nothingToUndo: 'No hay nada que deshacer.',
  nothingToRedo: 'No hay nada que rehacer.',
  showing: (shown, total) => `Se muestran ${shown.toLocaleString('es')} de ${total.toLocaleString('es')}.`,
  showMore: (n) => `Mostrar ${n} más`,
  entriesReplaced: (n) => (n === 1 ? 'El directorio ahora tiene este lugar.' : `El directorio ahora tiene estos ${n} lugares.`),
  entriesAdded: (n) => (n === 1 ? 'Se agregó 1 lugar al final del directorio.' : `Se agregaron ${n} lugares al final del directorio.`),
  csvImport: 'Importar una hoja de cálculo (CSV)',
  csvHelp:
    'Guarde su hoja como CSV (Archivo → Descargar o Exportar → CSV), luego elija el archivo o pegue su texto. La primera fila nombra las columnas. Nada sale de esta página.',
  csvFile: 'Un archivo CSV o TSV',
  csvPaste: 'O pegue la tabla aquí',
  csvReadButton: 'Leer la tabla',
  csvEmpty: 'No se encontró una tabla: la primera fila debe nombrar las columnas, y cada fila siguiente es un lugar.',
  csvRead: (rows, columns) => `Se leyeron ${rows} filas y ${columns} columnas. Revise adónde va cada columna.`,
  csvMapping: 'Adónde va cada columna',
  csvColumn: 'Columna',
  csvFirstValues: 'Primeros valores',
  csvLeaveOut: 'Dejar fuera',
  zip: 'Código postal (se agrega a la dirección)',
  csvServices: 'Servicios que el directorio no conoce',
  csvServicesHelp: 'Asocie cada uno con un servicio conocido, para que se pueda filtrar, o déjelo como está escrito.',
  csvRows: (n) => (n === 1 ? '1 fila' : `${n} filas`),
  csvKeep: 'Dejar como está escrito',
  csvReplace: (n) => `Reemplazar el directorio con estas ${n} filas`,
  csvAdd: (n) => `Agregar estas ${n} filas al final`,
  csvNeedsName: 'Elija la columna que tiene el nombre de cada lugar.',
  csvRejected: 'Filas que no se convirtieron en lugares',
  csvRow: (n) => `Fila ${n}`,
  csvEmptyRow: 'vacía',
  csvMore: (n) => `… y ${n} más.`,
  csvDone: (entries, rejected) =>
    `${entries === 1 ? '1 fila se convirtió' : `${entries} filas se convirtieron`} en lugares.` +
    (rejected ? ` ${rejected === 1 ? '1 fila no' : `${rejected} filas no`}; los motivos están abajo.` : ''),
  hsdsImport: 'Importar una exportación de Open Referral (HSDS)',
  hsdsHelp:
    'El formato que exportan las líneas 211 y los directorios comunitarios. Elija juntos sus archivos CSV (organizations, services, locations, physical_addresses, phones…) o un archivo JSON. Cada servicio se convierte en un lugar.',
  hsdsFiles: 'Archivos HSDS (CSV o JSON)',
  hsdsUnreadable: 'No se pudieron leer estos archivos como HSDS. No se cambió nada.',
  hsdsNone: 'No se encontraron servicios ni organizaciones en estos archivos.',
  hsdsRead: (files, found, usable) => `Se leyeron ${files} archivo(s): ${found} servicios, ${usable} se pueden mostrar.`,
  hsdsDone: (n) => (n === 1 ? 'Se importó 1 lugar.' : `Se importaron ${n} lugares.`),
  csvReading: 'Leyendo la tabla…',
  csvImporting: 'Convirtiendo las filas en lugares…',
  csvProgress: 'Filas listas',
  csvCancel: 'Cancelar',
  csvCancelled: 'Cancelado. No se cambió nada.',
  csvFailed: 'No se pudo leer la tabla. No se cambió nada.',
  note: (n) => {
    switch (n.kind) {
      case 'term':
        return `“${n.term}” puede sonar a juicio. Pruebe con: ${n.suggest}.`;
      case 'reading':
        return n.lang === 'en'
          ? `Nivel de lectura en inglés: grado ${n.score} (lo ideal es 8 o menos). La oración más difícil: “${clip(n.hardest)}”`
          : `Facilidad de lectura ${n.score} (lo ideal es 60 o más). La oración más difícil: “${clip(n.hardest)}”`;
      case 'stale':
        return `${n.count} de ${n.total} entradas no tienen fecha de verificación, o tienen una de hace más de un año. Los teléfonos cambian a menudo: revíselos e indique cuándo.`;
      case 'digits':
        return `Solo ${n.digits} cifras: ¿falta parte del número?`;
      case 'duplicate':
        return n.phone ? `Mismo nombre y teléfono que la entrada ${n.of}.` : `Mismo nombre que la entrada ${n.of}.`;
      case 'unreachable':
        return 'Sin teléfono, número para mensajes, correo, sitio web ni dirección: las personas no tienen forma de contactar este lugar.';
      case 'explanation':
        return 'Sin explicación: se aprende más al leer el porqué.';
      case 'band':
        return `Ninguna puntuación llega a este mensaje con ${n.questions} preguntas.`;
    }
  },
};

export const STUDIO_STRINGS: Readonly<Record<UiLang, StudioStrings>> = { en, es };
