package ui

import (
	"bytes"
	"slices"
	"time"

	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/scenarios"
)

// firstDatedYear is the first plan year the page dated its presets to
// (Presets.Dated): links made then carry a checksum of the dated form.
const firstDatedYear = 2025

// linkForms gives the link codec the forms of each preset a link may be
// made from (share.Bases): first the preset as the page shows it, dated to
// the plan year running now (Presets.Dated), the base of every link made
// now; then the same dated to every other plan year from firstDatedYear to
// the year after now, and the preset as shipped: the bases of links made
// in other years. Links were diffed against the first form alone, so each
// opened only until the plan year turned: a link made in November refused
// to open in April. Last come the same forms of the preset as earlier
// builds shipped it (scenarios' earlier.json), so that a link made before
// its labels or figures changed still opens. Each preset's forms are made
// when a link first names it.
type linkForms struct {
	shipped scenario.Presets
	now     time.Time
	forms   map[string][][]byte
}

func newLinkForms(shipped scenario.Presets, now time.Time) *linkForms {
	return &linkForms{shipped: shipped, now: now, forms: map[string][][]byte{}}
}

// bases is the codec's view of f.
func (f *linkForms) bases() share.Bases {
	return func(id string) [][]byte {
		if forms, ok := f.forms[id]; ok {
			return forms
		}
		s, err := f.shipped.Get(id)
		if err != nil {
			return nil
		}
		dated, _ := scenario.Presets{s}.Dated(f.now).Get(id)
		var forms [][]byte
		add := func(s *scenario.Scenario) {
			if data, err := scenario.EncodeJSON(s); err == nil && !slices.ContainsFunc(forms, func(f []byte) bool { return bytes.Equal(f, data) }) {
				forms = append(forms, data)
			}
		}
		add(dated)
		f.addYears(s, add)
		earlier, _ := scenario.LoadEarlierPresets(scenarios.FS) // tested: it loads
		for _, e := range earlier {
			if e.ID == id {
				f.addYears(e, add)
			}
		}
		f.forms[id] = forms
		return forms
	}
}

// addYears adds s dated to every plan year a link may have been made in,
// then s as shipped.
func (f *linkForms) addYears(s *scenario.Scenario, add func(*scenario.Scenario)) {
	if s.Forecast.StartYear == 0 && s.Forecast.BusinessCalendar.IsZero() {
		for y := firstDatedYear; y <= f.now.Year()+1; y++ {
			c := s.Clone()
			c.Forecast.StartYear = y
			add(c)
		}
	}
	add(s)
}
