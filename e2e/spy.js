// Loaded first by the end-to-end pages: records console warnings and errors,
// CSP violations and uncaught errors, for the tests that look into the page.
window.__log = { warnings: [], errors: [], violations: [], uncaught: [] };
const { warn, error } = console;
console.warn = (...args) => (window.__log.warnings.push(args.join(' ')), warn.apply(console, args));
console.error = (...args) => (window.__log.errors.push(args.join(' ')), error.apply(console, args));
document.addEventListener('securitypolicyviolation', (e) => window.__log.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener('error', (e) => window.__log.uncaught.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__log.uncaught.push(String(e.reason)));
