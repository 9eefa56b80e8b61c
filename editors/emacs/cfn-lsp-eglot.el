;;; cfn-lsp-eglot.el --- Eglot setup for cfn-lsp, the AWS CloudFormation language server  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1") (eglot "1.9") (yaml-mode "0.0.15"))
;; Keywords: languages, tools

;;; Commentary:

;; Gives CloudFormation templates their own major modes, `cfn-yaml-mode'
;; (derived from `yaml-mode') and `cfn-json-mode' (derived from `js-mode'),
;; and registers cfn-lsp for them with Eglot.  Other YAML and JSON files keep
;; their usual modes and never see the server.
;;
;; A file is a template when it is named *.cfn.yaml, *.cfn.yml, *.cfn.json or
;; *.template, or when a .yaml/.yml/.json file contains
;; AWSTemplateFormatVersion or a resource `Type: AWS::Service::Resource'.
;;
;;   (add-to-list 'load-path "/path/to/cfn-lsp/editors/emacs")
;;   (setq cfn-lsp-jar "/path/to/cfn-lsp.jar")
;;   (require 'cfn-lsp-eglot)
;;
;; M-x cfn-lsp-fix-all applies every safe fix the server knows for the buffer.

;;; Code:

(require 'cl-lib)
(require 'eglot)
(require 'yaml-mode)

(defgroup cfn-lsp nil
  "CloudFormation templates with the cfn-lsp language server."
  :group 'languages
  :prefix "cfn-lsp-")

(defcustom cfn-lsp-java "java"
  "Java 17+ executable used to run the server."
  :type 'string)

(defcustom cfn-lsp-jar (or (getenv "CFN_LSP_JAR") "~/.local/share/cfn-lsp/cfn-lsp.jar")
  "Path of cfn-lsp.jar."
  :type 'file)

(defcustom cfn-lsp-jvm-options
  '("-XX:+UseSerialGC" "-Xms128m" "-XX:NewSize=96m" "-XX:MaxNewSize=96m"
    "-XX:SurvivorRatio=1" "-XX:TargetSurvivorRatio=90"
    "-XX:MinHeapFreeRatio=40" "-XX:MaxHeapFreeRatio=70"
    "-Xlog:disable" "-Xlog:all=warning:stderr")
  "JVM options for the server: a small, compact heap instead of a quarter of
the machine's memory, and JVM warnings on stderr, never on the stdout that
carries the protocol.  See docs/perf-launch-notes.md."
  :type '(repeat string))

(defconst cfn-lsp-class-archive-name "cfn-lsp.jsa"
  "The class-data-sharing archive `java -jar cfn-lsp.jar class-archive' writes
next to the jar.  Passed to the server when it exists: a missing archive would
also turn off the JDK's own class sharing, a stale one is ignored.")

(defun cfn-lsp--command ()
  "The server command line: java, JVM options, class archive if any, jar."
  (let* ((jar (expand-file-name cfn-lsp-jar))
         (archive (expand-file-name cfn-lsp-class-archive-name (file-name-directory jar))))
    `(,cfn-lsp-java
      ,@cfn-lsp-jvm-options
      ,@(when (file-exists-p archive)
          (list (concat "-XX:SharedArchiveFile=" archive)))
      "-jar" ,jar "serve")))

(defcustom cfn-lsp-settings nil
  "Server settings as a plist, nil for the server's defaults.
Sent as initializationOptions and as the \"cfn-lsp\" section of
workspace/didChangeConfiguration.  Example:
  (:regions [\"us-east-1\" \"eu-west-1\"] :profile \"production\"
   :debounceMs 150 :rules (:ref-unknown \"warning\"))"
  :type 'plist)

(defcustom cfn-lsp-autostart t
  "When non-nil, templates start (or join) an Eglot session on opening."
  :type 'boolean)

(defconst cfn-lsp-fix-all-kind "source.fixAll.cfn-lsp"
  "Code action kind of the server's fix-everything action.")

(defconst cfn-lsp--template-mark
  (concat "AWSTemplateFormatVersion"
          "\\|[\"']?Type[\"']?[ \t]*:[ \t]*[\"']?AWS::[[:alnum:]-]+::[[:alnum:]]")
  "Text that only CloudFormation templates contain.")

(define-derived-mode cfn-yaml-mode yaml-mode "CFN-YAML"
  "Major mode for CloudFormation templates written in YAML.")

(define-derived-mode cfn-json-mode js-mode "CFN-JSON"
  "Major mode for CloudFormation templates written in JSON.")

(defun cfn-lsp--file-name-matches-p (regexp)
  (and buffer-file-name (string-match-p regexp buffer-file-name)))

(defun cfn-lsp--template-text-p ()
  "Non-nil when the (magic-mode narrowed) buffer start looks like a template."
  (save-excursion
    (goto-char (point-min))
    (re-search-forward cfn-lsp--template-mark nil t)))

(defun cfn-lsp--json-text-p ()
  (save-excursion
    (goto-char (point-min))
    (skip-chars-forward " \t\r\n")
    (eq (char-after) ?{)))

(defun cfn-lsp-yaml-template-p ()
  "`magic-mode-alist' test: a YAML file holding a template, or a YAML *.template."
  (or (and (cfn-lsp--file-name-matches-p "\\.ya?ml\\'") (cfn-lsp--template-text-p))
      (and (cfn-lsp--file-name-matches-p "\\.template\\'") (not (cfn-lsp--json-text-p)))))

(defun cfn-lsp-json-template-p ()
  "`magic-mode-alist' test: a JSON file holding a template, or a JSON *.template."
  (or (and (cfn-lsp--file-name-matches-p "\\.json\\'") (cfn-lsp--template-text-p))
      (and (cfn-lsp--file-name-matches-p "\\.template\\'") (cfn-lsp--json-text-p))))

;; magic-mode-alist is consulted before auto-mode-alist, so templates win over
;; yaml-mode / js-mode while every other YAML and JSON file is untouched.
(add-to-list 'magic-mode-alist '(cfn-lsp-yaml-template-p . cfn-yaml-mode))
(add-to-list 'magic-mode-alist '(cfn-lsp-json-template-p . cfn-json-mode))
(add-to-list 'auto-mode-alist '("\\.cfn\\.ya?ml\\'" . cfn-yaml-mode))
(add-to-list 'auto-mode-alist '("\\.cfn\\.json\\'" . cfn-json-mode))

(defclass cfn-lsp-server (eglot-lsp-server) ()
  :documentation "An Eglot session with cfn-lsp.")

(defun cfn-lsp--contact (_interactive)
  "Eglot contact: the command line, plus initializationOptions when set."
  `(cfn-lsp-server
    ,@(cfn-lsp--command)
    ,@(when cfn-lsp-settings
        (list :initializationOptions cfn-lsp-settings))))

;; Listed first so it wins over the stock yaml-mode / js-mode entries,
;; which Eglot would otherwise match through mode inheritance.
(add-to-list 'eglot-server-programs
             '(((cfn-yaml-mode :language-id "yaml")
                (cfn-json-mode :language-id "json"))
               . cfn-lsp--contact))

(defun cfn-lsp--push-settings (server)
  "Send `cfn-lsp-settings' to SERVER unless directory-local
`eglot-workspace-configuration' already has a :cfn-lsp section.
Eglot runs this on connect with the project's directory-locals in effect."
  (let ((configured eglot-workspace-configuration))
    (when (and (cl-typep server 'cfn-lsp-server)
               cfn-lsp-settings
               (not (and (consp configured) (keywordp (car configured))
                         (plist-get configured :cfn-lsp))))
      (jsonrpc-notify server :workspace/didChangeConfiguration
                      (list :settings (list :cfn-lsp cfn-lsp-settings))))))

;; Appended: it must follow Eglot's own didChangeConfiguration, which sends
;; only the directory-local configuration.
(add-hook 'eglot-connect-hook #'cfn-lsp--push-settings t)

(defun cfn-lsp--setup-buffer ()
  (when cfn-lsp-autostart
    (eglot-ensure)))

(add-hook 'cfn-yaml-mode-hook #'cfn-lsp--setup-buffer)
(add-hook 'cfn-json-mode-hook #'cfn-lsp--setup-buffer)

(defun cfn-lsp-fix-all ()
  "Apply every safe cfn-lsp fix to the current template."
  (interactive)
  (eglot-code-actions (point-min) (point-max) cfn-lsp-fix-all-kind t))

(provide 'cfn-lsp-eglot)
;;; cfn-lsp-eglot.el ends here
