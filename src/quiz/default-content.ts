import type { PerLang } from '../shared/lang.js';
import type { QuizData } from './quiz-types.js';

/** Built-in content, written from the seed posts in shared/seeds. Loaded as its own chunk only when a page uses it. */
const content: PerLang<QuizData> = {
  en: {
    title: 'Test your harm reduction knowledge',
    intro: 'Seven quick questions. Nothing you answer is saved or sent.',
    // The right answer is written first; shuffle so it is not always first on screen.
    shuffle: true,
    results: [
      {
        minPercent: 0,
        message:
          'Thanks for taking the quiz. Every question is a chance to learn something new. Read the explanations and try again whenever you like.',
      },
      {
        minPercent: 50,
        message: 'Nice work. You already know a good deal about harm reduction. The explanations can help you fill in the rest.',
      },
      {
        minPercent: 85,
        message: 'Great job! You know harm reduction well. Think about sharing what you know. It can help keep someone safe.',
      },
    ],
    questions: [
      {
        type: 'single',
        prompt: 'What’s the main goal of harm reduction?',
        choices: [
          { text: 'Lowering the harms of drug use and keeping people safe', correct: true },
          {
            text: 'Making everyone stop using drugs right away',
            feedback: 'Stopping can be a goal, but harm reduction doesn’t demand it. It helps people stay safer, wherever they are today.',
          },
          {
            text: 'Punishing people who use drugs',
            feedback: 'Harm reduction chooses compassion over punishment. Shame and punishment make it harder to ask for help.',
          },
          { text: 'Telling people that drug use has no risks' },
        ],
        explanation:
          'Harm reduction uses practical steps to lower the risks of drug use, like overdose and infections. It puts safety, dignity and respect first.',
      },
      {
        type: 'single',
        prompt: 'Which of the following is a common harm reduction strategy?',
        choices: [
          { text: 'Syringe services programs that give out sterile needles', correct: true },
          { text: 'Refusing help until a person stops using' },
          { text: 'Keeping information about drugs hidden' },
        ],
        explanation:
          'Syringe services programs give out sterile needles and syringes. This helps prevent the spread of HIV and hepatitis C.',
      },
      {
        type: 'single',
        prompt: 'What is an example of overdose prevention?',
        choices: [
          { text: 'Carrying naloxone and learning how to use it', correct: true },
          {
            text: 'Using alone so no one finds out',
            feedback: 'Using alone raises the risk. If something goes wrong, no one is there to help.',
          },
          {
            text: 'Letting someone “sleep it off” when they can’t be woken up',
            feedback: 'A person who can’t be woken up needs help right away. Call 911 and give naloxone if you have it.',
          },
        ],
        explanation: 'Naloxone is a medicine that can reverse an opioid overdose. Knowing how to use it can save a life.',
      },
      {
        type: 'true-false',
        prompt: 'Harm reduction means giving up on sobriety.',
        answer: false,
        explanation:
          'Harm reduction is not against abstinence. Many people use it as a first step and move toward sobriety at their own pace, if they choose.',
      },
      {
        type: 'true-false',
        prompt: 'Harm reduction is only about illegal drug use.',
        answer: false,
        explanation:
          'Harm reduction applies to many substances, legal ones too. Nicotine patches and safer-drinking programs are harm reduction as well.',
      },
      {
        type: 'multiple',
        prompt: 'Which of these are examples of harm reduction strategies? Choose all that apply.',
        choices: [
          { text: 'Handing out naloxone', correct: true },
          { text: 'Supervised consumption sites', correct: true },
          { text: 'Teaching the signs of an overdose', correct: true },
          {
            text: 'Requiring people to quit before they can get help',
            feedback: 'Harm reduction doesn’t put conditions on help. Support comes first, with no need to quit.',
          },
        ],
        explanation:
          'Naloxone, supervised consumption sites and overdose education all lower risk. None of them require a person to stop using first.',
      },
      {
        type: 'true-false',
        prompt: 'Harm reduction can be a step toward recovery.',
        answer: true,
        explanation:
          'Harm reduction programs often connect people with testing, counseling and treatment. For many, they are the first step on the path to recovery.',
      },
    ],
  },
  es: {
    title: 'Pon a prueba lo que sabes sobre reducción de daños',
    intro: 'Siete preguntas rápidas. Tus respuestas no se guardan ni se envían.',
    // The right answer is written first; shuffle so it is not always first on screen.
    shuffle: true,
    results: [
      {
        minPercent: 0,
        message:
          'Gracias por hacer el cuestionario. Cada pregunta es una oportunidad para aprender algo nuevo. Lee las explicaciones y vuelve a intentarlo cuando quieras.',
      },
      {
        minPercent: 50,
        message: '¡Bien hecho! Ya sabes bastante sobre la reducción de daños. Las explicaciones te pueden ayudar a completar lo que falta.',
      },
      {
        minPercent: 85,
        message: '¡Excelente! Conoces bien la reducción de daños. Considera compartir lo que sabes. Puede ayudar a proteger a alguien.',
      },
    ],
    questions: [
      {
        type: 'single',
        prompt: '¿Cuál es el objetivo principal de la reducción de daños?',
        choices: [
          { text: 'Reducir los daños del consumo de drogas y proteger a las personas', correct: true },
          {
            text: 'Que todas las personas dejen las drogas de inmediato',
            feedback:
              'Dejar de consumir puede ser una meta, pero la reducción de daños no lo exige. Ayuda a cada persona a estar más segura, esté donde esté.',
          },
          {
            text: 'Castigar a las personas que usan drogas',
            feedback: 'La reducción de daños elige la compasión, no el castigo. La vergüenza y el castigo hacen más difícil pedir ayuda.',
          },
          { text: 'Decir que consumir drogas no tiene riesgos' },
        ],
        explanation:
          'La reducción de daños usa pasos prácticos para bajar los riesgos del consumo, como la sobredosis y las infecciones. Pone primero la seguridad, la dignidad y el respeto.',
      },
      {
        type: 'single',
        prompt: '¿Cuál de estas es una estrategia común de reducción de daños?',
        choices: [
          { text: 'Programas de servicios de jeringas que entregan agujas estériles', correct: true },
          { text: 'Negar la ayuda hasta que la persona deje de consumir' },
          { text: 'Ocultar la información sobre las drogas' },
        ],
        explanation:
          'Los programas de servicios de jeringas entregan agujas y jeringas estériles. Así ayudan a prevenir el VIH y la hepatitis C.',
      },
      {
        type: 'single',
        prompt: '¿Cuál es un ejemplo de prevención de sobredosis?',
        choices: [
          { text: 'Llevar naloxona contigo y aprender a usarla', correct: true },
          {
            text: 'Consumir a solas para que nadie se entere',
            feedback: 'Consumir a solas aumenta el riesgo. Si algo sale mal, no hay nadie que pueda ayudar.',
          },
          {
            text: 'Dejar que alguien “duerma” aunque no logre despertar',
            feedback: 'Si una persona no despierta, necesita ayuda de inmediato. Llama al 911 y dale naloxona si la tienes.',
          },
        ],
        explanation: 'La naloxona es un medicamento que puede revertir una sobredosis de opioides. Saber usarla puede salvar una vida.',
      },
      {
        type: 'true-false',
        prompt: 'La reducción de daños significa renunciar a la sobriedad.',
        answer: false,
        explanation:
          'La reducción de daños no está en contra de la abstinencia. Para muchas personas es un primer paso, y pueden avanzar hacia la sobriedad a su ritmo, si así lo deciden.',
      },
      {
        type: 'true-false',
        prompt: 'La reducción de daños solo tiene que ver con las drogas ilegales.',
        answer: false,
        explanation:
          'La reducción de daños sirve para muchas sustancias, también las legales. Los parches de nicotina y los programas para beber con menos riesgo también son reducción de daños.',
      },
      {
        type: 'multiple',
        prompt: '¿Cuáles de estas son estrategias de reducción de daños? Elige todas las que correspondan.',
        choices: [
          { text: 'Repartir naloxona', correct: true },
          { text: 'Sitios de consumo supervisado', correct: true },
          { text: 'Enseñar las señales de una sobredosis', correct: true },
          {
            text: 'Exigir que la persona deje de consumir antes de darle ayuda',
            feedback: 'La reducción de daños no pone condiciones para ayudar. El apoyo va primero, sin tener que dejar de consumir.',
          },
        ],
        explanation:
          'La naloxona, los sitios de consumo supervisado y la educación sobre sobredosis reducen el riesgo. Ninguna exige dejar de consumir primero.',
      },
      {
        type: 'true-false',
        prompt: 'La reducción de daños puede ser un paso hacia la recuperación.',
        answer: true,
        explanation:
          'Los programas de reducción de daños suelen conectar a las personas con pruebas, consejería y tratamiento. Para muchas, son el primer paso en el camino a la recuperación.',
      },
    ],
  },
};
export default content;
