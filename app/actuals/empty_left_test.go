package actuals

import (
	"reflect"
	"testing"
)

// TestEmptyFileAndLeft: a file with nothing in it says so (it said "no
// header row", as of a file whose first lines are no header), and the
// periods of rows refused for a value are listed (Result.Left), so that
// an import can say their month was in the file.
func TestEmptyFileAndLeft(t *testing.T) {
	nodes := []Node{{ID: "revenue", Ja: "売上", En: "Revenue", Money: true}, {ID: "calls", Ja: "架電数", En: "Calls"}}
	for _, tc := range []struct {
		name  string
		data  string
		codes []Code
		left  []Period
	}{
		{"0 bytes", "", []Code{EmptyFile}, nil},
		{"blank lines and a BOM", "\ufeff\r\n\r\n  \n", []Code{EmptyFile}, nil},
		{"commas, no header", ",,\n,,\n", []Code{Empty}, nil},
		{"a row refused", "月,架電数,売上\n2026/08,5000,9000000\n2026/09,4900,#VALUE!\n2026/10,4995,8806000\n", []Code{BadNumber}, []Period{{Year: 2026, Month: 9}}},
		{"two rows of a month refused, once", "月,売上\n2026/09,-5\n2026/09,x\n", []Code{Negative, BadNumber}, []Period{{Year: 2026, Month: 9}}},
		{"a month refused", "月,売上\n2026/13,5\n", []Code{BadPeriod}, nil},
		{"every row read", "月,売上\n2026/09,5\n", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := ParseBytes([]byte(tc.data), nodes)
			var codes []Code
			for _, p := range res.Problems {
				codes = append(codes, p.Code)
			}
			if !reflect.DeepEqual(codes, tc.codes) || !reflect.DeepEqual(res.Left, tc.left) {
				t.Errorf("problems %v, left %v; want %v, %v", res.Problems, res.Left, tc.codes, tc.left)
			}
		})
	}
}
