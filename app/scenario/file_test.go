package scenario_test

import (
	"errors"
	"testing"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// A file reads in the form its name says, on the page (OpenFile) as from
// the CLI (ParseFile): a .json file cut short said "line 1: the '{' is not
// closed" on the page, which read every file as YAML, and "line 2: the
// JSON ends too early" from kpisim validate.
func TestFileFormByName(t *testing.T) {
	for _, c := range []struct {
		name, file, data string
		line             int
		key              string // the catalog's key of the first problem
	}{
		{"a .json file cut short", "trunc.json", "{\"version\":1,\"goal\":\n", 2, "json.end"},
		{"the extension in capitals", "TRUNC.JSON", "{\"version\":1,\"goal\":\n", 2, "json.end"},
		{"YAML cut short", "trunc.yaml", "version: 1\ngoal: {node: revenue\n", 2, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, perr := scenario.ParseFile(c.file, []byte(c.data), "")
			_, oerr := scenario.OpenFile(c.file, []byte(c.data), "")
			var pes, oes scenario.Errors
			if !errors.As(perr, &pes) || !errors.As(oerr, &oes) || len(pes) == 0 || len(oes) == 0 {
				t.Fatalf("ParseFile: %v; OpenFile: %v; want errors from both", perr, oerr)
			}
			for _, l := range []i18n.Lang{i18n.Ja, i18n.En} {
				if p, o := pes[0].Text(l), oes[0].Text(l); p != o || pes[0].Line != oes[0].Line {
					t.Errorf("%s: the CLI says line %d %q, the page line %d %q", l, pes[0].Line, p, oes[0].Line, o)
				}
			}
			if oes[0].Line != c.line {
				t.Errorf("line %d, want %d", oes[0].Line, c.line)
			}
			if c.key != "" && oes[0].Text(i18n.Ja) != i18n.Ja.T(c.key) {
				t.Errorf("ja %q, want %q", oes[0].Text(i18n.Ja), i18n.Ja.T(c.key))
			}
		})
	}
}

// A file without an id takes its name's, the same in the CLI and on the
// page: the page had cleaned the name (team C.json was teamC) and the CLI
// trimmed .yaml and .json alone (plan.yml was plan.yml), so the two named
// one file two ways, and a preset's file renamed by one was not the other's.
func TestFileID(t *testing.T) {
	for _, c := range []struct{ name, file, want string }{
		{"YAML", "teamA.yaml", "teamA"},
		{"JSON", "team C.json", "team C"},
		{"yml", "plan.yml", "plan"},
		{"a folder", "dir/sub/outbound.yaml", "outbound"},
		{"a Windows folder", `C:\plans\outbound.yaml`, "outbound"},
		{"the last extension only", "plan.v2.yaml", "plan.v2"},
		{"no extension", "outbound", "outbound"},
		{"Japanese", "チームA.yaml", "チームA"},
		{"nothing left", ".yaml", "scenario"},
		{"a folder only", "dir/", "scenario"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := scenario.FileID(c.file); got != c.want {
				t.Errorf("FileID(%q) = %q, want %q", c.file, got, c.want)
			}
		})
	}
}
