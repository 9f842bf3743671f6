package scenario_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// Reps and working days break one rule, whichever side they miss it on,
// and it reads the same in a file (kpisim validate, the page opening it)
// as a setting (kpisim -set, the page's field), naming both bounds: -3 reps
// read "must not be negative" in Japanese, as if 0 were fine, and 0 reps
// "must be greater than 0", while English said both bounds.
func TestCalendarBoundsOneRule(t *testing.T) {
	want := map[i18n.Lang]map[string]string{
		i18n.Ja: {
			"calendar.headcount":    "calendar.headcount: 0より大きく1,000,000以下にしてください",
			"calendar.working_days": "calendar.working_days: 0より大きく31以下にしてください",
		},
		i18n.En: {
			"calendar.headcount":    "calendar.headcount: must be more than 0 and at most 1,000,000",
			"calendar.working_days": "calendar.working_days: must be more than 0 and at most 31",
		},
	}
	for _, c := range []struct {
		name, key, text string
	}{
		{"negative reps", "calendar.headcount", "-3"},
		{"no reps", "calendar.headcount", "0"},
		{"too many reps", "calendar.headcount", "2000000"},
		{"negative days", "calendar.working_days", "-1"},
		{"no days", "calendar.working_days", "0"},
		{"too many days", "calendar.working_days", "32"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := presets(t).Get("outbound")
			data, err := scenario.Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			field := strings.TrimPrefix(c.key, "calendar.")
			file := regexp.MustCompile(`\b`+field+`: [0-9.]+`).ReplaceAllString(string(data), field+": "+c.text)
			_, ferr := scenario.Parse([]byte(file), "")
			var fes scenario.Errors
			if !errors.As(ferr, &fes) || len(fes) != 1 {
				t.Fatalf("file: %v, want one error", ferr)
			}
			key, v, err := scenario.ParseSet(c.key + "=" + c.text)
			if err != nil {
				t.Fatal(err)
			}
			serr := s.Set(key, v)
			var ke *kpi.Error
			if !errors.As(serr, &ke) {
				t.Fatalf("set: %v, want a *kpi.Error", serr)
			}
			for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
				if got := fes[0].Text(l); got != want[l][c.key] {
					t.Errorf("%s file: %q, want %q", l, got, want[l][c.key])
				}
				if got := scenario.RuleText(l, c.key, ke, s.Limit(l, ke)); got != want[l][c.key] {
					t.Errorf("%s setting: %q, want %q", l, got, want[l][c.key])
				}
			}
		})
	}
}
