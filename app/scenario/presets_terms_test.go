package scenario_test

import "testing"

// One term, one translation: a Japanese label reads the same in English in
// every preset, and no English label stands for two Japanese ones, so a
// user switching presets or languages never meets 商談数 as "Meetings" in one
// and "Opportunities" in another.
func TestPresetTermsTranslateOneWay(t *testing.T) {
	type use struct{ word, where string }
	en := map[string]use{} // ja label -> its English and where first seen
	ja := map[string]use{} // en label -> its Japanese and where first seen
	for _, s := range presets(t) {
		for _, n := range s.Nodes {
			where := s.ID + "." + n.ID
			if u, ok := en[n.Label.Ja]; ok && u.word != n.Label.En {
				t.Errorf("%s is %q in %s but %q in %s", n.Label.Ja, u.word, u.where, n.Label.En, where)
			} else if !ok {
				en[n.Label.Ja] = use{n.Label.En, where}
			}
			if u, ok := ja[n.Label.En]; ok && u.word != n.Label.Ja {
				t.Errorf("%q stands for %s in %s but %s in %s", n.Label.En, u.word, u.where, n.Label.Ja, where)
			} else if !ok {
				ja[n.Label.En] = use{n.Label.Ja, where}
			}
		}
	}
}
