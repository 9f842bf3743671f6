package ui

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// fileWords is fileError in the language the page shows.
func fileWords(name string, err error) words {
	return func(l i18n.Lang) string { return fileError(l, name, err) }
}

// maxFileErrors is how many of a file's problems the page lists.
const maxFileErrors = 3

// fileError says in language l why the file name did not open: each
// problem with its line, its field and the rule it breaks ("line 12:
// close_rate.value: …"), the first few of them. A nil err means the file
// is over scenario.MaxFileSize.
func fileError(l i18n.Lang, name string, err error) string {
	head := fmt.Sprintf(l.T("files.error"), name)
	if err == nil {
		return head + " " + l.T("files.too_large")
	}
	var es scenario.Errors
	if !errors.As(err, &es) {
		var e *scenario.Error
		if !errors.As(err, &e) {
			return head + " " + err.Error()
		}
		es = scenario.Errors{e}
	}
	return head + " " + problems(l, es, true)
}

// problems says the first few of a scenario's problems in l, each with
// its field and the rule it breaks: a file's with its line and its key
// (close_rate.value), a link's with the field's label on the page (受注率;
// its JSON has no lines or keys its reader sees).
func problems(l i18n.Lang, es scenario.Errors, file bool) string {
	parts := make([]string, 0, maxFileErrors+1)
	for i, e := range es {
		if i == maxFileErrors {
			parts = append(parts, "…")
			break
		}
		t := e.Named(l)
		if file {
			t = e.InFile(l) // its key, and its label on the page
		}
		if file && e.Line > 0 {
			t = fmt.Sprintf(l.T("files.line"), e.Line) + ": " + t
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, l.T("present.list_sep"))
}
