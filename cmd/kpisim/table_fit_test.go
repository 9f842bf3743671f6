//go:build !wasm

package main

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/mattn/go-runewidth"
)

// split parts a table's columns into tables within the room, each
// beginning with the repeated columns.
func TestSplit(t *testing.T) {
	for _, c := range []struct {
		name   string
		widths []int
		repeat int
		group  int
		room   int
		want   [][]int
	}{
		{"fits: one part", []int{8, 10, 10}, 1, 1, 40, [][]int{{0, 1, 2}}},
		{"two parts", []int{8, 10, 10, 10, 10}, 1, 1, 34, [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"exactly the room", []int{8, 10, 10, 10, 10}, 1, 1, 32, [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"a part each", []int{8, 30, 30}, 1, 1, 34, [][]int{{0, 1}, {0, 2}}},
		{"a column wider than the room keeps a part of its own", []int{8, 50, 5}, 1, 1, 34, [][]int{{0, 1}, {0, 2}}},
		{"two columns repeated", []int{8, 6, 10, 10, 10}, 2, 1, 40, [][]int{{0, 1, 2, 3}, {0, 1, 4}}},
		{"in pairs: an end with its outcome", []int{8, 5, 10, 5, 10}, 1, 2, 34, [][]int{{0, 1, 2}, {0, 3, 4}}},
		{"in pairs, a pair wider than the room", []int{8, 5, 30, 5, 10}, 1, 2, 34, [][]int{{0, 1, 2}, {0, 3, 4}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := split(c.widths, c.repeat, c.group, c.room)
			if !slices.EqualFunc(got, c.want, slices.Equal) {
				t.Errorf("split(%v, %d, %d, %d) = %v, want %v", c.widths, c.repeat, c.group, c.room, got, c.want)
			}
		})
	}
}

// Every table of forecast (with bands, and with actuals) and sensitivity
// fits -width, for every preset, in both languages: a long month wraps
// in its column, a table wider still is printed in parts, each with the
// months or the levers. The monthly plan with its bands was 150 columns
// wide at -width 80. In English every figure of the widest output is
// still there at 60 columns.
func TestTablesFitWidth(t *testing.T) {
	actuals := map[string]string{"outbound": "../../testdata/actuals/salesforce-en.csv"}
	for _, id := range presets().IDs() {
		for _, lang := range []string{"en", "ja"} {
			t.Run(id+"-"+lang, func(t *testing.T) {
				runs := [][]string{{"-trials", "300", id}, {id}}
				if f, ok := actuals[id]; ok {
					runs = append(runs, []string{"-trials", "0", "-actuals", f, id})
				}
				for k, args := range runs {
					cmd := []string{"forecast", "sensitivity", "forecast"}[k]
					wide := mustRun(t, append([]string{cmd, "-lang", lang, "-width", "1000"}, args...)...)
					for _, n := range []int{60, 80, 100} {
						out := mustRun(t, append([]string{cmd, "-lang", lang, "-width", strconv.Itoa(n)}, args...)...)
						for _, line := range strings.Split(out, "\n") {
							if w := runewidth.StringWidth(line); w > n {
								t.Errorf("%s at -width %d: a line of %d columns: %s", cmd, n, w, line)
							}
						}
						if lang != "en" {
							continue
						}
						have := map[string]bool{}
						for _, f := range strings.Fields(out) {
							have[f] = true
						}
						for _, f := range strings.Fields(wide) {
							if strings.IndexFunc(f, unicode.IsDigit) >= 0 && !have[f] {
								t.Errorf("%s at -width %d: %q is missing", cmd, n, f)
							}
						}
					}
				}
			})
		}
	}
}

// A table split into parts keeps each column's alignment and role: labels
// to the left, wrapped within the part's width, figures to the right.
func TestPrintTableParts(t *testing.T) {
	rows := [][]string{
		{"STEP", "FROM → TO", "PLAN", "ACTUAL"},
		{"Close rate", "Opportunities → Deals won", "25%", "25.62%"},
		{"Appointment rate", "Calls → First meetings", "2%", "2%"},
	}
	var b strings.Builder
	printTable(termWriter{&b, 36}, rows, 2, fit{labels: 2, repeat: 1})
	want := `STEP              FROM → TO
Close rate        Opportunities
                  → Deals won
Appointment rate  Calls → First
                  meetings

STEP              PLAN  ACTUAL
Close rate         25%  25.62%
Appointment rate    2%      2%
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
