package scenario_test

import (
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// FuzzEdits runs random sequences of edits on a preset or an empty tree:
// no edit panics, a refused edit leaves the scenario as it was, and every
// committed scenario reads back from its file.
func FuzzEdits(f *testing.F) {
	f.Add(uint8(0), []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	f.Add(uint8(1), []byte{1, 0, 0, 3, 1, 2, 9, 4, 4, 4, 200, 17, 33})
	f.Add(uint8(6), []byte{0, 0, 0, 0, 5, 5, 5, 5, 2, 2, 2, 2, 8, 8})
	f.Add(uint8(0), []byte{16, 1, 1, 16, 2, 2, 16, 3, 1, 10, 2, 0, 16, 4, 4, 0, 1, 0})
	ps := presets(f)
	ids := ps.IDs()
	f.Fuzz(func(t *testing.T, which uint8, ops []byte) {
		var s *scenario.Scenario
		if int(which) < len(ids) {
			s, _ = ps.Get(ids[which])
		} else {
			s = scenario.NewEmpty()
		}
		if len(ops) > 3*maxFuzzEdits {
			ops = ops[:3*maxFuzzEdits] // each edit solves the tree: a long input is only slow
		}
		for len(ops) >= 3 {
			op, a, b := ops[0], ops[1], ops[2]
			ops = ops[3:]
			before, _ := scenario.EncodeJSON(s)
			err := applyEdit(s, op, a, b)
			after, _ := scenario.EncodeJSON(s)
			if err != nil {
				if !scenario.IsEdit(err) {
					t.Fatalf("edit %d: %v is not an *EditError", op, err)
				}
				if string(after) != string(before) {
					t.Fatalf("edit %d refused (%v) but the scenario changed", op, err)
				}
				continue
			}
			if _, err := scenario.ParseJSON(after, s.ID); err != nil {
				t.Fatalf("edit %d committed a scenario that does not read back: %v\n%s", op, err, after)
			}
		}
	})
}

// aliasTexts are texts typed as a node's aliases: accepted, refused, and
// names another node has.
var aliasTexts = []string{"", "Demo", "Demo, Web 商談、デモ", "(x)", "Calls", "架電数", "a\nb", "Dials; dials",
	"0123456789012345678901234567890123456789012345678901234567890"}

// maxFuzzEdits is the most edits one input makes.
const maxFuzzEdits = 40

// applyEdit is edit number op on the nodes a and b pick.
func applyEdit(s *scenario.Scenario, op, a, b byte) error {
	id := s.Nodes[int(a)%len(s.Nodes)].ID
	other := s.Nodes[int(b)%len(s.Nodes)].ID
	values := []float64{0, 0.25, 1, 3, 100, 1e6, -1, 2}
	v := values[int(b)%len(values)]
	switch op % 18 {
	case 0:
		_, err := s.AddChild(id, kpi.Op(b%6))
		return err
	case 1:
		return s.Remove(id)
	case 2:
		return s.Move(id, other, int(b%4))
	case 3:
		return s.MoveBy(id, int(b%3)-1)
	case 4:
		return s.SetOp(id, kpi.Op(b%6))
	case 5:
		return s.SetUnit(id, kpi.Unit(b%5))
	case 6:
		return s.SetValue(id, v)
	case 7:
		return s.SetRange(id, []string{scenario.EditMin, scenario.EditMax, scenario.EditStep}[b%3], v)
	case 8:
		return s.SetActivity(id, b%2 == 0)
	case 9:
		return s.SetCeiling(id, v)
	case 10:
		return s.Rename(id, i18n.Langs[b%2], string(rune('A'+b%26))+"x")
	case 11:
		return s.SetPer(id, kpi.Per(b%4))
	case 12:
		return s.SetCadence(id, kpi.Cadence(b%6))
	case 13:
		return s.SetTitle(i18n.Langs[b%2], []string{"", " ", "FY2027", "a\nb", "東京営業部"}[a%5])
	case 14:
		return s.SetDescription(i18n.Langs[b%2], []string{"", "one\ntwo", "説明"}[a%3])
	case 15:
		return s.SetCurrency([]string{"USD", "eur", "$", "", "GBPX", "KRW"}[a%6])
	case 16:
		return s.SetAliases(id, aliasTexts[int(b)%len(aliasTexts)])
	default:
		return s.Rename(id, i18n.Ja, "")
	}
}
