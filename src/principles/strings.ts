import type { Lang } from '../shared/localize.js';

export const strings = {
  en: { expandAll: 'Expand all', collapseAll: 'Collapse all' },
  es: { expandAll: 'Abrir todo', collapseAll: 'Cerrar todo' },
} satisfies Record<Lang, Record<string, string>>;
