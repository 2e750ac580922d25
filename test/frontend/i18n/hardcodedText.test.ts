// No user-visible text is written into the code: every word users read comes from the i18n files, so that every
// language shows it translated. Looks at what reaches the screen: JSX text, user-visible attributes, text
// assigned to the DOM, and the text of the Velocity templates.
import fs from 'fs';
import path from 'path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../../..');
const WORDS = /\p{L}{2,}/u;
/** JSX attributes and DOM properties whose value users read (or hear, through a screen reader). */
const VISIBLE = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label',
  'description', 'heading', 'tooltip', 'textContent', 'innerText', 'innerHTML', 'message']);

function files(dir: string, pattern: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'build' ? [] : files(full, pattern);
    return pattern.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ');
  return undefined;
}

export function hardcodedTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(root, fileName)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    // Atlaskit links that open a new tab announce it with an English default unless given newWindowLabel.
    if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && /^[A-Z]/.test(node.tagName.getText())) {
      const attributes = node.attributes.properties.filter(ts.isJsxAttribute);
      const spreads = node.attributes.properties.filter(ts.isJsxSpreadAttribute).map((a) => a.expression.getText());
      const blank = attributes.some((a) => a.name.getText() === 'target' && literalText(a.initializer) === '_blank');
      const labelled = attributes.some((a) => a.name.getText() === 'newWindowLabel') || spreads.some((e) => e.includes('newTabLabel'));
      if (blank && !labelled) {
        report(node, `<${node.tagName.getText()} target="_blank"> without newWindowLabel ("(opens new window)")`);
      }
    }
    if (ts.isJsxAttribute(node) && VISIBLE.has(node.name.getText())) {
      const text = literalText(node.initializer);
      if (text && WORDS.test(text)) report(node, text);
    }
    if (ts.isJsxExpression(node) && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text && WORDS.test(text)) report(node, text);
    }
    // element.textContent = 'Text', document.title = `Text`
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken
      && ts.isPropertyAccessExpression(node.left) && VISIBLE.has(node.left.name.text)) {
      const text = literalText(node.right);
      if (text && WORDS.test(text)) report(node, text);
    }
    // element.setAttribute('aria-label', 'Text'); document.createTextNode('Text')
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const args = node.arguments;
      if (method === 'setAttribute' && args.length === 2 && VISIBLE.has(literalText(args[0]) ?? '')) {
        const text = literalText(args[1]);
        if (text && WORDS.test(text)) report(node, text);
      }
      if ((method === 'createTextNode' || method === 'append' || method === 'prepend') && args.length > 0) {
        for (const arg of args) {
          const text = literalText(arg);
          if (text && WORDS.test(text)) report(node, text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Text of a Velocity template once markup, comments, styles, scripts, references and directives are gone. */
export function templateText(source: string): string {
  return source
    .replace(/#\*[\s\S]*?\*#/g, ' ')
    .replace(/##.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\$!?\{?[A-Za-z][\w.]*(\([^)]*\))?\}?/g, ' ')
    .replace(/#\{?(if|elseif|foreach|set|macro|parse|include|define|evaluate)\}?\s*\([^)]*\)/g, ' ')
    .replace(/#\{?(else|end|break|stop)\}?|#[a-z_]+\(\)/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

test('the scanner finds text written into code', () => {
  expect(hardcodedTexts('link.tsx', 'const l = <LinkButton href="x" target="_blank">{t}</LinkButton>;')).toHaveLength(1);
  expect(hardcodedTexts('link.tsx', 'const l = <LinkButton target="_blank" newWindowLabel={t()}>{t}</LinkButton>;')).toEqual([]);
  expect(hardcodedTexts('link.tsx', 'const l = <LinkButton target="_blank" {...newTabLabel()}>{t}</LinkButton>;')).toEqual([]);
  const sample = `const a = <p title="Close me">Hello there {'World wide'}</p>;
    el.textContent = 'Loading page'; el.setAttribute('aria-label', \`Open file\`); const ok = WRM.I18n.getText('k');`;
  expect(hardcodedTexts('sample.tsx', sample).map((f) => f.replace(/^.*? /, ''))).toEqual(
    ['"Close me"', '"Hello there"', '"World wide"', '"Loading page"', '"Open file"']);
  expect(templateText('## comment\n<html lang="$lang"><title>$title</title><p>Welcome $name</p>#if($x)#end</html>')).toBe('Welcome');
});

test('the frontend shows no text that bypasses the i18n files', () => {
  const found = files(path.join(root, 'frontend'), /\.tsx?$/).flatMap((f) => hardcodedTexts(f, fs.readFileSync(f, 'utf8')));
  expect(found).toEqual([]);
});

test('the Velocity templates contain no text of their own (only $references to translated texts)', () => {
  const dir = path.join(root, 'src/main/resources/templates');
  const found = files(dir, /\.vm$/)
    .map((f) => [path.basename(f), templateText(fs.readFileSync(f, 'utf8'))])
    .filter(([, text]) => WORDS.test(text));
  expect(found).toEqual([]);
});
