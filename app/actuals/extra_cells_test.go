package actuals_test

import (
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/actuals"
)

// TestExtraCells: a data row with a cell past the header's last column is
// left out and named with both counts: a number's thousands commas not in
// quotes (2026/09,…,8,343,000) had shifted its columns, and ¥8 was read
// for ¥8,343,000 with "no problems". Trailing empty cells are no extra.
func TestExtraCells(t *testing.T) {
	for _, c := range []struct {
		name, csv string
		entries   int
		problem   string // "" for none
	}{
		{"thousands not in quotes", "月,架電数,売上\n2026/04,\"5,090\",\"¥9,562,000\"\n2026/09,4900,8,343,000\n", 2,
			`row 3: the row has 5 cells where the header has 3, so its columns would not line up with the headers and the row is left out: write a number with thousands commas in quotes ("8,343,000"), as Excel's CSV does, or give the extra column a header`},
		{"trailing empty cells", "月,架電数,売上\n2026/04,10,100,,\n2026/05,20,200,\n", 4, ""},
		{"a header with an empty last cell", "月,架電数,売上,\n2026/04,10,100,memo\n", 2, ""},
		{"a blank line between", "月,架電数,売上\n\n2026/04,1,2,3\n", 0,
			`row 3: the row has 4 cells where the header has 3, so its columns would not line up with the headers and the row is left out: write a number with thousands commas in quotes ("8,343,000"), as Excel's CSV does, or give the extra column a header`},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := actuals.ParseBytes([]byte(c.csv), outbound)
			var got []string
			for _, p := range res.Problems {
				if p.Code != actuals.UnknownColumn && p.Code != actuals.NoRows {
					got = append(got, p.Error())
				}
			}
			if len(res.Entries) != c.entries || strings.Join(got, "\n") != c.problem {
				t.Errorf("entries %+v\nproblems %q\nwant %d entries, problem %q", res.Entries, got, c.entries, c.problem)
			}
		})
	}
}

// TestSFAHeaders: the headers Japanese SFA exports write for the funnel's
// counts name its KPIs (アポ件数 was left out as naming none, and with it
// two of the three funnel steps a file measured).
func TestSFAHeaders(t *testing.T) {
	res := actuals.ParseBytes([]byte("年月,架電件数,アポ件数,商談化件数,受注数,売上金額\n2026-04,1000,50,20,5,\"5,000,000\"\n"), outbound)
	got := map[string]float64{}
	for _, e := range res.Entries {
		got[e.Node] = e.Value
	}
	want := map[string]float64{"calls": 1000, "first_meetings": 50, "opportunities": 20, "deals": 5, "revenue": 5e6}
	if len(res.Problems) != 0 || len(got) != len(want) {
		t.Fatalf("entries %v, problems %+v", got, res.Problems)
	}
	for id, v := range want {
		if got[id] != v {
			t.Errorf("%s = %v, want %v", id, got[id], v)
		}
	}
}
