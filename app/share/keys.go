package share

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
)

func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }

// short names the state's keys in a link of version 1. The table only
// grows: a key missing from it travels under its own name.
var short = map[string]string{
	"v": "v", "preset": "p", "scenario": "S", "lang": "l", "selected": "s", "seek": "k",
	"sensitivity": "n", "sensitivity_of": "o", "open": "O", "typed": "t",
	keyDiff: keyDiff, keyBase: keyBase,
	// issue 11: the comparison
	keyCompare: "c", "compare_base": "B", "name": "N", "current": "C", keyRel: keyRel,
}

var long = func() map[string]string {
	m := map[string]string{}
	for k, v := range short {
		m[v] = k
	}
	return m
}()

// marshalCompact writes st under the short keys, without the keys that
// hold their zero value.
func marshalCompact(st map[string]json.RawMessage) ([]byte, error) {
	out := map[string]json.RawMessage{}
	for k, v := range st {
		switch string(bytes.TrimSpace(v)) {
		case `""`, `null`, `[]`, `{}`:
			continue
		}
		if s, ok := short[k]; ok {
			k = s
		} else if _, clash := long[k]; clash {
			k = "_" + k // a future key that looks like a short one
		}
		out[k] = v
	}
	return json.Marshal(out)
}

// lengthen puts back the state's own keys.
func lengthen(st map[string]json.RawMessage) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	for k, v := range st {
		if l, ok := long[k]; ok {
			k = l
		} else if len(k) > 1 && k[0] == '_' {
			k = k[1:]
		}
		out[k] = v
	}
	return out
}
