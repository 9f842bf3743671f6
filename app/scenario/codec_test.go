//go:build !wasm

// The two front ends of the one codec (wire.go): what YAML accepts, JSON
// accepts, and the reverse, with the same errors named in the user's terms.

package scenario_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/txtar"

	"github.com/kpisim/kpisim/app/forecast"
	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// yamlToJSON writes a YAML document as JSON, literally: a plain scalar that
// is a JSON number stays a number, a plain true/false a boolean, a null a
// null, anything else a string. It fails on what JSON cannot say (aliases,
// keys that are not scalars, several documents).
func yamlToJSON(data []byte) ([]byte, bool) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil || len(doc.Content) != 1 {
		return nil, false
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, false
	}
	var b bytes.Buffer
	if !writeJSON(&b, doc.Content[0]) {
		return nil, false
	}
	return b.Bytes(), true
}

var jsonNumber = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

func writeJSON(b *bytes.Buffer, n *yaml.Node) bool {
	str := func(s string) {
		j, _ := json.Marshal(s)
		b.Write(j)
	}
	const quoted = yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle | yaml.LiteralStyle | yaml.FoldedStyle
	switch n.Kind {
	case yaml.ScalarNode:
		plain := n.Style&quoted == 0
		switch tag := n.ShortTag(); {
		case tag == "!!null":
			b.WriteString("null")
		case tag == "!!bool" && plain && (n.Value == "true" || n.Value == "false"):
			b.WriteString(n.Value)
		case (tag == "!!int" || tag == "!!float") && plain && jsonNumber.MatchString(n.Value):
			b.WriteString(n.Value)
		default:
			str(n.Value)
		}
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			if n.Content[i].Kind != yaml.ScalarNode {
				return false
			}
			str(n.Content[i].Value)
			b.WriteString(":\n") // a line per key, so lines differ from the YAML's
			if !writeJSON(b, n.Content[i+1]) {
				return false
			}
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			if !writeJSON(b, c) {
				return false
			}
		}
		b.WriteByte(']')
	default:
		return false
	}
	return true
}

// same parses a YAML document and its JSON form and reports how they
// differ: the same Scenario, or errors naming the same fields and rules
// (lines differ: the JSON is laid out otherwise).
func same(yamlData []byte) (string, bool) {
	jsonData, ok := yamlToJSON(yamlData)
	if !ok {
		return "", true
	}
	ys, yerr := scenario.Parse(yamlData, "x")
	js, jerr := scenario.ParseJSON(jsonData, "x")
	switch {
	case yerr == nil && jerr == nil:
		if !reflect.DeepEqual(ys, js) {
			return fmt.Sprintf("different scenarios:\nYAML %+v\nJSON %+v\n%s", ys, js, jsonData), false
		}
	case yerr != nil && jerr != nil:
		if y, j := rules(yerr), rules(jerr); !slices.Equal(y, j) {
			return fmt.Sprintf("different errors:\nYAML %q\nJSON %q\n%s", y, j, jsonData), false
		}
	default:
		return fmt.Sprintf("YAML: %v\nJSON: %v\n%s", yerr, jerr, jsonData), false
	}
	return "", true
}

// rules lists "field: rule" of every problem, sorted.
func rules(err error) []string {
	var out []string
	var es scenario.Errors
	if !errors.As(err, &es) {
		return []string{err.Error()}
	}
	for _, e := range es {
		out = append(out, e.Text(i18n.En))
	}
	slices.Sort(out)
	return out
}

// seeds are the presets and the published examples, as YAML.
func seeds(t testing.TB) map[string][]byte {
	out := map[string][]byte{}
	names, _ := fs.Glob(scenarios.FS, "*.yaml")
	for _, n := range names {
		out[n], _ = fs.ReadFile(scenarios.FS, n)
	}
	files, _ := filepath.Glob("testdata/examples/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "scenario.yaml" {
				out[filepath.Base(file)] = f.Data
			}
		}
	}
	if len(out) < 8 {
		t.Fatalf("found %d seeds", len(out))
	}
	return out
}

