package share_test

import (
	"encoding/json"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/share"
	"github.com/kpisim/kpisim/app/ui"
)

// FuzzDecode: no payload panics or hangs the decoder, and what it accepts
// is a JSON object that encodes and decodes to itself.
func FuzzDecode(f *testing.F) {
	ps := presets(f)
	b := bases(f, ps)
	for _, s := range ps {
		m := ui.NewModel(ps, s.ID, i18n.En)
		f.Add(link(f, m, b))
		f.Add(link(f, m, nil))
		// With a comparison: the base as it was, the current work, a copy.
		start := variant(f, m, "")
		_ = m.Scenario.Set(levers(m.Scenario)[0], m.Scenario.Node(levers(m.Scenario)[0]).Max)
		m.SetCompare([]ui.Variant{start, {Current: true}, variant(f, m, "copy")}, 1)
		f.Add(link(f, m, b))
	}
	f.Fuzz(func(t *testing.T, payload string) {
		data, err := share.Decode(payload, b)
		if err != nil {
			if _, ok := share.IsError(err); !ok {
				t.Fatalf("not a *share.Error: %v", err)
			}
			return
		}
		var st map[string]json.RawMessage
		if err := json.Unmarshal(data, &st); err != nil {
			t.Fatalf("decoded to non-object: %v", err)
		}
		p, err := share.Encode(data, b)
		if err != nil {
			return
		}
		again, err := share.Decode(p, b)
		if err != nil {
			t.Fatalf("re-encoded link refused: %v", err)
		}
		var x, y any
		json.Unmarshal(data, &x)
		json.Unmarshal(again, &y)
		xb, _ := json.Marshal(x)
		yb, _ := json.Marshal(y)
		if string(xb) != string(yb) {
			t.Fatalf("round trip changed:\n%s\n%s", xb, yb)
		}
	})
}
