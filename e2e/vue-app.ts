// An agency's Vue 3 site: imports the package, passes `data` as a property
// (Vue sets it as one because the element is defined first) and listens to hr-complete.
import 'hr-widgets';
import type { HrCompleteDetail, QuizData } from 'hr-widgets';
import { createApp, h, ref } from 'vue';

const first: QuizData = { title: 'From Vue', questions: [{ prompt: 'Naloxone reverses opioid overdoses.', answer: true }] };
const second: QuizData = {
  title: 'Swapped by Vue',
  questions: [{ prompt: 'Fentanyl test strips can find fentanyl in drugs.', answer: true }],
};

createApp({
  setup() {
    const quiz = ref(first);
    const result = ref('');
    return () =>
      h('main', [
        h('hr-quiz', { data: quiz.value, onHrComplete: (e: CustomEvent<HrCompleteDetail>) => (result.value = `${e.detail.percent}%`) }),
        h('button', { id: 'swap', onClick: () => (quiz.value = second) }, 'Swap quiz'),
        h('p', { id: 'result' }, result.value),
      ]);
  },
}).mount('#app');
