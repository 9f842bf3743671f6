package share

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"slices"
	"strconv"
)

// The keys the minimal form adds to the state's JSON.
const (
	keyScenario = "scenario"
	keyPreset   = "preset"
	keyDiff     = "d" // the scenario as a diff against the preset
	keyBase     = "b" // CRC-32 of the preset's compact JSON
)

// keyImport is the last import's report (ui.State.Import): what the page
// told whoever imported a file, which a link leaves out.
const keyImport = "import"

// keyHand marks the actuals typed by hand (ui.State.Hand), which an import
// that replaces them names: the sender's marks, which a link leaves out.
const keyHand = "hand"

// minimise replaces st's scenario with a diff against its preset when the
// diff is smaller.
func minimise(st map[string]json.RawMessage, bases Bases) error {
	if bases == nil {
		return nil
	}
	var preset string
	if p, ok := st[keyPreset]; !ok || json.Unmarshal(p, &preset) != nil || preset == "" {
		return nil
	}
	forms := bases(preset)
	if len(forms) == 0 {
		return nil
	}
	base := forms[0]
	b, s, err := decodeAny(base), decodeAny(st[keyScenario]), error(nil)
	if b == nil || s == nil {
		return nil
	}
	ops := diff(nil, b, s, nil)
	d, err := json.Marshal(ops)
	if err != nil {
		return err
	}
	if len(d) >= len(st[keyScenario]) {
		return nil
	}
	delete(st, keyScenario)
	if len(ops) > 0 {
		st[keyDiff] = d
	}
	st[keyBase] = json.RawMessage(strconv.FormatUint(uint64(checksum(base)), 10))
	return nil
}

// expand puts a diffed scenario back in full.
func expand(st map[string]json.RawMessage, bases Bases) error {
	_, hasBase := st[keyBase]
	if _, full := st[keyScenario]; full && !hasBase {
		return nil
	}
	if !hasBase {
		return fail(CodeMalformed, "no scenario")
	}
	var preset string
	if json.Unmarshal(st[keyPreset], &preset) != nil || preset == "" {
		return fail(CodeMalformed, "a diff without a preset")
	}
	var want uint32
	if json.Unmarshal(st[keyBase], &want) != nil {
		return fail(CodeMalformed, "base checksum")
	}
	var forms [][]byte
	if bases != nil {
		forms = bases(preset)
	}
	if len(forms) == 0 {
		return fail(CodePreset, preset)
	}
	i := slices.IndexFunc(forms, func(f []byte) bool { return checksum(f) == want })
	if i < 0 {
		return fail(CodeChanged, preset)
	}
	base := forms[i]
	var ops []op
	if d, ok := st[keyDiff]; ok {
		if err := json.Unmarshal(d, &ops); err != nil {
			return fail(CodeMalformed, "diff: "+err.Error())
		}
	}
	doc := decodeAny(base)
	for _, o := range ops {
		var err error
		if doc, err = apply(doc, o, 0); err != nil {
			return fail(CodeMalformed, "diff: "+err.Error())
		}
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return fail(CodeMalformed, err.Error())
	}
	delete(st, keyDiff)
	delete(st, keyBase)
	st[keyScenario] = data
	return nil
}

// checksum identifies a preset's JSON however it was indented.
func checksum(base []byte) uint32 {
	var buf bytes.Buffer
	if json.Compact(&buf, base) != nil {
		return crc32.ChecksumIEEE(base)
	}
	return crc32.ChecksumIEEE(buf.Bytes())
}

// An op sets the value at a path ([path, value]) or deletes it ([path]).
// Path elements are object keys (strings) or array indexes (numbers).
type op []any

func decodeAny(data []byte) any {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil {
		return nil
	}
	return v
}

// diff lists the ops that turn a into b. Objects are compared key by key,
// arrays of the same length element by element; anything else is replaced.
func diff(path []any, a, b any, ops []op) []op {
	switch a := a.(type) {
	case map[string]any:
		if b, ok := b.(map[string]any); ok {
			for _, k := range sortedKeys(a) {
				p := append(append([]any(nil), path...), k)
				if bv, ok := b[k]; ok {
					ops = diff(p, a[k], bv, ops)
				} else {
					ops = append(ops, op{p})
				}
			}
			for _, k := range sortedKeys(b) {
				if _, ok := a[k]; !ok {
					ops = append(ops, op{append(append([]any(nil), path...), k), b[k]})
				}
			}
			return ops
		}
	case []any:
		if b, ok := b.([]any); ok && len(a) == len(b) {
			for i := range a {
				ops = diff(append(append([]any(nil), path...), i), a[i], b[i], ops)
			}
			return ops
		}
	}
	if equal(a, b) {
		return ops
	}
	if path == nil {
		path = []any{}
	}
	return append(ops, op{path, b})
}

func equal(a, b any) bool {
	x, err1 := json.Marshal(a)
	y, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// apply performs o on doc from path element i on.
func apply(doc any, o op, i int) (any, error) {
	if len(o) < 1 || len(o) > 2 {
		return nil, fmt.Errorf("an op has 1 or 2 elements")
	}
	path, ok := o[0].([]any)
	if !ok {
		return nil, fmt.Errorf("a path is a list")
	}
	if i == len(path) {
		if len(o) == 1 {
			return nil, fmt.Errorf("cannot delete the whole scenario")
		}
		return o[1], nil
	}
	last := i == len(path)-1 && len(o) == 1
	switch d := doc.(type) {
	case map[string]any:
		k, ok := path[i].(string)
		if !ok {
			return nil, fmt.Errorf("an object's key is a string")
		}
		if last {
			delete(d, k)
			return d, nil
		}
		v, err := apply(d[k], o, i+1)
		if err != nil {
			return nil, err
		}
		d[k] = v
		return d, nil
	case []any:
		f, ok := path[i].(float64)
		n := int(f)
		if !ok || float64(n) != f || n < 0 || n >= len(d) || last {
			return nil, fmt.Errorf("bad array index")
		}
		v, err := apply(d[n], o, i+1)
		if err != nil {
			return nil, err
		}
		d[n] = v
		return d, nil
	}
	return nil, fmt.Errorf("path goes through a value")
}
