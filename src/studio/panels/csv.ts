/** A directory from a spreadsheet or an Open Referral package: `<studio-csv>` reads it in a worker; its entries arrive here. */
import { html, nothing } from 'lit';
import type { CsvImportDetail } from '../csv-panel.js';
import { shared, type Panel } from '../panel.js';
import { addEntries } from '../replace-or-add.js';

export const panel: Panel = {
  column: 'content',
  create: (studio) => ({
    render() {
      const { store } = studio;
      if (store.name !== 'resource-list') return nothing;
      const imported = ({ detail: { entries, mode } }: CustomEvent<CsvImportDetail>): void => {
        const s = shared(studio);
        addEntries(store, entries, mode, mode === 'replace' ? s.entriesReplaced(entries.length) : s.entriesAdded(entries.length));
        studio.view = { ...studio.view, open: new Set() };
      };
      return html`<studio-csv .lang=${studio.lang} .builtIn=${!store.edited.has(store.name)} @studio-import=${imported}></studio-csv>`;
    },
  }),
};
