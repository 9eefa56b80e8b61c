/**
 * Tracks which documents the server has been told about. The client's document selector matches
 * every YAML and JSON file; this gate lets through only those that are CloudFormation templates.
 */

export type OpenDecision = 'forward' | 'drop';
/** `open` means the document just became a template, so the server needs a didOpen instead of a didChange. */
export type ChangeDecision = 'forward' | 'open' | 'drop';

export class TemplateDocumentGate {
  private readonly admitted = new Set<string>();

  onOpen(uri: string, isTemplate: () => boolean): OpenDecision {
    if (!isTemplate()) {
      return 'drop';
    }
    this.admitted.add(uri);
    return 'forward';
  }

  onChange(uri: string, isTemplate: () => boolean): ChangeDecision {
    if (this.admitted.has(uri)) {
      // Stays admitted even if an edit removes the markers, so the server's view never goes stale.
      return 'forward';
    }
    return this.onOpen(uri, isTemplate) === 'forward' ? 'open' : 'drop';
  }

  onClose(uri: string): OpenDecision {
    return this.admitted.delete(uri) ? 'forward' : 'drop';
  }

  isAdmitted(uri: string): boolean {
    return this.admitted.has(uri);
  }
}
