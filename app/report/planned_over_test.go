package report_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// TestPlannedOver: an activity planned above its ceiling (10,000 calls a
// rep a day, or 150, typed for 100) is said where the forecast stands, and fails
// SMART's achievable test, though the requirement fits the ceiling. Its
// forecast of ¥24,000,000,000 read as a likely goal with nothing said.
func TestPlannedOver(t *testing.T) {
	for _, c := range []struct {
		name, id   string
		lang       i18n.Lang
		set        map[string]float64
		want       string
		achievable bool
	}{
		{"at plan", "outbound", i18n.En, nil, "", true},
		{"at the ceiling", "outbound", i18n.En, map[string]float64{"calls": 100}, "", true},
		{"over en", "outbound", i18n.En, map[string]float64{"calls": 150},
			"Calls: planned at 150 a rep a day, over the ceiling of 100 a rep a day; the forecast counts activity no rep can do.", false},
		{"over ja", "outbound", i18n.Ja, map[string]float64{"calls": 101},
			"計画の架電数（1人1日101件）は上限の1人1日100件を超えています。予測は、誰にもできない行動量から数えています。", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			tb := tableWith(t, c.id, c.lang, c.set)
			if got := tb.PlannedOver(); got != c.want {
				t.Errorf("PlannedOver\n got %q\nwant %q", got, c.want)
			}
			for _, r := range tb.Smart().Rows {
				if r.ID != "calls" {
					continue
				}
				if a := r.Tests[2]; a.Pass != c.achievable {
					t.Errorf("achievable %v (%s), want %v", a.Pass, a.Reason, c.achievable)
				}
			}
		})
	}
}
