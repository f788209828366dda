import type { Lang } from '../shared/localize.js';

export interface TipsStrings {
  link: string;
  title: string;
  intro: string;
  steps: readonly { title: string; text: string }[];
  close: string;
}

/** Words of the "Browse more safely" dialog of <hr-quick-exit tips>. A chunk: loaded only when a visitor opens it. */
export const TIPS_STRINGS: Record<Lang, TipsStrings> = {
  en: {
    link: 'Browse more safely',
    title: 'Browse more safely',
    intro: 'Quick exit hides this page fast. It does not erase your history. These steps help keep your visit private.',
    steps: [
      {
        title: 'Use a private window.',
        text: 'Pages you open there are not kept in history. On a phone, open a new private tab. On a computer, press Ctrl+Shift+N (Chrome), Ctrl+Shift+P (Firefox) or Shift+Cmd+N (Safari).',
      },
      {
        title: 'Clear this site from your history.',
        text: 'Open your browser’s history, find this site and delete it. On an iPhone: Settings, Apps, Safari, Clear History and Website Data.',
      },
      {
        title: 'Use a safer device.',
        text: 'Someone who can use your phone or computer may see what you looked at. A library computer or a trusted friend’s phone is safer.',
      },
      { title: 'Leave fast.', text: 'Press Shift 3 times, or use the Quick exit button. You go to a neutral site at once.' },
    ],
    close: 'Close',
  },
  es: {
    link: 'Navega con más seguridad',
    title: 'Navega con más seguridad',
    intro: 'La salida rápida oculta esta página al instante. No borra tu historial. Estos pasos ayudan a que tu visita sea privada.',
    steps: [
      {
        title: 'Usa una ventana privada.',
        text: 'Las páginas que abres ahí no quedan en el historial. En el teléfono, abre una pestaña privada. En la computadora, pulsa Ctrl+Mayús+N (Chrome), Ctrl+Mayús+P (Firefox) o Mayús+Cmd+N (Safari).',
      },
      {
        title: 'Borra este sitio de tu historial.',
        text: 'Abre el historial del navegador, busca este sitio y bórralo. En un iPhone: Configuración, Apps, Safari, Borrar historial y datos de sitios web.',
      },
      {
        title: 'Usa un dispositivo más seguro.',
        text: 'Quien pueda usar tu teléfono o computadora podría ver lo que buscaste. Una computadora de la biblioteca o el teléfono de alguien de confianza es más seguro.',
      },
      { title: 'Sal rápido.', text: 'Pulsa Mayús 3 veces o usa el botón Salida rápida. Irás a un sitio neutral al instante.' },
    ],
    close: 'Cerrar',
  },
};
