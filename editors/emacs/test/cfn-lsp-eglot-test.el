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

(defun cfn-test-wait-for-codes (buffer codes seconds)
  "Pump events until BUFFER's Flymake diagnostics include every one of CODES."
  (with-current-buffer buffer
    (let ((deadline (+ (float-time) seconds)) found)
      (while (and (not found) (< (float-time) deadline))
        (accept-process-output nil 0.2)
        ;; Flymake normally starts from the command loop; batch mode has none.
        (flymake-start nil t)
        (let ((present (mapcar #'cfn-test-diagnostic-code (flymake-diagnostics))))
          (setq found (cl-every (lambda (code) (member code present)) codes))))
      found)))

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

(ert-deftest cfn-lsp-03-quick-fix-offered ()
  "The property-unknown quick fix is offered under its contract title."
  (with-current-buffer (cfn-test-visit "template.yaml")
    (goto-char (point-min))
    (search-forward "BucketNme")
    (let ((titles (mapcar (lambda (a) (plist-get a :title))
                          (eglot-code-actions (line-beginning-position) (line-end-position) "quickfix"))))
      (should (member "Change to 'BucketName'" titles)))))

(ert-deftest cfn-lsp-04-fix-all ()
  "M-x cfn-lsp-fix-all applies the source.fixAll.cfn-lsp edit."
  (with-current-buffer (cfn-test-visit "template.yaml")
    (cfn-lsp-fix-all)
    (should (equal (buffer-string) (cfn-test-file-text "template.yaml.expected")))))

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
