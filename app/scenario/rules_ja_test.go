//go:build !wasm

package scenario_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
)

// Every rule the engine writes without a code of its own (the tree's
// structure, the plan's settings, actuals) reads in Japanese: the test
// finds each rule's English format in the sources of app/kpi, app/forecast,
// app/scenario and app/ui, and holds that i18n has it in Japanese, with verbs
// that take the same arguments.
func TestEveryRuleInJapanese(t *testing.T) {
	formats := engineFormats(t)
	if len(formats) < 40 {
		t.Fatalf("found %d formats; the finder is broken", len(formats))
	}
	verb := regexp.MustCompile(`%(\[\d+\])?[dsqv]`)
	for format, at := range formats {
		var args []any
		for _, v := range verb.FindAllString(format, -1) {
			if strings.HasSuffix(v, "d") {
				args = append(args, 7)
			} else {
				args = append(args, "x")
			}
		}
		got, ok := i18n.Ja.Rule(format, args)
		switch {
		case !ok:
			t.Errorf("%s: %q has no Japanese (app/i18n/rules.go)", at, format)
		case strings.Contains(got, "%!"):
			t.Errorf("%s: %q reads %q in Japanese: its verbs do not take the English's arguments", at, format, got)
		}
	}
}

// engineFormats are the English formats of the rules without a code, by
// where they are written: the format arguments of add, addf and Errorf
// calls that name no code but Invalid, and the Rule of an Error literal
// without a Code.
func engineFormats(t *testing.T) map[string]string {
	codes := codeNames(t)
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, dir := range []string{"../kpi", "../forecast", ".", "../ui"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok && name(sel.X) != "kpi" {
						return true // fmt.Errorf and the like: no rule of the engine
					}
					switch name(n.Fun) {
					case "add", "addf", "Errorf":
					default:
						return true
					}
					for _, a := range n.Args {
						if c := name(a); c == "code" || codes[c] {
							return true // a coded rule: RuleText says it
						}
					}
					for _, a := range n.Args {
						if s, ok := literal(a); ok && strings.Contains(s, " ") {
							out[s] = fset.Position(n.Pos()).String()
							break
						}
					}
				case *ast.CompositeLit:
					if name(n.Type) != "Error" {
						return true
					}
					var rule string
					for _, e := range n.Elts {
						kv, ok := e.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						switch name(kv.Key) {
						case "Code":
							if name(kv.Value) != "Invalid" {
								return true
							}
						case "Rule":
							rule, _ = literal(kv.Value)
						}
					}
					if strings.Contains(rule, " ") {
						out[rule] = fset.Position(n.Pos()).String()
					}
				}
				return true
			})
		}
	}
	return out
}

// codeNames are kpi's codes but Invalid, read from its source.
func codeNames(t *testing.T) map[string]bool {
	f, err := parser.ParseFile(token.NewFileSet(), "../kpi/errors.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			for _, id := range s.(*ast.ValueSpec).Names {
				if id.Name != "Invalid" {
					out[id.Name] = true
				}
			}
		}
	}
	if !out["NotNumber"] {
		t.Fatal("no codes in kpi/errors.go")
	}
	return out
}

// name is an identifier's name, or a selector's (kpi.Invalid: Invalid).
func name(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}

func literal(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}
