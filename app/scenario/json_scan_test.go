package scenario

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// scan reads data with the scanner as jsonTree does, the trailing check
// included.
func scan(data []byte) (*value, *Error) {
	s := &jsonScanner{data: data, lines: newLineIndex(data)}
	v, err := s.value(0)
	if err != nil {
		return nil, err
	}
	s.space()
	if s.off < len(data) {
		return nil, fileError(s.lines.line(s.off), "", "scenario.trailing")
	}
	return v, nil
}

// sameReading says how the scanner and the reference read data apart, or
// "" when they read it alike: the same tree with the same lines, or both a
// refusal.
func sameReading(data []byte) string {
	got, gerr := scan(data)
	want, werr := refTree(data)
	switch {
	case (gerr == nil) != (werr == nil):
		return "scanner: " + errText(gerr) + "; reference: " + errText(werr)
	case gerr == nil && !reflect.DeepEqual(got, want):
		return "the trees differ"
	}
	return ""
}

func errText(e *Error) string {
	if e == nil {
		return "accepted"
	}
	return e.Error()
}

func TestJSONScanner(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		ok        bool
	}{
		{"a scenario", `{"version": 1, "goal": {"node": "r", "value": 1e8},
			"nodes": [{"id": "r", "product": ["c", "k"]}, {"id": "k", "value": 0.25, "activity": true}]}`, true},
		{"empty containers", `{"a": {}, "b": [], "c": [[], {}]}`, true},
		{"scalars", `[true, false, null, 0, -0, 12.5e-3, 1E+2, "", "x"]`, true},
		{"escapes", `["a\"b", "\\", "\/", "\b\f\n\r\t", "\u00e9\u3042", "\ud83d\ude00"]`, true},
		{"unicode as written", `{"ラベル": "受注率", "emoji": "😀"}`, true},
		{"a lone surrogate escape", `["\ud800"]`, true},
		{"invalid UTF-8", "[\"a\xffb\"]", true},
		{"duplicate keys, both kept", `{"a": 1, "a": 2}`, true},
		{"lines", "{\n\"a\":\n  [1,\n   2],\n\"b\": {\n}\n}", true},
		{"white space around", " \t\r\n{}\n ", true},
		{"a bare scalar", `"text"`, true},

		{"nothing but space", " ", false},
		{"trailing comma in an object", `{"a": 1,}`, false},
		{"trailing comma in a list", `[1,]`, false},
		{"a leading zero", `[01]`, false},
		{"a dot without digits", `[1.]`, false},
		{"an exponent without digits", `[1e]`, false},
		{"a plus sign", `[+1]`, false},
		{"a bare word", `{"a": yes}`, false},
		{"a single-quoted string", `['a']`, false},
		{"an unterminated string", `{"a": "b`, false},
		{"a control character in a string", "[\"a\tb\"]", false},
		{"a bad escape", `["\x"]`, false},
		{"a short unicode escape", `["\u12"]`, false},
		{"a key that is not a string", `{1: 2}`, false},
		{"a missing colon", `{"a" 1}`, false},
		{"a missing comma", `[1 2]`, false},
		{"cut short", `{"a": [1, 2`, false},
		{"trailing content", `{} {}`, false},
		{"a comma after the document", `{},`, false},
		{"too deep", strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1), false},
		{"deep enough", strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth), true},
		{"a byte-order mark", "\ufeff{}", false},
		{"a comment", `{} // note`, false},
		{"NaN", `[NaN]`, false},
		{"a misspelt literal", `[tru]`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scan([]byte(tc.doc))
			if (err == nil) != tc.ok {
				t.Errorf("scanner: %s, want ok %v", errText(err), tc.ok)
			}
			if diff := sameReading([]byte(tc.doc)); diff != "" {
				t.Error(diff)
			}
			if tc.ok != json.Valid([]byte(tc.doc)) && tc.name != "too deep" {
				t.Errorf("encoding/json says valid %v", !tc.ok)
			}
		})
	}
}

// The scanner reads every document as encoding/json's tokens did: the
// same tree with the same lines, or a refusal where they refused.
func FuzzJSONScanner(f *testing.F) {
	for _, s := range []string{`{"version": 1, "nodes": [{"id": "r", "value": -1.5e3}]}`, `["\u00e9", "\\n", true, null]`,
		"{\n\"a\": [1,\n2]\n}", `{"a": 01}`, `[1,]`, `"\ud83d"`, "[\"\xff\"]", `{"a":{"b":{"c":[[[]]]}}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if diff := sameReading(data); diff != "" {
			t.Fatalf("%q: %s", data, diff)
		}
	})
}

func BenchmarkJSONTree(b *testing.B) {
	data, err := os.ReadFile("../../scenarios/" + PresetsJSON)
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range []struct {
		name string
		read func([]byte) (*value, *Error)
	}{{"scanner", scan}, {"encoding-json-tokens", refTree}} {
		b.Run(r.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := r.read(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A hand-edited file's mistakes are said in the page's language, with what
// the place takes: not encoding/json's English ("invalid character '}'
// looking for beginning of object key string") inside a Japanese sentence.
func TestJSONSyntaxWords(t *testing.T) {
	for _, tc := range []struct {
		name, doc, ja, en string
	}{
		{"a comma before a brace", "{\"a\": 1,\n}", "キーがあるべき所に「}」があります。", "line 2: '}' where a key should be"},
		{"a missing colon", `{"a" 1}`, "キーの後に「:」がなく、「1」があります", "line 1: '1' after a key, where a ':' should be"},
		{"a missing comma", `{"a": 1 "b": 2}`, "値の後に「\"」があります。", `line 1: '"' after a value, where a ',' or the closing '}' should be`},
		{"a list's missing comma", `[1 2]`, "要素の後に「2」があります。", "line 1: '2' after a list item"},
		{"cut short", "{\"a\": [1,\n2", "JSONが途中で終わっています。", "line 2: the JSON ends too early"},
		{"a bare word", `{"a": yes}`, "値があるべき所に「y」があります。", "line 1: 'y' where a value should be"},
		{"a tab in a string", "[\"a\tb\"]", "文字列の中に「\\t」は書けません。", `line 1: '\t' cannot be inside a string`},
		{"a bad escape", `["\x"]`, "文字列の「\\」の後が正しくありません。", `line 1: a bad escape in a string`},
		{"a number", `[1.]`, "数値の中に「]」があります。", "line 1: ']' inside a number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scan([]byte(tc.doc))
			if err == nil {
				t.Fatal("accepted")
			}
			if ja := err.Text(i18n.Ja); !strings.HasPrefix(ja, tc.ja) {
				t.Errorf("ja %q, want it to start %q", ja, tc.ja)
			}
			if en := err.Error(); !strings.HasPrefix(en, tc.en) {
				t.Errorf("en %q, want it to start %q", en, tc.en)
			}
		})
	}
}
