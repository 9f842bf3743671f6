package share

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
)

func sortedKeys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }

// marshalCompact writes st without the keys that hold their zero value.
func marshalCompact(st map[string]json.RawMessage) ([]byte, error) {
	for k, v := range st {
		switch string(bytes.TrimSpace(v)) {
		case `""`, `null`, `[]`, `{}`:
			delete(st, k)
		}
	}
	return json.Marshal(st)
}
