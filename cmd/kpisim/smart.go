//go:build !wasm

package main

import (
	"fmt"
	"io"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
)

// printSmart writes the SMART tests of every KPI of s (report.Smart), as
// the page's SMART table does: the five results as ✓ or ✗ under S M A R
// T, the KPI, and the reason of each failed test under it; then the
// article's failure patterns found. A scenario that does not solve says
// why instead.
func printSmart(w io.Writer, s *scenario.Scenario, l i18n.Lang) {
	a, err := s.Answer()
	if err != nil {
		fmt.Fprintf(w, "  %s\n", answerError(s, l, err))
		return
	}
	sm := report.New(a, l, s.Currency).Smart()
	fmt.Fprintf(w, "  SMART  %s\n", l.T("coach.kpi"))
	for _, r := range sm.Rows {
		marks := ""
		for _, c := range r.Tests {
			if c.Pass {
				marks += "✓"
			} else {
				marks += "✗"
			}
		}
		fmt.Fprintf(w, "  %s  %s\n", marks, r.Label)
		for k, c := range r.Tests {
			if !c.Pass {
				fmt.Fprintf(w, "         %s: %s\n", report.Letters[k], c.Reason)
			}
		}
	}
	if len(sm.Patterns) == 0 {
		fmt.Fprintf(w, "  %s\n", l.T("coach.no_patterns"))
	}
	for _, p := range sm.Patterns {
		fmt.Fprintf(w, "  ! %s: %s\n", p.Title, p.Reason)
	}
}
