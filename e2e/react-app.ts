// An agency's React 19 site: imports the package, passes `data` as a property
// and listens to hr-complete through React's custom-element support.
import 'hr-widgets';
import type { HrCompleteDetail, QuizData } from 'hr-widgets';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const first: QuizData = { title: 'From React', questions: [{ prompt: 'Naloxone reverses opioid overdoses.', answer: true }] };
const second: QuizData = {
  title: 'Swapped by React',
  questions: [{ prompt: 'Fentanyl test strips can find fentanyl in drugs.', answer: true }],
};

function App() {
  const [quiz, setQuiz] = useState(first);
  const [result, setResult] = useState('');
  return h(
    'main',
    null,
    h('hr-quiz', { data: quiz, 'onhr-complete': (e: CustomEvent<HrCompleteDetail>) => setResult(`${e.detail.percent}%`) }),
    h('button', { id: 'swap', onClick: () => setQuiz(second) }, 'Swap quiz'),
    h('p', { id: 'result' }, result),
  );
}

createRoot(document.getElementById('app')!).render(h(App));
