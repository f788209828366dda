// Every element × every way data comes in (attribute, property, src, child
// script, placeholder), each given data it cannot use, plus empty and blank
// attributes: the page the notice tests open, with and without a strict CSP.
// The child scripts are in the page itself (Trusted Types guard a script's text).
// Each element's id says what it was given; spy.js records each hr-error and
// whether its element showed a notice by the end of that task.
const ELEMENTS = ['quiz', 'resource-list', 'principles', 'helpline', 'quick-exit'];
const BAD = '"not an object"';
const main = document.querySelector('main');

function make(name, id) {
  const el = document.createElement(`hr-${name}`);
  el.id = id;
  return el;
}

for (const name of ELEMENTS) {
  const attribute = make(name, `${name}-attribute`);
  attribute.setAttribute('data', BAD);
  const property = make(name, `${name}-property`);
  property.data = 'not an object';
  const src = make(name, `${name}-src`);
  src.setAttribute('src', '/test/fixtures/broken.json');
  const holder = document.createElement('div');
  holder.id = `${name}-placeholder`;
  holder.setAttribute('data-hr-widget', name);
  holder.setAttribute('data-data', BAD);
  main.append(attribute, property, src, holder);
}
// The cases seen failing: empty and blank data, and a help line no one can reach.
for (const [id, value] of [
  ['quiz-empty', ''],
  ['quiz-blank', '   '],
]) {
  const el = make('quiz', id);
  el.setAttribute('data', value);
  main.append(el);
}
const unreachable = make('helpline', 'helpline-unreachable');
unreachable.setAttribute('data', '{"lines":[{"name":"No contact"}]}');
main.append(unreachable);
