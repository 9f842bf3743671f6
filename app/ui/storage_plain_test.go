package ui

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// The saved work says whether it shows what the pre-rendered page shows
// (the default preset as it comes, in Japanese or English): only then does
// a returning visitor see the pre-rendered figures while app.wasm loads
// (web/lang.js); other work would show the default preset's figures as if
// they were theirs.
func TestSavedPlain(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(m *Model)
		plain  bool
	}{
		{"the default preset as it comes", func(m *Model) {}, true},
		{"in English", func(m *Model) { m.Lang = i18n.En }, true},
		{"a close rate typed", func(m *Model) { m.SetText("close_rate", "30") }, false},
		{"typed back", func(m *Model) { m.SetText("close_rate", "30"); m.SetText("close_rate", "25") }, true},
		{"a value refused, kept in its field", func(m *Model) { m.SetText("close_rate", "0") }, false},
		{"another preset", func(m *Model) { m.Load("field-sales") }, false},
		{"the default preset opened again", func(m *Model) { m.Load("field-sales"); m.Load("outbound") }, true},
		{"another lever solved for", func(m *Model) { m.SetSolve("close_rate") }, false},
		{"rounded otherwise", func(m *Model) { m.SetRounding(1) }, false},
		{"a section unfolded", func(m *Model) { m.SetOpen("assumptions", true) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := loadedPage(t, i18n.Ja)
			tc.change(p.model)
			data, _, err := p.stateJSON()
			if err != nil {
				t.Fatal(err)
			}
			if got := p.plain(data); got != tc.plain {
				t.Errorf("plain %v, want %v: %.300s", got, tc.plain, data)
			}
		})
	}
}
