;;; cfn-lsp-eglot-test.el --- End-to-end test of cfn-lsp-eglot.el  -*- lexical-binding: t; -*-

;;; Commentary:

;; Run through test/run.sh: Emacs in batch mode, Eglot, the real cfn-lsp jar.
;; Environment: CFN_LSP_JAR (the jar), CFN_TEST_WORK (a scratch copy of fixtures/).

;;; Code:

(require 'ert)
(require 'cl-lib)
(require 'cfn-lsp-eglot)

(defconst cfn-test-work (file-name-as-directory (getenv "CFN_TEST_WORK")))
(defconst cfn-test-first-diagnostics-seconds 60 "JVM start-up plus first analysis.")

(setq cfn-lsp-jar (getenv "CFN_LSP_JAR")
      cfn-lsp-settings '(:regions ["us-east-1"] :debounceMs 50)
      eglot-sync-connect 60
      eglot-connect-timeout 60)

(defun cfn-test-visit (name)
  (find-file-noselect (expand-file-name name cfn-test-work)))

(defun cfn-test-start-eglot (buffer)
  "Connect BUFFER now; `eglot-ensure' waits for a command loop batch mode lacks."
  (with-current-buffer buffer
    (run-hooks 'post-command-hook)
    (should (eglot-current-server))))

(defun cfn-test-diagnostic-code (diagnostic)
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))) :code))

