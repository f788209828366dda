// A site's own default Trusted Types policy that lets every string through
// (as some sites do while they migrate): Lit renders through it.
window.trustedTypes?.createPolicy('default', { createHTML: (s) => s, createScript: (s) => s, createScriptURL: (s) => s });
