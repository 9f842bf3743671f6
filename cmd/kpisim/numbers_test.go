//go:build !wasm

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Every number calc, forecast and sensitivity write with -json or -csv,
// for every preset and published example, is tidied to 12 significant
// digits (i18n.Tidy) and never -0, so that one figure reads the same in
// each: the velocity preset's forecast read 100000000 in calc -json and
// 99999999.99999996 in forecast -json, and outbound's revenue_down
// 86400000.00000001 in sensitivity -json. In a plan of 12 months, the
// year's forecast is byte-identical in calc -json, forecast -json,
// sensitivity -json, calc -csv and forecast -csv.
func TestMachineNumbers(t *testing.T) {
	for _, c := range everyScenario(t) {
		t.Run(c.name, func(t *testing.T) {
			outs := map[string]string{}
			for _, args := range [][]string{
				{"calc", "-json"}, {"calc", "-csv"},
				{"forecast", "-json"}, {"forecast", "-csv"}, {"forecast", "-json", "-trials", "200"}, {"forecast", "-csv", "-trials", "200"},
				{"sensitivity", "-json"}, {"sensitivity", "-csv"},
			} {
				name := strings.Join(args, " ")
				out := mustRun(t, append(args, "-lang", "en", c.arg)...)
				outs[name] = out
				for _, n := range numbersIn(t, name, out) {
					v, err := strconv.ParseFloat(n, 64)
					if err != nil {
						t.Fatalf("%s: %q: %v", name, n, err)
					}
					if v != i18n.Tidy(v) || strings.HasPrefix(n, "-0") && v == 0 {
						t.Errorf("%s writes %s, not %v", name, n, i18n.Tidy(v))
					}
				}
			}
			if c.s.Calendar.Months != 0 && c.s.Calendar.Months != 12 {
				return // calc's forecast is a year's, the others' the plan's
			}
			figures := map[string]string{
				"calc -json":        jsonNumber(t, outs["calc -json"], "forecast"),
				"forecast -json":    jsonNumber(t, outs["forecast -json"], "forecast"),
				"sensitivity -json": jsonNumber(t, outs["sensitivity -json"], "revenue"),
				"calc -csv":         csvCell(t, outs["calc -csv"], 1, "forecast_year"),
				"forecast -csv":     csvCell(t, outs["forecast -csv"], -1, "cum_revenue"),
			}
			for name, got := range figures {
				if want := figures["calc -json"]; got != want {
					t.Errorf("the year's forecast: %s writes %s, calc -json %s", name, got, want)
				}
			}
		})
	}
}

// numbersIn is every number of out, a -json output (as JSON numbers) or a
// -csv one (each cell that is a number).
func numbersIn(t *testing.T, name, out string) []string {
	t.Helper()
	var nums []string
	if strings.HasSuffix(name, "-csv") || strings.Contains(name, "-csv ") {
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, r := range rows[1:] {
			for _, cell := range r {
				if _, err := strconv.ParseFloat(cell, 64); err == nil {
					nums = append(nums, cell)
				}
			}
		}
		return nums
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(out)))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if n, ok := tok.(json.Number); ok {
			nums = append(nums, n.String())
		}
	}
	return nums
}

// jsonNumber is the top-level number key of a -json output, as written.
func jsonNumber(t *testing.T, out, key string) string {
	t.Helper()
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	return string(m[key])
}

// csvCell is column col of row (1 the first after the heading, -1 the
// last) of a -csv output.
func csvCell(t *testing.T, out string, row int, col string) string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if row < 0 {
		row = len(rows) + row
	}
	for j, h := range rows[0] {
		if h == col {
			return rows[row][j]
		}
	}
	t.Fatalf("no column %s", col)
	return ""
}
