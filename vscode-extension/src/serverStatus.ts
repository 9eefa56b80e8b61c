/** What the status bar says about the server in each state. */

export type ServerStatus =
  | { readonly kind: 'starting' }
  | { readonly kind: 'ready'; readonly serverVersion?: string }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'error'; readonly message: string };

export interface StatusPresentation {
  readonly text: string;
  readonly tooltip: string;
  readonly isError: boolean;
}

const CLICK_HINT = 'Click to show the cfn-lsp log.';

export function presentServerStatus(status: ServerStatus): StatusPresentation {
  switch (status.kind) {
    case 'starting':
      return { text: '$(sync~spin) cfn-lsp', tooltip: `cfn-lsp: starting the language server. ${CLICK_HINT}`, isError: false };
    case 'ready': {
      const version = status.serverVersion ? ` ${status.serverVersion}` : '';
      return { text: '$(check) cfn-lsp', tooltip: `cfn-lsp${version}: ready. ${CLICK_HINT}`, isError: false };
    }
    case 'stopped':
      return { text: '$(circle-slash) cfn-lsp', tooltip: `cfn-lsp: stopped. Run "cfn-lsp: Restart Language Server" to start it. ${CLICK_HINT}`, isError: false };
    case 'error':
      return { text: '$(error) cfn-lsp', tooltip: `cfn-lsp error: ${status.message} ${CLICK_HINT}`, isError: true };
  }
}
