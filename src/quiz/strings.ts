import type { Lang } from '../shared/localize.js';

export interface QuizStrings {
  place: (n: number, total: number) => string;
  chooseAll: string;
  true: string;
  false: string;
  check: string;
  next: string;
  seeResults: string;
  chooseFirst: string;
  right: string;
  notQuite: string;
  theAnswer: string;
  theAnswers: string;
  score: (percent: number) => string;
  correctOf: (correct: number, total: number) => string;
  passed: (pass: number) => string;
  notPassed: (pass: number) => string;
  selfCheck: string;
  review: string;
  yourAnswer: string;
  correctAnswer: string;
  tryAgain: string;
  markRight: string;
  markWrong: string;
}

export const strings: Record<Lang, QuizStrings> = {
  en: {
    place: (n, total) => `Question ${n} of ${total}`,
    chooseAll: 'Choose all that apply.',
    true: 'True',
    false: 'False',
    check: 'Check my answer',
    next: 'Next question',
    seeResults: 'See my results',
    chooseFirst: 'Choose an answer first.',
    right: 'That’s right.',
    notQuite: 'Not quite.',
    theAnswer: 'The answer:',
    theAnswers: 'The answers:',
    score: (percent) => `Your score is ${percent}%`,
    correctOf: (correct, total) => `${correct} of ${total} correct.`,
    passed: (pass) => `You passed. You needed ${pass}%.`,
    notPassed: (pass) => `You need ${pass}% to pass. Look over the answers below and try again when you are ready.`,
    selfCheck: 'Thanks for taking the quiz. Every answer is a chance to learn something.',
    review: 'Your answers',
    yourAnswer: 'Your answer:',
    correctAnswer: 'Correct answer:',
    tryAgain: 'Try again',
    markRight: 'Right',
    markWrong: 'Not quite',
  },
  es: {
    place: (n, total) => `Pregunta ${n} de ${total}`,
    chooseAll: 'Elige todas las que correspondan.',
    true: 'Verdadero',
    false: 'Falso',
    check: 'Revisar mi respuesta',
    next: 'Siguiente pregunta',
    seeResults: 'Ver mis resultados',
    chooseFirst: 'Primero elige una respuesta.',
    right: '¡Correcto!',
    notQuite: 'No exactamente.',
    theAnswer: 'La respuesta:',
    theAnswers: 'Las respuestas:',
    score: (percent) => `Tu puntuación es ${percent}%`,
    correctOf: (correct, total) => `${correct} de ${total} correctas.`,
    passed: (pass) => `Aprobaste. Necesitabas ${pass}%.`,
    notPassed: (pass) => `Necesitas ${pass}% para aprobar. Revisa las respuestas de abajo e inténtalo de nuevo cuando quieras.`,
    selfCheck: 'Gracias por hacer el cuestionario. Cada respuesta es una oportunidad para aprender algo.',
    review: 'Tus respuestas',
    yourAnswer: 'Tu respuesta:',
    correctAnswer: 'Respuesta correcta:',
    tryAgain: 'Intentar de nuevo',
    markRight: 'Correcta',
    markWrong: 'No exactamente',
  },
};
