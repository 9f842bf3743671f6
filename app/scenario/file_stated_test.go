package scenario_test

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A file carries each moved lever's range as the team stated it
// (forecast.ranges.ID.stated), so that whoever opens it tests the lever
// against that range: a preset's file saved with a close rate of 90 % and
// renamed held 72–100 % as its close rate's range, and `validate -smart`
// and the page read 90 % as inside it, where the team had stated 20–30 %.
func TestStatedRangesInFile(t *testing.T) {
	s, _ := presets(t).Get("outbound")
	for id, v := range map[string]float64{"close_rate": 0.9, "appointment_rate": 0.03} {
		if err := s.Set(id, v); err != nil {
			t.Fatal(err)
		}
	}
	want := s.StatedRanges()
	data, err := scenario.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "stated: {low: 0.2, likely: 0.25, high: 0.3, at: 0.25}") {
		t.Fatalf("the close rate's range as stated is not in the file:\n%s", data)
	}
	noID := strings.Replace(string(data), "id: outbound\n", "", 1) // a file of one's own, renamed
	for _, tc := range []struct {
		name, file, data string
		want             []string // the levers whose range as stated comes back
	}{
		{"as saved", "outbound.yaml", string(data), []string{"appointment_rate", "close_rate"}},
		{"renamed, without its id", "team-a.yaml", noID, []string{"appointment_rate", "close_rate"}},
		{"a range edited by hand", "team-a.yaml", strings.Replace(noID, "close_rate: {low: 0.72,", "close_rate: {low: 0.7,", 1), []string{"appointment_rate"}},
		{"a value edited by hand", "team-a.yaml", strings.Replace(noID, "value: 0.9\n", "value: 0.8\n", 1), []string{"appointment_rate"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.data == string(data) && tc.name != "as saved" {
				t.Fatal("the edit found nothing to edit")
			}
			for _, open := range []func(string, []byte, string) (*scenario.Scenario, error){scenario.ParseFile, scenario.OpenFile} {
				s2, err := open(tc.file, []byte(tc.data), scenario.FileID(tc.file))
				if err != nil {
					t.Fatal(err)
				}
				if got := slices.Sorted(maps.Keys(s2.StatedRanges())); !slices.Equal(got, tc.want) {
					t.Fatalf("stated after opening: %v, want %v", got, tc.want)
				}
				for _, id := range tc.want {
					if got := s2.StatedRanges()[id]; got != want[id] {
						t.Errorf("%s stated as %+v, want %+v", id, got, want[id])
					}
				}
			}
		})
	}
}

// The same field in a JSON file, and a stated range that breaks a rule:
// named by its field, in either language.
func TestStatedRangeInFileRules(t *testing.T) {
	const head = `{"version":1,"goal":{"node":"revenue","value":1000000},"nodes":[` +
		`{"id":"revenue","unit":"currency","product":["deals","price"]},` +
		`{"id":"deals","unit":"count","value":10,"activity":true},{"id":"price","unit":"currency","value":100000}],` +
		`"forecast":{"ranges":{"deals":{"low":16,"likely":20,"high":24,`
	for _, tc := range []struct {
		name, stated string
		field, key   string // the first problem; "" for none
		kept         bool
	}{
		{"stated at half the value", `"stated":{"low":8,"likely":10,"high":12,"at":5}}}}}`, "", "", true},
		{"no value then", `"stated":{"low":8,"likely":10,"high":12}}}}}`, "forecast.ranges.deals.stated.at", "scenario.stated_at", false},
		{"a value of 0", `"stated":{"low":8,"likely":10,"high":12,"at":0}}}}}`, "forecast.ranges.deals.stated.at", "scenario.stated_at", false},
		{"a field it has not", `"stated":{"low":8,"high":12,"at":5,"mid":10}}}}}`, "forecast.ranges.deals.stated.mid", "", false},
		{"not a mapping", `"stated":[8,12]}}}}`, "forecast.ranges.deals.stated", "scenario.mapping", false},
		{"not a number", `"stated":{"low":"few","high":12,"at":5}}}}}`, "forecast.ranges.deals.stated.low", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := scenario.ParseFile("plan.json", []byte(head+tc.stated), "plan")
			if tc.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				if _, ok := s.Stated("deals"); ok != tc.kept {
					t.Errorf("stated kept: %v, want %v", ok, tc.kept)
				}
				return
			}
			var es scenario.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("err = %v, want a problem with %s", err, tc.field)
			}
			if es[0].Field != tc.field {
				t.Errorf("first problem's field %q, want %q", es[0].Field, tc.field)
			}
			for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
				if tc.key != "" && !strings.Contains(es[0].Text(l), l.T(tc.key)) {
					t.Errorf("%s: %q does not say %q", l, es[0].Text(l), l.T(tc.key))
				}
			}
		})
	}
}
