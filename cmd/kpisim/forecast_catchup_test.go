//go:build !wasm

package main

import (
	"encoding/json"
	"math"
	"testing"
)

// -json holds what the months left take, exact: the revenue's total is
// what is still needed, the calls' rep day the pace, and a KPI's month its
// total over the months left.
func TestActualsCLICatchUp(t *testing.T) {
	out, errOut, code := runCmd("forecast", "-json", "-trials", "0", "-actuals", "../../testdata/actuals/salesforce-en.csv", "outbound")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rep struct {
		Reforecast RefitReport `json:"reforecast"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	r := rep.Reforecast
	rows := map[string]RefitCatchUp{}
	var order []string
	for _, c := range r.CatchUp {
		rows[c.Node] = c
		order = append(order, c.Node)
	}
	if len(order) != 5 || order[0] != "revenue" || order[4] != "calls" {
		t.Fatalf("catch_up rows %v", order)
	}
	if rows["revenue"].Left != r.Remaining || r.Remaining <= 0 {
		t.Errorf("revenue left %v, remaining %v", rows["revenue"].Left, r.Remaining)
	}
	if got := rows["calls"].Per["rep_day"]; math.Abs(got-r.Pace) > 1e-9*r.Pace {
		t.Errorf("calls a rep a day %v, the pace %v", got, r.Pace)
	}
	for _, id := range order {
		c := rows[id]
		if m := c.Per["month"]; math.Abs(m*5-c.Left) > 1e-6*c.Left || c.PlanMonth <= 0 {
			t.Errorf("%s: %v a month over 5 months left, %v in all; plan %v a month", id, m, c.Left, c.PlanMonth)
		}
	}
}
