// `cem analyze` reads this. The analyzer lists every entry of Lit's
// `static properties` as an attribute, internal `state: true` ones too; this
// plugin finds those and leaves them out of the public manifest.
function dropLitState() {
  const internal = new Set();
  return {
    name: 'drop-lit-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties' || !member.initializer) continue;
        if (!ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (ts.isPropertyAssignment(prop) && /\bstate:\s*true\b/.test(prop.initializer.getText())) {
            internal.add(prop.name.getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's module order varies between runs; sort so the file is stable.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
          if (decl.members)
            decl.members = decl.members.filter((m) => !internal.has(m.name) && m.privacy !== 'private' && !m.name.startsWith('#'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The studio is a page of the project, not part of the package.
  exclude: ['src/**/default-content.ts', 'src/studio/**', 'src/**/*.studio.ts'],
  litelement: true,
  // Never rewrite package.json's customElements field (a check run with --outdir would point it elsewhere).
  packagejson: false,
  plugins: [dropLitState()],
};
