//go:build !wasm

package main

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// At the largest goal a scenario allows, -json and -csv write the figures
// the text shows: 12 significant digits had written a goal of
// 999,999,999,999,999 USD as 1000000000000000 (above the maximum) and its
// month, $83,333,333,333,333 in the text, as 83333333333300.
func TestLargestGoalReadsAsTheText(t *testing.T) {
	for _, c := range []struct {
		name, goal    string
		year, month   float64
		yearT, monthT string
	}{
		{"just under the maximum", "999999999999999", 999999999999999, 83333333333333, "$999,999,999,999,999", "$83,333,333,333,333"},
		{"the maximum", "1e15", 1e15, 83333333333333, "$1,000,000,000,000,000", "$83,333,333,333,333"},
		{"a trillion", "1e12", 1e12, 83333333333.3, "$1,000,000,000,000", "$83,333,333,333"},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"calc", "-lang", "en", "-set", "currency=USD", "-set", "goal.value=" + c.goal}
			text := mustRun(t, args...)
			for _, want := range []string{c.yearT, c.monthT} {
				if !strings.Contains(text, want) {
					t.Errorf("the text has no %s:\n%s", want, text)
				}
			}
			var r Report
			if err := json.Unmarshal([]byte(mustRun(t, append(args, "-json")...)), &r); err != nil {
				t.Fatal(err)
			}
			if r.Goal.Value != c.year || r.Goal.PerYear != c.year {
				t.Errorf("-json goal %v (per year %v), want %v", r.Goal.Value, r.Goal.PerYear, c.year)
			}
			var rev *ReportNode
			for i := range r.Nodes {
				if r.Nodes[i].ID == "revenue" {
					rev = &r.Nodes[i]
				}
			}
			if rev == nil {
				t.Fatal("-json: no revenue node")
			}
			if got := rev.Required["year"]; got != c.year {
				t.Errorf("-json revenue required.year %v, want %v", got, c.year)
			}
			if got := rev.Required["month"]; got != c.month {
				t.Errorf("-json revenue required.month %v, want %v", got, c.month)
			}
			// Rounded to the dollar as the text rounds money, -json's month is the text's.
			if got := "$" + i18n.Count(math.Round(rev.Required["month"])); got != c.monthT {
				t.Errorf("-json's month reads %s, the text's %s", got, c.monthT)
			}
			out := mustRun(t, append(args, "-csv")...)
			for col, want := range map[string]float64{"required_year": c.year, "required_month": c.month} {
				cell := csvCell(t, out, 1, col)
				if v, err := strconv.ParseFloat(cell, 64); err != nil || v != want {
					t.Errorf("-csv %s %s, want %v", col, cell, want)
				}
			}
		})
	}
}
