package actuals

import (
	"reflect"
	"testing"
)

// TestOverLimitAndScientific: a value over the engine's limit leaves its
// row out, said as over the limit, in digits or in e-notation (it failed
// the whole import with an engine's rule, or read "not a number"); a
// number in e-notation, as a spreadsheet writes a large one, is read;
// strconv's other forms ("Inf", hexadecimal) are not numbers.
func TestOverLimitAndScientific(t *testing.T) {
	nodes := []Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}}
	for _, tc := range []struct {
		name  string
		cell  string
		codes []Code
		value float64
	}{
		{"digits over the limit", "2000000000000000", []Code{OverLimit}, 0},
		{"past any float", "1e400", []Code{OverLimit}, 0},
		{"e-notation over the limit", "1e300", []Code{OverLimit}, 0},
		{"in 兆, over the limit", "2000兆", []Code{OverLimit}, 0},
		{"at the limit", "1000000000000000", nil, 1e15},
		{"a spreadsheet's e-notation", "8.8E+06", nil, 8.8e6},
		{"lower case", "1.5e6", nil, 1.5e6},
		{"Inf is no number", "Inf", []Code{BadNumber}, 0},
		{"a hexadecimal float is no number", "0x1p20", []Code{BadNumber}, 0},
		{"an e alone", "e5", []Code{BadNumber}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := ParseBytes([]byte("月,売上\n2026/09,"+tc.cell+"\n"), nodes)
			var codes []Code
			for _, p := range res.Problems {
				codes = append(codes, p.Code)
			}
			if !reflect.DeepEqual(codes, tc.codes) {
				t.Fatalf("problems %v, want %v", res.Problems, tc.codes)
			}
			if tc.codes == nil && (len(res.Entries) != 1 || res.Entries[0].Value != tc.value) {
				t.Errorf("entries %+v, want %v", res.Entries, tc.value)
			}
		})
	}
}
