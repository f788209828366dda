/** The content form, built from the element's field specification: each field a native control, lists with add, move and remove. */
import { html } from 'lit';
import { getAt, insertAt, moveAt, pathText, removeAt, setAt, type Path } from '../document.js';
import { PAGE, idFor, renderForm, type FormContext, type ListAction } from '../form.js';
import { placeText, problemText, shared, type Panel } from '../panel.js';

export const panel: Panel = {
  column: 'content',
  create(studio) {
    const { store } = studio;

    function list(action: ListAction, path: Path, index: number, noun: string, item: unknown): void {
      const s = shared(studio);
      const itemId = (i: number): string => idFor([...path, i]);
      const items = getAt(store.doc, path);
      const count = Array.isArray(items) ? items.length : 0;
      if (action === 'add') {
        store.setDoc(insertAt(store.doc, path, item), { label: s.added(noun, index + 1), path: [...path, index] });
        studio.show([...path, index]);
        studio.say(s.added(noun, index + 1));
      } else if (action === 'remove') {
        store.setDoc(removeAt(store.doc, path, index), { label: s.removed(noun, index + 1), path: [...path, index] });
        // Open items after it move up one place: their paths change.
        studio.view = { ...studio.view, open: new Set() };
        studio.say(s.removed(noun, index + 1));
        studio.focus(count > 1 ? itemId(Math.min(index, count - 2)) : `${idFor(path)}-add`);
      } else {
        const to = action === 'up' ? index - 1 : index + 1;
        store.setDoc(moveAt(store.doc, path, index, to), { label: s.moved(noun, to + 1), path: [...path, to] });
        const [a, b] = [pathText([...path, index]), pathText([...path, to])];
        const open = new Set(studio.view.open);
        const [wasA, wasB] = [open.delete(a), open.delete(b)];
        if (wasA) open.add(b);
        if (wasB) open.add(a);
        studio.view = { ...studio.view, open };
        studio.say(s.moved(noun, to + 1));
        // The same button on the item that moved; at an end, the one that still works.
        const edge = to === 0 || to === count - 1;
        studio.focus(`${itemId(to)}-${edge ? (action === 'up' ? 'down' : 'up') : action}`);
      }
    }

    return {
      render() {
        const doc = store.doc;
        if (doc === undefined) return html`<p role="status">…</p>`;
        const s = shared(studio);
        const { byPath, flagged, notes } = store.checks();
        const worded = new Map<string, string[]>();
        for (const n of notes) worded.set(n.path, [...(worded.get(n.path) ?? []), s.note(n)]);
        const { open, shown } = studio.view;
        const ctx: FormContext = {
          lang: studio.lang,
          s,
          doc,
          problems: byPath,
          flagged,
          notes: worded,
          open,
          shown,
          say: (p) => problemText(studio, p),
          set: (path, value, shorthand) =>
            store.setDoc(setAt(store.doc, path, value, shorthand), { label: placeText(studio, pathText(path)), path, key: pathText(path) }),
          list,
          more: (path) => {
            const key = pathText(path);
            const now = (shown.get(key) ?? PAGE) + PAGE;
            studio.view = { ...studio.view, shown: new Map(shown).set(key, now) };
            // Focus stays where the reader was: on the first item just shown.
            studio.focus(idFor([...path, now - PAGE]));
            studio.update();
          },
          toggle: (path, now) => {
            const next = new Set(open);
            if (now) next.add(pathText(path));
            else next.delete(pathText(path));
            studio.view = { ...studio.view, open: next };
            studio.update();
          },
        };
        return renderForm(ctx, store.shapes[store.name]!);
      },
    };
  },
};