// The cases: value syntaxes the CLI took and the page refused.
func TestCodecsAgree(t *testing.T) {
	const tmpl = "version: 1\ngoal: {node: r, value: %s}\nnodes:\n  - {id: r, unit: currency, product: [p, rate, c]}\n  - {id: p, unit: currency, value: %s}\n  - {id: rate, unit: rate, value: %s}\n  - {id: c, unit: count, value: 10, activity: %s}\n"
	for _, tc := range []struct {
		name                      string
		goal, price, rate, active string
		ok                        bool
	}{
		{"plain numbers", "1000000", "1000", "0.5", "true", true},
		{"oku and percent", "1億", "100万", "50%", "true", true},
		{"quoted units", `"1億"`, `"1,000,000"`, `"50%"`, "true", true},
		{"full-width percent", "1億", "1_000", "50％", "true", true},
		{"yes is not a boolean", "1億", "1000", "50%", "yes", false},
		{"a quoted true is a string", "1億", "1000", "50%", `"true"`, false},
		{"True is not true", "1億", "1000", "50%", "True", false},
		{"rate over 100 without %", "1億", "1000", "50", "true", false},
		{"not a number", "lots", "1000", "50%", "true", false},
		{"null", "~", "1000", "50%", "true", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			y := fmt.Sprintf(tmpl, tc.goal, tc.price, tc.rate, tc.active)
			if diff, ok := same([]byte(y)); !ok {
				t.Fatal(diff)
			}
			j, _ := yamlToJSON([]byte(y))
			_, err := scenario.ParseJSON(j, "x")
			if (err == nil) != tc.ok {
				t.Fatalf("ParseJSON(%s) = %v, want ok %v", j, err, tc.ok)
			}
		})
	}
	for name, data := range seeds(t) {
		if diff, ok := same(data); !ok {
			t.Errorf("%s: %s", name, diff)
		}
	}
}

// Decode(Encode(s)) == s for both formats, over every preset and published
// example; and each format's encoding reads the same through the other's
// decoder (JSON is YAML).
func TestRoundTripBothFormats(t *testing.T) {
	for name, data := range seeds(t) {
		s, err := scenario.Parse(data, "x")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		y, err := scenario.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		j, err := scenario.EncodeJSON(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			how   string
			parse func([]byte, string) (*scenario.Scenario, error)
			data  []byte
		}{{"Parse(Encode)", scenario.Parse, y}, {"ParseJSON(EncodeJSON)", scenario.ParseJSON, j}, {"Parse(EncodeJSON)", scenario.Parse, j}} {
			back, err := tc.parse(tc.data, "x")
			if err != nil || !reflect.DeepEqual(back, s) {
				t.Errorf("%s: %s: %v\n%s", name, tc.how, err, tc.data)
			}
		}
	}
}

// A file the page or the CLI writes reads as the presets are written, for
// people who open it in an editor: "value: 100000000" and "start_year:
// 2026", not "value: 1e+08" and "start_year: !!float 2026" as it did.
// Only values too small or too large for digits keep their exponent, and
// each number reads back to itself.
func TestEncodeWritesNumbersAsPresetsDo(t *testing.T) {
	for _, c := range []struct {
		name string
		v    float64
		want string
	}{
		{"a whole number", 12, "12"},
		{"a large count", 1e8, "100000000"},
		{"the largest value", 1e15, "1000000000000000"},
		{"a fraction", 0.25, "0.25"},
		{"a small fraction", 0.00125, "0.00125"},
		{"a count and a half", 1234.5, "1234.5"},
		{"zero", 0, "0"},
		{"negative zero", math.Copysign(0, -1), "0"},
		{"too small for digits", 1e-9, "1e-09"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := presets(t)[0].Clone()
			n := s.Node(s.Solve) // outbound's calls: any count
			n.Value, n.Min, n.Max, n.Step = c.v, 0, 0, 0
			y, err := scenario.Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(y), "\n    value: "+c.want+"\n") {
				t.Errorf("%g is not written %q:\n%s", c.v, c.want, y)
			}
			back, err := scenario.Parse(y, "x")
			if err != nil {
				t.Fatal(err)
			}
			if got := back.Node(s.Solve).Value; got != c.v || math.Signbit(got) {
				t.Errorf("%g reads back as %g", c.v, got)
			}
		})
	}
	for _, s := range presets(t) {
		s.Actuals = forecast.Actuals{{Year: 2026, Month: time.April, Node: s.Goal.Node, Value: 12_000_000}}
		s.Forecast.StartYear = 2026
		y, err := scenario.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(y), "!!") || strings.Contains(string(y), "e+") {
			t.Errorf("%s: a tag or an exponent in the file:\n%s", s.ID, y)
		}
	}
}

