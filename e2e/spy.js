// Loaded first by the end-to-end pages: records console warnings and errors,
// CSP violations and uncaught errors, for the tests that look into the page.
window.__log = { warnings: [], errors: [], violations: [], uncaught: [] };
const { warn, error } = console;
console.warn = (...args) => (window.__log.warnings.push(args.join(' ')), warn.apply(console, args));
console.error = (...args) => (window.__log.errors.push(args.join(' ')), error.apply(console, args));
document.addEventListener('securitypolicyviolation', (e) => window.__log.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__log.uncaught.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__log.uncaught.push(String(e.reason)));
// Every hr-error, kept apart from the log, by its element's id (or its placeholder's): a notice must come with
// exactly one. `__noticeLate` names those whose element showed no notice by the end of the event's task.
window.__events = [];
window.__details = [];
window.__noticeLate = [];
document.addEventListener('hr-error', (e) => {
  const name = e.target.id || e.target.parentElement?.id || e.target.localName;
  window.__events.push(`${name}: ${e.detail.path}`);
  window.__details.push(e.detail);
  setTimeout(() => e.target.shadowRoot?.querySelector('[part="notice"]') || window.__noticeLate.push(name));
});
