package report_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// TestLeadNeed: with a sales cycle and an ongoing pipeline, the sentence on
// the months before the plan says what they need, part of the year's
// requirement: the plan's rows start at its first month, and field
// sales' 67 opportunities a month from April added up to 600 of the
// year's 800 with nothing naming the other 200. A new team does nothing
// before the plan; a plan without a cycle has no such months.
func TestLeadNeed(t *testing.T) {
	for _, c := range []struct {
		name, preset string
		lang         i18n.Lang
		want         string // in the sentence; "" for none
	}{
		{"en", "field-sales", i18n.En, "Opportunities: those months need 67 a month too, part of the year's 800."},
		{"ja", "field-sales", i18n.Ja, "この期間も商談数が月67件必要で、年間の必要量800件に含まれます。"},
		{"no cycle", "outbound", i18n.En, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			lead := table(t, c.preset, c.lang).Lead()
			if c.want == "" && lead != "" || !strings.HasSuffix(lead, c.want) {
				t.Errorf("lead %q, want it to end %q", lead, c.want)
			}
		})
	}
	// With Japan's calendar the months before the plan need more in one
	// than in another (January 2026 68.5, February 64.9, March 70): the
	// sentence gives the least and the most, not the first and the last
	// (69–70).
	tb := tableWith(t, "field-sales", i18n.En, map[string]float64{"forecast.business_calendar.year": 2026})
	if len(tb.Answer.Plan.Lead) != 3 {
		t.Fatalf("lead months %+v", tb.Answer.Plan.Lead)
	}
	if got, want := tb.Lead(), "Opportunities: those months need 65 – 70 a month too, part of the year's 800."; !strings.HasSuffix(got, want) {
		t.Errorf("with Japan's calendar: %q, want it to end %q", got, want)
	}
}
