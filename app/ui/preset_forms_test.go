package ui

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/crc32"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kpisim/kpisim/app/scenario"
	"github.com/kpisim/kpisim/scenarios"
)

// presetFormsFile lists every form of a preset that a build has shipped
// since links began, as "id checksum" (CRC-32 of its JSON, undated), each
// with a comment saying which build shipped it. Lines are only ever added.
const presetFormsFile = "testdata/preset-forms.txt"

// A link made from a preset carries the checksum of the form it was diffed
// against, and opens only while the page keeps that form (linkForms: the
// shipped preset and scenarios/earlier.json). Session 40 changed the SaaS
// preset's slider ends and kept no earlier form, so every SaaS link made
// before refused to open ("the preset changed"); the compat entries had no
// SaaS link to notice. This test notices for every preset: a preset whose
// form is not listed has changed (list it, and keep the form it replaces
// in earlier.json), and a listed form the page no longer holds strands the
// links made from it.
func TestPresetFormsKept(t *testing.T) {
	shipped, err := scenario.LoadPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	earlier, err := scenario.LoadEarlierPresets(scenarios.FS)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := readPresetForms(presetFormsFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shipped {
		if sum := formSum(t, s); !listed[s.ID][sum] {
			t.Errorf("%s has changed: its form %d is not in %s. Keep the form it replaces in scenarios/earlier.json "+
				"(from git show HEAD:scenarios/presets.json) so that links made from it still open, and add the line %q",
				s.ID, sum, presetFormsFile, fmt.Sprintf("%s %d", s.ID, sum))
		}
	}
	// The page's forms of each preset, as linkForms finds them (undated:
	// linkForms dates each form to every plan year itself).
	held := map[string]map[uint32]bool{}
	for _, s := range append(append(scenario.Presets{}, shipped...), earlier...) {
		if held[s.ID] == nil {
			held[s.ID] = map[uint32]bool{}
		}
		held[s.ID][formSum(t, s)] = true
	}
	for id, sums := range listed {
		for sum := range sums {
			if !held[id][sum] {
				t.Errorf("%s: the form %d that a build shipped is gone from the page (scenarios/presets.json and earlier.json): links made from it no longer open", id, sum)
			}
		}
	}
	// And linkForms serves each form, dated or not, for a link to name.
	now := time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC)
	forms := newLinkForms(shipped, now).bases()
	for id, sums := range held {
		got := map[uint32]bool{}
		for _, f := range forms(id) {
			got[crc32.ChecksumIEEE(f)] = true
		}
		for sum := range sums {
			if !got[sum] {
				t.Errorf("%s: linkForms does not offer the form %d", id, sum)
			}
		}
	}
}

// formSum is the checksum of s's JSON, as a link names its base.
func formSum(t *testing.T, s *scenario.Scenario) uint32 {
	t.Helper()
	data, err := scenario.EncodeJSON(s)
	if err != nil {
		t.Fatal(err)
	}
	return crc32.ChecksumIEEE(data)
}

// readPresetForms reads presetFormsFile: "id checksum", # comments.
func readPresetForms(path string) (map[string]map[uint32]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]map[uint32]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("%s:%d: want \"id checksum\", got %q", path, n, sc.Text())
		}
		sum, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if out[f[0]] == nil {
			out[f[0]] = map[uint32]bool{}
		}
		out[f[0]][uint32(sum)] = true
	}
	return out, sc.Err()
}
