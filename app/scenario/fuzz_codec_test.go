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
		"- 1\n- [2, {a: b}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if diff, ok := same(data); !ok {
			t.Fatal(diff)
		}
	})
}
