import type { PerLang } from '../shared/lang.js';
import type { PrinciplesData } from './principles-types.js';

/** Built-in content, written from the seed posts in shared/seeds. Loaded as its own chunk only when a page uses it. */
const content: PerLang<PrinciplesData> = {
  en: {
    title: 'The principles of harm reduction',
    intro: 'Harm reduction is a practical, caring way to lower the risks of drug use, built on a few simple ideas.',
    principles: [
      {
        id: 'safety-first',
        title: 'Safety first',
        description:
          'Keeping people alive and healthy comes first. That means sterile syringes, naloxone and overdose education. These tools help prevent HIV, hepatitis and fatal overdoses.',
      },
      {
        id: 'non-judgment',
        title: 'Support without judgment',
        description:
          'Everyone deserves respect and support, whether or not they use drugs. Help is offered with compassion, not shame, and without demanding abstinence. This builds trust, so people can reach out when they’re ready.',
      },
      {
        id: 'dignity-and-autonomy',
        title: 'Dignity and autonomy',
        description:
          'People who use drugs have the same rights and dignity as anyone else. You make the decisions about your own life. Harm reduction gives you the facts to make informed choices.',
      },
      {
        id: 'pragmatism',
        title: 'Practical solutions',
        description:
          'Harm reduction looks for answers that work in real life. It focuses on lowering the health, social and legal harms of drug use. Perfection is not the goal.',
      },
      {
        id: 'education-and-empowerment',
        title: 'Education and empowerment',
        description:
          'Good information helps people make safer choices. That includes safer use, the signs of an overdose and how different substances act. People can share what they learn and look out for each other.',
      },
      {
        id: 'meeting-people-where-they-are',
        title: 'Meeting people where they are',
        description:
          'Drug use is a reality, and not everyone is ready or able to stop. Support starts from where a person is today. Nobody has to quit first to get help.',
      },
      {
        id: 'any-positive-change',
        title: 'Every positive step counts',
        description:
          'Recovery is a journey, and there are many paths. Any step toward better health counts, however small. For some people, harm reduction becomes a bridge to treatment, at their own pace.',
      },
    ],
  },
  es: {
    title: 'Los principios de la reducción de daños',
    intro: 'La reducción de daños es una forma práctica y compasiva de reducir riesgos al consumir drogas, basada en ideas sencillas.',
    principles: [
      {
        id: 'safety-first',
        title: 'La seguridad primero',
        description:
          'Lo más importante es que las personas sigan vivas y sanas. Por eso se ofrecen jeringas estériles, naloxona y educación sobre sobredosis. Estas herramientas ayudan a prevenir el VIH, la hepatitis y las sobredosis mortales.',
      },
      {
        id: 'non-judgment',
        title: 'Apoyo sin juzgar',
        description:
          'Todas las personas merecen respeto y apoyo, consuman drogas o no. La ayuda se ofrece con compasión, sin vergüenza y sin exigir abstinencia. Así nace la confianza, y cada quien puede pedir ayuda cuando llegue su momento.',
      },
      {
        id: 'dignity-and-autonomy',
        title: 'Dignidad y autonomía',
        description:
          'Las personas que usan drogas tienen los mismos derechos y la misma dignidad que cualquiera. Tú decides sobre tu propia vida. La reducción de daños te da información para decidir con conocimiento.',
      },
      {
        id: 'pragmatism',
        title: 'Soluciones prácticas',
        description:
          'La reducción de daños busca respuestas que funcionen en la vida real. Se enfoca en bajar los daños a la salud, sociales y legales del consumo. No se trata de ser perfecto.',
      },
      {
        id: 'education-and-empowerment',
        title: 'Educación y empoderamiento',
        description:
          'La buena información ayuda a tomar decisiones más seguras. Incluye cómo consumir con menos riesgo, las señales de una sobredosis y los efectos de cada sustancia. Compartir lo que sabes ayuda a que todos se cuiden entre sí.',
      },
      {
        id: 'meeting-people-where-they-are',
        title: 'Acompañar a cada persona donde está',
        description:
          'El consumo de drogas es una realidad, y no todas las personas están listas o pueden dejarlo. El apoyo empieza desde donde cada quien está hoy. Nadie tiene que dejar de consumir para recibir ayuda.',
      },
      {
        id: 'any-positive-change',
        title: 'Cada paso positivo cuenta',
        description:
          'La recuperación es un camino, y hay muchas maneras de recorrerlo. Cualquier paso hacia una mejor salud cuenta, por pequeño que sea. Para algunas personas, la reducción de daños es un puente hacia el tratamiento, a su propio ritmo.',
      },
    ],
  },
};
export default content;
