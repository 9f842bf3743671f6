package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/report"
)

// A label a spreadsheet would read as a formula is written as text; any
// other name as written.
func TestTextCell(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a formula", "=SUM(A1)", "'=SUM(A1)"},
		{"a plus", "+81 calls", "'+81 calls"},
		{"a minus", "-churn", "'-churn"},
		{"an at", "@rep", "'@rep"},
		{"a tab", "\tx", "'\tx"},
		{"a name", "受注件数", "受注件数"},
		{"an equals inside", "Revenue = deals × price", "Revenue = deals × price"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := report.TextCell(tc.in); got != tc.want {
				t.Errorf("%q → %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
