//go:build !wasm

package scenario_test

import "testing"

// FuzzDecoders is the differential test of the one codec: any YAML
// document JSON can say is fed to both decoders, as YAML to Parse and
// as JSON to ParseJSON, and both must give the same Scenario or errors
// naming the same fields and rules. Seeded from the presets, the published
// examples and the value syntaxes the two once disagreed on.
func FuzzDecoders(f *testing.F) {
	for _, data := range seeds(f) {
		f.Add(data)
	}
	for _, s := range []string{
		`{version: 1, goal: {node: r, value: 1億}, nodes: [{id: r, unit: count, product: [c, k]}, {id: k, unit: rate, value: "50%"}, {id: c, unit: count, value: 1, activity: yes}]}`,
		`{version: 1, goal: {node: r, value: "100万"}, nodes: [{id: r, unit: count, product: [c]}, {id: c, unit: count, value: "1,000", activity: true}]}`,
		"version: 1\ngoal:\nnodes: ~\n",
		`{version: 1, goal: {node: r, value: 1億, period: week}, calendar: {days_per_week: 4, hours_per_day: 6}, nodes: [{id: r, unit: currency, difference: [g, c]}, {id: c, unit: currency, value: "1,000万", cadence: monthly}, {id: g, unit: currency, ratio: [p, d]}, {id: d, unit: number, value: "1/3"}, {id: p, unit: count, value: "２", activity: true, per: week}]}`,
		`{version: 1, goal: {node: r, value: 10, period: day}, calendar: {calendar_days: true}, nodes: [{id: r, unit: count, ratio: [c, k]}, {id: k, unit: number, value: "1 in 3"}, {id: c, unit: count, value: "1:3", activity: true, per: month, cadence: weekly}]}`,
		"- 1\n- [2, {a: b}]\n",
		`{version: 1, goal: {node: r, value: 100}, nodes: [{id: r, unit: count, product: [c, k]}, {id: k, unit: rate, value: "50%"}, {id: c, unit: count, value: 200, activity: true}], forecast: {ranges: {k: {low: 0.4, likely: 0.5, high: 0.6, stated: {low: 0.2, likely: 0.25, high: 0.3, at: 0.25}}, c: {low: 100, high: 300, stated: {low: 50, high: 150, at: 100}}}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if diff, ok := same(data); !ok {
			t.Fatal(diff)
		}
	})
}
