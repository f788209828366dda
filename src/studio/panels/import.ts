/**
 * Content the author already has, read into the form: the importers the
 * element being made brings, each from its own folder (`src/<element>/<element>.studio.ts`,
 * found by that name, as field specifications are), in the element's order.
 */
import { html } from 'lit';
import type { Panel, PanelView } from '../panel.js';

const FOUND = import.meta.glob<{ importers?: Panel[] }>('../../*/*.studio.ts', { eager: true });

export const panel: Panel = {
  column: 'content',
  create(studio) {
    /** Each element's importers, made when the element is first shown: their state stays while the author switches. */
    const views = new Map<string, PanelView[]>();
    const of = (name: string): PanelView[] => {
      let made = views.get(name);
      if (!made) views.set(name, (made = (FOUND[`../../${name}/${name}.studio.ts`]?.importers ?? []).map((p) => p.create(studio))));
      return made;
    };
    return {
      render: () => html`${of(studio.store.name).map((view) => view.render())}`,
      updated: () => of(studio.store.name).forEach((view) => view.updated?.()),
    };
  },
};
