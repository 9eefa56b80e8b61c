/** Decides which documents are CloudFormation templates, without parsing them. */

export interface DocumentIdentity {
  readonly fileName: string;
  readonly languageId: string;
  readonly uriScheme: string;
}

/** File names that mark a template whatever the content. */
export const TEMPLATE_FILE_GLOBS = ['**/*.template', '**/*.cfn.yaml', '**/*.cfn.yml', '**/*.cfn.json'] as const;

const TEMPLATE_FILE_NAME = /\.(template|cfn\.ya?ml|cfn\.json)$/i;
const SNIFFED_LANGUAGES = new Set(['yaml', 'json', 'jsonc']);
const SUPPORTED_SCHEMES = ['file', 'untitled'] as const;

/** Templates declare themselves near the top; looking further only costs time on large non-template files. */
export const SNIFF_LIMIT_CHARS = 128 * 1024;

// A key at the start of a line (YAML block style) or right after `{` or `,` (JSON, YAML flow style).
const topLevelKey = (name: string): RegExp => new RegExp(`(^|[{,])[ \\t]*["']?${name}["']?[ \\t]*:`, 'm');
const FORMAT_VERSION_KEY = topLevelKey('AWSTemplateFormatVersion');
const RESOURCES_KEY = topLevelKey('Resources');
const RESOURCE_TYPE = /["']?Type["']?[ \t]*:[ \t]*["']?(AWS|Alexa)::[A-Za-z0-9]+::[A-Za-z0-9]+/;

/** Shape of a `vscode.DocumentFilter`, kept free of the `vscode` module so it can be tested. */
export interface TemplateDocumentFilter {
  readonly scheme: string;
  readonly language?: string;
  readonly pattern?: string;
}

/**
 * Every document that could be a template. The client still consults {@link isCloudFormationTemplate}
 * before handing a matching document to the server.
 */
export const TEMPLATE_DOCUMENT_SELECTOR: readonly TemplateDocumentFilter[] = SUPPORTED_SCHEMES.flatMap((scheme) => [
  ...[...SNIFFED_LANGUAGES].map((language) => ({ scheme, language })),
  ...TEMPLATE_FILE_GLOBS.map((pattern) => ({ scheme, pattern })),
]);

export function hasTemplateFileName(fileName: string): boolean {
  return TEMPLATE_FILE_NAME.test(fileName);
}

export function looksLikeCloudFormation(text: string): boolean {
  const head = text.length > SNIFF_LIMIT_CHARS ? text.slice(0, SNIFF_LIMIT_CHARS) : text;
  return FORMAT_VERSION_KEY.test(head) || (RESOURCES_KEY.test(head) && RESOURCE_TYPE.test(head));
}

/** `getText` is a function so that documents ruled out by scheme or language are never read. */
export function isCloudFormationTemplate(document: DocumentIdentity, getText: () => string): boolean {
  if (!(SUPPORTED_SCHEMES as readonly string[]).includes(document.uriScheme)) {
    return false;
  }
  if (hasTemplateFileName(document.fileName)) {
    return true;
  }
  return SNIFFED_LANGUAGES.has(document.languageId) && looksLikeCloudFormation(getText());
}