// Errors speak the file's terms, with the line, in JSON as in YAML.
func TestJSONErrors(t *testing.T) {
	good, _ := scenario.EncodeJSON(presets(t)[0])
	var pretty bytes.Buffer
	json.Indent(&pretty, good, "", "  ")
	file := pretty.String()
	lineOf := func(s, sub string) int { return strings.Count(s[:strings.Index(s, sub)], "\n") + 1 }
	edit := func(old, new string) string {
		if !strings.Contains(file, old) {
			t.Fatalf("no %q in\n%s", old, file)
		}
		return strings.Replace(file, old, new, 1)
	}
	for _, tc := range []struct{ name, data, at, want string }{
		{"goal as text", edit(`"value": 100000000`, `"value": "1億"`), "", ""},
		{"goal not a number", edit(`"value": 100000000`, `"value": true`), `"value": true`, `goal.value: "true" is not a number`},
		{"typo", edit(`"period"`, `"perod"`), `"perod"`, `goal.perod: unknown key (did you mean "period"?)`},
		{"activity yes", edit(`"activity": true`, `"activity": "yes"`), `"activity": "yes"`, "calls.activity: must be true or false"},
		{"node field", edit(`"unit": "rate"`, `"unit": 3`), `"unit": 3`, "close_rate.unit: must be number, currency, count or rate"},
		{"twice", edit(`"currency": "JPY",`, `"currency": "JPY", "currency": "USD",`), `"currency": "USD"`, "currency: appears twice"},
		{"syntax", edit(`"currency": "JPY",`, `"currency": "JPY",,`), `"currency": "JPY",,`, "',' where a key should be"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := scenario.ParseJSON([]byte(tc.data), "x")
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "Go ") || strings.Contains(err.Error(), "struct") {
				t.Errorf("error speaks Go: %v", err)
			}
			if want := fmt.Sprintf("line %d: ", lineOf(tc.data, tc.at)); !strings.Contains(err.Error(), want) {
				t.Errorf("error %v does not name %s", err, want)
			}
		})
	}
}

// A file with several problems gets all of them at once, decoding and
// engine rules alike, in either language.
func TestEveryProblemAtOnce(t *testing.T) {
	data := "version: 1\ncurrency: yen\ngoal: {node: r, value: 100}\nnodes:\n  - {id: r, unit: count, product: [c, k, p]}\n  - {id: p, unit: count, value: -5}\n  - {id: c, unit: count, value: 1, activity: yes}\n  - {id: k, unit: rate, vaule: 3}\nforecast: {trails: 3}\n"
	_, err := scenario.Parse([]byte(data), "x")
	var es scenario.Errors
	if !errors.As(err, &es) {
		t.Fatalf("%v", err)
	}
	want := []string{
		"line 2: currency: must be a three-letter ISO 4217 code",
		"line 6: p.value: must not be negative",
		"line 7: c.activity: must be true or false",
		`line 8: k.vaule: unknown key (did you mean "value"?)`,
		"line 8: k: needs either a value",
		`line 9: forecast.trails: unknown key (did you mean "trials"?)`,
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("missing %q in\n%v", w, err)
		}
	}
	if len(es) != len(want) {
		t.Errorf("%d errors, want %d:\n%v", len(es), len(want), err)
	}
	var ja []string
	for _, e := range es {
		ja = append(ja, e.Text(i18n.Ja))
	}
	for _, w := range []string{"currency: JPY や USD", "p.value: マイナスにはできません", "c.activity: true か false にしてください", `k.vaule: 不明なキーです（"value" の誤りでは？）`} {
		if !slices.ContainsFunc(ja, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("no Japanese %q in %q", w, ja)
		}
	}
}

// Limits hold while reading: size, aliases, nesting.
func TestLimits(t *testing.T) {
	if _, err := scenario.ReadAll(io.LimitReader(zeros{}, 1<<30)); err == nil || !strings.Contains(err.Error(), "larger than 1 MiB") {
		t.Errorf("ReadAll(zeros) = %v", err)
	}
	if data, err := scenario.ReadAll(strings.NewReader("version: 1")); err != nil || string(data) != "version: 1" {
		t.Errorf("ReadAll(small) = %q, %v", data, err)
	}
	laughs := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'z'; i++ {
		laughs += fmt.Sprintf("%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	deepYAML := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	deepJSON := `{"version": 1, "nodes": ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "}"
	for _, tc := range []struct {
		name, data, want string
		parse            func([]byte, string) (*scenario.Scenario, error)
	}{
		{"billion laughs", laughs, "aliases are not supported", scenario.Parse},
		{"deep YAML", deepYAML, "", scenario.Parse},
		{"deep JSON", deepJSON, "nests more than 32 levels", scenario.ParseJSON},
		{"huge JSON", strings.Repeat(" ", scenario.MaxFileSize+1), "larger than 1 MiB", scenario.ParseJSON},
	} {
		start := time.Now()
		_, err := tc.parse([]byte(tc.data), "x")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s took %v", tc.name, d)
		}
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}
