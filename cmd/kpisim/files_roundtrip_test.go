//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/app/ui"
)

// The page's "Download YAML" (ui.ScenarioYAML) writes, for every preset, a
// file that kpisim validate accepts and that kpisim calc answers exactly as
// it answers the preset itself, in both languages and as -json; the file
// parses back to an equal scenario.
func TestFilesDownloadRoundTrip(t *testing.T) {
	ps := presets().Dated(today()) // as the page has them, and as kpisim calc reads a preset
	dir := t.TempDir()
	for _, id := range ps.IDs() {
		t.Run(id, func(t *testing.T) {
			s, err := ps.Get(id)
			if err != nil {
				t.Fatal(err)
			}
			name := id + ".yaml"
			data, err := ui.ScenarioYAML(s, name)
			if err != nil {
				t.Fatal(err)
			}
			back, err := scenario.Parse(data, "")
			if err != nil {
				t.Fatalf("the downloaded file does not parse: %v\n%s", err, data)
			}
			a, _ := scenario.EncodeJSON(s)
			b, _ := scenario.EncodeJSON(back)
			if !bytes.Equal(a, b) {
				t.Errorf("the file parses to another scenario:\n%s\n%s", a, b)
			}
			file := filepath.Join(dir, name)
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errs bytes.Buffer
			if err := runValidate([]string{file}, &out, &errs); err != nil {
				t.Fatalf("kpisim validate: %v\n%s%s", err, out.String(), errs.String())
			}
			for _, args := range [][]string{{"-lang", "en"}, {"-lang", "ja"}, {"-json"}} {
				var fromFile, fromPreset, e1, e2 bytes.Buffer
				if err := runCalc(append(append([]string{}, args...), file), &fromFile, &e1); err != nil {
					t.Fatalf("kpisim calc %v %s: %v\n%s", args, file, err, e1.String())
				}
				if err := runCalc(append(append([]string{}, args...), id), &fromPreset, &e2); err != nil {
					t.Fatalf("kpisim calc %v %s: %v\n%s", args, id, err, e2.String())
				}
				if fromFile.String() != fromPreset.String() {
					t.Errorf("kpisim calc %v: the downloaded file answers\n%s\nthe preset\n%s", args, fromFile.String(), fromPreset.String())
				}
			}
		})
	}
}
