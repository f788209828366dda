import type { PerLang } from '../shared/lang.js';
import type { Helpline } from './helpline-model.js';

/** Built-in content, written from the seed posts in shared/seeds. Loaded as its own chunk only when a page uses it. */
const content: PerLang<Helpline> = {
  en: {
    title: 'Help is one call away',
    intro: 'You don’t have to face this alone. These lines are here for you and the people you care about.',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        phone: '988',
        sms: '988',
        videophone: '988',
        chat: 'https://988lifeline.org/chat/',
        url: 'https://988lifeline.org',
        hours: '24/7',
        languages: ['en', 'es'],
        note: 'Call or text 988, or chat online. It’s free and confidential.',
      },
      {
        name: 'SAMHSA National Helpline',
        phone: '1-800-662-4357',
        tty: '1-800-487-4889',
        url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
        hours: '24/7, 365 days a year',
        languages: ['en', 'es'],
        note: 'Free, confidential treatment referral and information.',
      },
      {
        name: 'Emergency: 911',
        phone: '911',
        note: 'Call in an emergency or if someone may be overdosing. Give naloxone if you have it. Stay with the person until help arrives.',
      },
    ],
  },
  es: {
    title: 'La ayuda está a una llamada',
    intro: 'No tienes que enfrentar esto en soledad. Estas líneas están para ti y para las personas que quieres.',
    lines: [
      {
        name: '988 Línea de Prevención del Suicidio y Crisis',
        phone: '988',
        sms: '988',
        videophone: '988',
        chat: 'https://988lifeline.org/chat/',
        url: 'https://988lifeline.org',
        hours: '24/7',
        languages: ['en', 'es'],
        note: 'Llama o envía un mensaje de texto al 988, o chatea en línea. Es gratis y confidencial.',
      },
      {
        name: 'Línea Nacional de Ayuda de SAMHSA',
        phone: '1-800-662-4357',
        tty: '1-800-487-4889',
        url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
        hours: '24/7, los 365 días del año',
        languages: ['en', 'es'],
        note: 'Información y referencias a tratamiento, gratis y confidencial.',
      },
      {
        name: 'Emergencias: 911',
        phone: '911',
        note: 'Llama en una emergencia o si alguien podría estar sufriendo una sobredosis. Si tienes naloxona, úsala. Quédate con la persona hasta que llegue la ayuda.',
      },
    ],
  },
};
export default content;
