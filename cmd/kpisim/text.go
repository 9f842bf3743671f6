//go:build !wasm

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/report"
	"github.com/kpisim/kpisim/app/scenario"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// parseFlags parses args with flags anywhere among the positional
// arguments (kpisim forecast field-sales -trials 10000), as the flag
// package does not; "--" ends the flags. It returns the positional
// arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// punct writes a format's punctuation as language l writes it: Japanese
// takes full-width brackets and 、 where English has " (", ")", ", " and
// "; " ("（正確には 41.6667、切り上げ）、計画 40"). Only the format's own
// text changes, never a value put in it.
func punct(l i18n.Lang, format string) string {
	if l != i18n.Ja {
		return format
	}
	return jaPunct.Replace(format)
}

var jaPunct = strings.NewReplacer(" (", "（", ")", "）", ", ", "、", "; ", "、")

// named is a scenario as a report's first line names it: its id and its
// title in lang ("outbound — Outbound sales (cold calls)"), or its id
// alone when it has none (a file without one read "m — ").
func named(s *scenario.Scenario, lang string) string {
	if t := s.Title.In(lang); t != "" {
		return s.ID + " — " + t
	}
	return s.ID
}

// argsLang is the language args ask for with -lang (or --lang, with = or
// the next argument), else the environment's (i18n.FromEnv): a flag error
// comes before the flags are read.
func argsLang(args []string) i18n.Lang {
	for i, a := range args {
		name, value, eq := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !eq && i+1 < len(args) {
			value = args[i+1]
		}
		if value == "ja" || value == "en" {
			return i18n.Lang(value)
		}
	}
	return i18n.FromEnv(os.Getenv)
}

// flagError says a flag package error of command cmd in l, with the -h
// that lists the command's flags: the package's own words are English.
func flagError(l i18n.Lang, cmd string, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		return fmt.Sprintf(l.T("cli.flag_unknown"), name, cmd)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return fmt.Sprintf(l.T("cli.flag_needs"), name, cmd)
	}
	// invalid value "x" for flag -reps: parse error;
	// invalid boolean value "x" for -json: parse error
	for _, head := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, head)
		if !ok {
			continue
		}
		value, err := strconv.QuotedPrefix(rest)
		if err != nil {
			break
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest[len(value):], " for flag -"), " for -")
		name, _, _ := strings.Cut(rest, ":")
		v, _ := strconv.Unquote(value)
		return fmt.Sprintf(l.T("cli.flag_value"), v, name, cmd)
	}
	return msg + " (kpisim " + cmd + " -h)"
}

// esc makes s safe to print on a terminal: a control character (an escape
// sequence in a label, a carriage return) or an invalid byte is written as
// its Go escape (\x1b, \r), never raw.
func esc(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	q := strconv.QuoteToGraphic(s)
	return strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
}

// termWriter escapes what it writes (esc), line by line: the last line of
// defence against a control character reaching the terminal. width is
// how many columns the terminal has (outWidth): the tables fit it
// (printTable), and prose wraps at it, at most maxWidth (prose).
type termWriter struct {
	w     io.Writer
	width int
}

func (t termWriter) Write(p []byte) (int, error) {
	lines := strings.SplitAfter(string(p), "\n")
	var b strings.Builder
	for _, l := range lines {
		body, nl := strings.CutSuffix(l, "\n")
		b.WriteString(esc(body))
		if nl {
			b.WriteByte('\n')
		}
	}
	if _, err := io.WriteString(t.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// width is s's display width once escaped: a Japanese character takes two
// columns.
func width(s string) int { return runewidth.StringWidth(esc(s)) }

// wrap breaks line at its separators (" × ", " + ", " · ") so that no
// line is wider than n; continuation lines are indented by indent. A term
// wider than a line (a long label) breaks where a line may (wrapText): it
// was cut short with "…", its end lost.
func wrap(line string, indent, n int) []string {
	line = esc(line)
	if runewidth.StringWidth(line) <= n {
		return []string{line}
	}
	var out []string
	cur := ""
	for _, tok := range splitKeep(line) {
		if cur != "" && runewidth.StringWidth(cur+tok) > n {
			out = append(out, strings.TrimRight(cur, " "))
			cur = strings.Repeat(" ", indent) + strings.TrimLeft(tok, " ")
			continue
		}
		cur += tok
	}
	out = append(out, strings.TrimRight(cur, " "))
	pad := strings.Repeat(" ", indent)
	var fitted []string
	for k, l := range out {
		if runewidth.StringWidth(l) <= n {
			fitted = append(fitted, l)
			continue
		}
		lead := pad
		if k == 0 {
			lead = ""
		}
		for _, x := range wrapText(strings.TrimLeft(l, " "), max(n-indent, 1)) {
			fitted = append(fitted, lead+x)
			lead = pad
		}
	}
	return fitted
}

// splitKeep cuts s before each separator, keeping it with what follows.
func splitKeep(s string) []string {
	var out []string
	for {
		k := -1
		for _, sep := range []string{" × ", " + ", " · ", "　", "; "} {
			if i := strings.Index(s[1:], sep); i >= 0 && (k < 0 || i+1 < k) {
				k = i + 1
			}
		}
		if k < 0 {
			return append(out, s)
		}
		out = append(out, s[:k])
		s = s[k:]
	}
}

// writeJSON writes v as indented JSON after checking that it holds no NaN
// or infinity, which JSON cannot say: the error names the field. Every
// number is tidied to 12 significant digits, never fewer than its whole
// units (i18n.Tidy), as -csv writes
// it, so that one figure reads the same in calc, forecast and sensitivity:
// 100000000, not 99999999.99999996.
func writeJSON(w io.Writer, v any) error {
	if err := finite(reflect.ValueOf(v), ""); err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(tidied(reflect.ValueOf(v)).Interface())
}

// tidied is a copy of v (structs, maps, slices, arrays, pointers) with
// every float tidied by i18n.Tidy; v itself is left as it is. A nil
// pointer, slice or map stays nil, so that omitempty and null read as
// before; unexported fields are copied as they are.
func tidied(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return reflect.ValueOf(i18n.Tidy(v.Float())).Convert(v.Type())
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(tidied(v.Elem()))
		return p
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(tidied(v.Elem()))
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out.Field(i).Set(tidied(v.Field(i)))
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(tidied(v.Index(i)))
		}
		return out
	case reflect.Array:
		out := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			out.Index(i).Set(tidied(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), tidied(it.Value()))
		}
		return out
	}
	return v
}

