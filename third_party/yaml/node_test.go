package yaml

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"testing"
)

// kpisim's patch (PATCH.md): DecodeNode and EncodeNode against Decode and
// Encode, which they stand for.
var nodeCases = []struct {
	name, in string
}{
	{"mapping", "id: a\ngoal: {node: revenue, value: 1e8}\n"},
	{"sequence and comments", "# head\n- 1\n- two # tail\n- [3, 4]\n"},
	{"styles", "a: 'single'\nb: \"double\"\nc: |\n  literal\nd: >\n  folded\n"},
	{"two documents", "a: 1\n---\nb: 2\n"},
	{"anchors and aliases", "a: &x 1\nb: *x\n"},
	{"tags", "a: !!str 1\nb: !!float 2\n"},
	{"comments only", "# nothing\n"},
	{"empty", ""},
	{"syntax error", "a: [1, 2\n"},
	{"bad indentation", "a:\n  b: 1\n c: 2\n"},
}

func TestDecodeNode(t *testing.T) {
	for _, c := range nodeCases {
		t.Run(c.name, func(t *testing.T) {
			old, patched := NewDecoder(bytes.NewReader([]byte(c.in))), NewDecoder(bytes.NewReader([]byte(c.in)))
			for doc := 0; ; doc++ {
				var want Node
				wantErr := old.Decode(&want)
				got, err := patched.DecodeNode()
				if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
					t.Fatalf("document %d: error %v, Decode gives %v", doc, err, wantErr)
				}
				if err != nil {
					if got != nil {
						t.Errorf("document %d: a node with the error %v", doc, err)
					}
					if errors.Is(err, io.EOF) != errors.Is(wantErr, io.EOF) {
						t.Errorf("document %d: io.EOF %v, Decode's %v", doc, err, wantErr)
					}
					return
				}
				if !reflect.DeepEqual(*got, want) {
					t.Errorf("document %d: %+v, Decode gives %+v", doc, *got, want)
				}
			}
		})
	}
}

func TestEncodeNode(t *testing.T) {
	for _, c := range nodeCases {
		t.Run(c.name, func(t *testing.T) {
			var doc Node
			if err := Unmarshal([]byte(c.in), &doc); err != nil || doc.Kind == 0 {
				t.Skip("no document to write")
			}
			// A document node, and its content alone (wrapped in a
			// document by both).
			for _, n := range []*Node{&doc, doc.Content[0]} {
				var want, got bytes.Buffer
				enc := NewEncoder(&want)
				enc.SetIndent(2)
				if err := enc.Encode(n); err != nil {
					t.Fatal(err)
				}
				enc.Close()
				enc = NewEncoder(&got)
				enc.SetIndent(2)
				if err := enc.EncodeNode(n); err != nil {
					t.Fatal(err)
				}
				enc.Close()
				if got.String() != want.String() || got.Len() == 0 {
					t.Errorf("kind %d: %q, Encode writes %q", n.Kind, got.String(), want.String())
				}
			}
		})
	}
}

func TestEncodeNodeError(t *testing.T) {
	bad := &Node{Kind: ScalarNode, Tag: "!!int", Value: "\xff"}
	var b bytes.Buffer
	want := NewEncoder(&b).Encode(bad)
	got := NewEncoder(&b).EncodeNode(bad)
	if got == nil || want == nil || got.Error() != want.Error() {
		t.Errorf("EncodeNode: %v, Encode: %v", got, want)
	}
}