(defvar cfn-test-publishes (make-hash-table :test #'eq)
  "Number of publishDiagnostics notifications received, by buffer.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest params)
              (when (eq method 'textDocument/publishDiagnostics)
                (let ((buffer (find-buffer-visiting (eglot--uri-to-path (plist-get params :uri)))))
                  (when buffer
                    (puthash buffer (1+ (gethash buffer cfn-test-publishes 0)) cfn-test-publishes)))))
            '((name . cfn-test-count-publishes)))

(defun cfn-test-publish-count (buffer)
  (gethash buffer cfn-test-publishes 0))

(defun cfn-test-codes (buffer)
  "The rule ids (codes) of BUFFER's Flymake diagnostics."
  (with-current-buffer buffer
    (mapcar #'cfn-test-diagnostic-code (flymake-diagnostics))))

(defun cfn-test-wait-until (buffer predicate seconds)
  "Pump events until PREDICATE, called with BUFFER's diagnostic codes, holds.
Return non-nil when it did within SECONDS."
  (with-current-buffer buffer
    (let ((deadline (+ (float-time) seconds)) found)
      (while (and (not found) (< (float-time) deadline))
        ;; Eglot sends didChange from an idle timer, which batch mode never runs.
        (when eglot--managed-mode (eglot--signal-textDocument/didChange))
        (accept-process-output nil 0.2)
        ;; Flymake normally starts from the command loop; batch mode has none.
        (flymake-start nil t)
        (setq found (funcall predicate (cfn-test-codes buffer))))
      found)))

(defun cfn-test-wait-for-codes (buffer codes seconds)
  "Pump events until BUFFER's Flymake diagnostics include every one of CODES."
  (cfn-test-wait-until buffer (lambda (present) (cl-every (lambda (code) (member code present)) codes))
                       seconds))

(defun cfn-test-wait-for-new-codes (buffer published-before predicate seconds)
  "Like `cfn-test-wait-until', but only once BUFFER got a publish after PUBLISHED-BEFORE."
  (cfn-test-wait-until buffer (lambda (present)
                                (and (> (cfn-test-publish-count buffer) published-before)
                                     (funcall predicate present)))
                       seconds))

(defun cfn-test-diagnostic-line (buffer code)
  (with-current-buffer buffer
    (let ((d (cl-find code (flymake-diagnostics) :key #'cfn-test-diagnostic-code :test #'equal)))
      (and d (line-number-at-pos (flymake-diagnostic-beg d))))))

(defun cfn-test-file-text (name)
  (with-temp-buffer
    (insert-file-contents (expand-file-name name cfn-test-work))
    (buffer-string)))

(ert-deftest cfn-lsp-01-modes ()
  "Templates get the cfn modes; other YAML keeps yaml-mode."
  (should (eq (buffer-local-value 'major-mode (cfn-test-visit "template.yaml")) 'cfn-yaml-mode))
  (should (eq (buffer-local-value 'major-mode (cfn-test-visit "stack.template")) 'cfn-json-mode))
  (let ((plain (cfn-test-visit "plain.yaml")))
    (should (eq (buffer-local-value 'major-mode plain) 'yaml-mode))
    (with-current-buffer plain (should-not (eglot-current-server)))))

(ert-deftest cfn-lsp-02-diagnostics ()
  "The server reports the seeded problems on the expected lines."
  (let ((buffer (cfn-test-visit "template.yaml")))
    (cfn-test-start-eglot buffer)
    (should (cfn-test-wait-for-codes buffer '("property-unknown" "ref-unknown")
                                     cfn-test-first-diagnostics-seconds))
    (should (equal (cfn-test-diagnostic-line buffer "property-unknown") 7))
    (should (equal (cfn-test-diagnostic-line buffer "ref-unknown") 10))))

(ert-deftest cfn-lsp-03-quick-fix ()
  "The property-unknown quick fix is offered under its contract title and fixes the typo."
  (let ((buffer (cfn-test-visit "template.yaml")))
    (with-current-buffer buffer
      (goto-char (point-min))
      (search-forward "BucketNme")
      (let* ((actions (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix"))
             (fix (cl-find "Change to 'BucketName'" actions
                           :key (lambda (a) (plist-get a :title)) :test #'equal))
             (published (cfn-test-publish-count buffer)))
        (should fix)
        ;; What M-x eglot-code-actions does once the user picked the action.
        (eglot--read-execute-code-action (list fix) (eglot-current-server) "quickfix")
        (should (equal (buffer-string) (cfn-test-file-text "template.yaml.expected")))
        (should (cfn-test-wait-for-new-codes
                 buffer published
                 (lambda (present) (and (not (member "property-unknown" present))
                                        (member "ref-unknown" present)))
                 cfn-test-first-diagnostics-seconds))))))

(ert-deftest cfn-lsp-04-fix-all ()
  "M-x cfn-lsp-fix-all applies the safe fixes of source.fixAll.cfn-lsp, and only those."
  (let ((buffer (cfn-test-visit "fix-all.yaml")))
    (cfn-test-start-eglot buffer)
    (should (cfn-test-wait-for-codes buffer '("log-group-retention" "property-unknown")
                                     cfn-test-first-diagnostics-seconds))
    (should (equal (cfn-test-diagnostic-line buffer "log-group-retention") 4))
    (should (equal (cfn-test-diagnostic-line buffer "property-unknown") 11))
    (with-current-buffer buffer
      (let ((published (cfn-test-publish-count buffer)))
        (cfn-lsp-fix-all)
        ;; RetentionInDays (log-group-retention) and the Retain policies (retain-stateful) are
        ;; added; the TopicNme typo is no safe fix and stays.
        (should (equal (buffer-string) (cfn-test-file-text "fix-all.yaml.expected")))
        (should (cfn-test-wait-for-new-codes
                 buffer published
                 (lambda (present) (and (not (member "log-group-retention" present))
                                        (member "property-unknown" present)))
                 cfn-test-first-diagnostics-seconds))
        (should (equal (cfn-test-diagnostic-line buffer "property-unknown") 14))))))

(defun cfn-test-run-and-exit ()
  "Run the tests, print `N passed, M failed' and exit with their status."
  (let* ((stats (ert-run-tests-batch "^cfn-lsp-"))
         (failed (ert-stats-completed-unexpected stats))
         (passed (- (ert-stats-completed stats) failed)))
    (dolist (server (hash-table-values eglot--servers-by-project))
      (ignore-errors (mapc (lambda (s) (eglot-shutdown s nil 5)) server)))
    (princ (format "%d passed, %d failed\n" passed failed))
    (kill-emacs (if (zerop failed) 0 1))))

;;; cfn-lsp-eglot-test.el ends here
