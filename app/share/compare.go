package share

import (
	"encoding/json"
)

// The comparison in a state: "compare" lists the scenarios shown side by
// side with the current work, each {"name", "preset", "scenario"} or
// {"current": true} for the work itself; "compare_base" says which is the
// base. A compared scenario travels as the smallest of: in full; a diff
// against its preset ("d" and "b", as the state's own scenario); or a diff
// against the state's own scenario ("r": a list of ops, or 0 when the two
// are the same), usually a few bytes, since variants differ by a lever or
// two.
const (
	keyCompare = "compare"
	keyRel     = "r"
)

// minimiseCompare makes each compared scenario as small as it can be.
// main is the state's own scenario in full.
func minimiseCompare(st map[string]json.RawMessage, bases Bases, main json.RawMessage) error {
	raw, ok := st[keyCompare]
	if !ok {
		return nil
	}
	var vs []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &vs); err != nil {
		return err
	}
	out := make([]json.RawMessage, len(vs))
	for i, v := range vs {
		if v == nil {
			v = map[string]json.RawMessage{}
		}
		if err := minimiseVariant(v, bases, main); err != nil {
			return err
		}
		data, err := marshalCompact(v)
		if err != nil {
			return err
		}
		out[i] = data
	}
	data, err := json.Marshal(out)
	if err != nil {
		return err
	}
	st[keyCompare] = data
	return nil
}

func minimiseVariant(v map[string]json.RawMessage, bases Bases, main json.RawMessage) error {
	full, ok := v[keyScenario]
	if !ok {
		return nil // the current work: nothing to carry
	}
	var rel json.RawMessage
	if m, s := decodeAny(main), decodeAny(full); m != nil && s != nil {
		ops := diff(nil, m, s, nil)
		if len(ops) == 0 {
			rel = json.RawMessage("0")
		} else {
			d, err := json.Marshal(ops)
			if err != nil {
				return err
			}
			rel = d
		}
	}
	if err := minimise(v, bases); err != nil {
		return err
	}
	size := len(v[keyScenario]) + len(v[keyDiff]) + len(v[keyBase])
	if rel != nil && len(rel) < size {
		delete(v, keyScenario)
		delete(v, keyDiff)
		delete(v, keyBase)
		v[keyRel] = rel
	}
	return nil
}

// expandCompare puts each compared scenario back in full; st's own
// scenario is expanded already.
func expandCompare(st map[string]json.RawMessage, bases Bases) error {
	raw, ok := st[keyCompare]
	if !ok {
		return nil
	}
	var vs []map[string]json.RawMessage
	if err := json.Unmarshal(raw, &vs); err != nil {
		return fail(CodeMalformed, "compare: "+err.Error())
	}
	for i, v := range vs {
		if v == nil {
			return fail(CodeMalformed, "compare: not an object")
		}
		v = lengthen(v)
		if r, ok := v[keyRel]; ok {
			var ops []op
			if string(r) != "0" {
				if err := json.Unmarshal(r, &ops); err != nil {
					return fail(CodeMalformed, "compare diff: "+err.Error())
				}
			}
			doc := decodeAny(st[keyScenario])
			if doc == nil {
				return fail(CodeMalformed, "compare: no scenario to diff against")
			}
			for _, o := range ops {
				var err error
				if doc, err = apply(doc, o, 0); err != nil {
					return fail(CodeMalformed, "compare diff: "+err.Error())
				}
			}
			data, err := json.Marshal(doc)
			if err != nil {
				return fail(CodeMalformed, err.Error())
			}
			delete(v, keyRel)
			v[keyScenario] = data
		} else if _, ok := v[keyBase]; ok {
			if err := expand(v, bases); err != nil {
				return err
			}
		}
		vs[i] = v
	}
	data, err := json.Marshal(vs)
	if err != nil {
		return fail(CodeMalformed, err.Error())
	}
	st[keyCompare] = data
	return nil
}