// finite walks v (structs by their JSON names, maps, slices, pointers) and
// returns an error naming the first number that is NaN or infinite.
func finite(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%s: the figure is not a finite number (%v): the inputs are too small or too large to compute", path, f)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return finite(v.Elem(), path)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if err := finite(v.Field(i), join(path, name)); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			// An element with an id is named by it: nodes[calls].
			name := strconv.Itoa(i)
			if e := reflect.Indirect(v.Index(i)); e.Kind() == reflect.Struct {
				if id := e.FieldByName("ID"); id.IsValid() && id.Kind() == reflect.String {
					name = id.String()
				}
			}
			if err := finite(v.Index(i), path+"["+name+"]"); err != nil {
				return err
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		for _, k := range keys {
			if err := finite(v.MapIndex(k), join(path, fmt.Sprint(k))); err != nil {
				return err
			}
		}
	}
	return nil
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// wrapText breaks a sentence into lines of at most n columns where the
// Unicode line breaking rules (UAX #14, github.com/rivo/uniseg) allow a
// break: at a space, or between two characters of Japanese text, which
// has no spaces; never before closing punctuation (、。）」) nor after an
// opening bracket, and never inside a number. Japanese rules ask more
// (kinsoku, kept): no line starts with a small kana, ー or 々, and a
// figure keeps its unit (+1,590万円, 36.2件, 3か月: keptWith), and a range
// its second figure (weeks 1–3, 第1〜3週), a sign its amount (-¥4,000,000). A run
// wider than n with no break in it is cut at n. There is no indent.
func wrapText(s string, n int) []string {
	s = esc(s)
	var out []string
	line := ""
	for _, seg := range breakable(s) {
		if line != "" && runewidth.StringWidth(strings.TrimRight(line+seg, " ")) > n {
			out = append(out, strings.TrimRight(line, " "))
			line = ""
		}
		for line == "" && runewidth.StringWidth(strings.TrimRight(seg, " ")) > n {
			head := runewidth.Truncate(seg, n, "")
			if head == "" { // a character wider than n
				_, size := utf8.DecodeRuneInString(seg)
				head = seg[:size]
			}
			out = append(out, head)
			seg = seg[len(head):]
		}
		line += seg
	}
	return append(out, strings.TrimRight(line, " "))
}

// breakable cuts s where a line may break: UAX #14's opportunities, less
// those keptWith keeps. Each piece ends in the spaces after it.
func breakable(s string) []string {
	var out []string
	state := -1
	for s != "" {
		var seg string
		seg, s, _, state = uniseg.FirstLineSegmentInString(s, state)
		if k := len(out); k > 0 && keptWith(out[k-1], seg) {
			out[k-1] += seg
			continue
		}
		out = append(out, seg)
	}
	return out
}

// keptWith reports whether next must stay on the line of prev, as
// Japanese line breaking (kinsoku shori, JIS X 4051) asks beyond UAX #14:
// no line starts with a small kana, a prolonged sound mark or an
// iteration mark, nor with the unit of the figure before it (円, 万, 億,
// 件, %, か月 … after a digit or another unit: +1,590万 / 円 read as two
// figures).
func keptWith(prev, next string) bool {
	if strings.HasSuffix(prev, " ") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(noLineStart, first) {
		return true
	}
	if strings.ContainsRune(rangeMarks, last) && unicode.IsDigit(first) { // weeks 1–3, 第1〜3週: one range
		return true
	}
	if strings.ContainsRune(signs, last) && (unicode.IsDigit(first) || unicode.Is(unicode.Sc, first)) { // -¥4,000,000
		return true
	}
	return strings.ContainsRune(units, first) && (unicode.IsDigit(last) || strings.ContainsRune(units, last))
}

const (
	// noLineStart are the characters no Japanese line starts with besides
	// UAX #14's closing punctuation: small kana, ー, 々 and the iteration
	// marks.
	noLineStart = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿーゝゞヽヾ々"
	// rangeMarks join two figures into a range (1–3, 1〜3) that a line
	// does not break.
	rangeMarks = "–〜～~"
	// signs stay with the amount after them: (gap -¥4,000,000).
	signs = "+-−±"
	// units follow a figure on its line: 1,590万円, 36.2件, 3か月, 25%.
	units = "円万億兆千百件回人名社倍割%％年月週日時間分秒か個本台点"
)

// unitAfter is the unit written after the headline's figure: " / rep /
// day" ("件/人日") for an activity, nothing otherwise.
func unitAfter(t *report.Table, l i18n.Lang) string {
	if t.Head.Unit == "" || !t.Answer.Reachable {
		return ""
	}
	return l.UnitSep() + t.Head.Unit // the activity's own span: / rep / day, / rep / week…
}
