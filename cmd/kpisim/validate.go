//go:build !wasm

package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// runValidate checks each file and prints every problem of it, each as
// FILE:LINE: field: rule, in the language of -lang. A .json file is read as
// JSON, any other as YAML, as the page reads a file (scenario.ParseFile). Both apply
// the same rules. It exits 1 when any file is invalid, 2 when it cannot
// run at all.
func runValidate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the error is said once, in -lang's language (flagError)
	lang := fs.String("lang", "", "ja or en (default: from the locale, $LC_ALL, $LC_MESSAGES or $LANG)")
	smart := fs.Bool("smart", false, "also print each KPI's SMART tests and the failure patterns found (issue 12)")
	// Flags may follow the files, as calc's follow its scenario:
	// "validate *.yaml -lang ja" read -lang and ja as two files that
	// could not be read, in English, and exited 1.
	files, l, err := parseLang(fs, args, lang)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError("%s", l.T("cli.validate_files"))
	}
	var ps scenario.Presets // with -smart, what a file named after a preset states (statedByPreset)
	if *smart {
		ps = presets()
	}
	bad := 0
	for _, file := range files {
		if !validateFile(file, l, *smart, ps, stdout) {
			bad++
		}
	}
	if bad > 0 {
		return &exitError{code: 1, err: errSilent}
	}
	return nil
}

// validateFile prints what is wrong with file, or that it is ok (with
// smart, then its SMART tests: smart.go, against what its preset in ps
// states).
func validateFile(file string, l i18n.Lang, smart bool, ps scenario.Presets, stdout io.Writer) bool {
	data, err := readScenario(file)
	var s *scenario.Scenario
	if err == nil {
		s, err = scenario.ParseFile(file, data, "")
	}
	var es scenario.Errors
	switch {
	case err == nil:
		fmt.Fprintf(stdout, "%s: %s\n", file, l.T("scenario.ok"))
		// The editor's cautions, which refuse nothing: a unit the terms
		// rule out (deals won in money had read "ok" and "$125 deals").
		var said []string
		for _, n := range s.Nodes {
			if note := s.UnitNote(l, n.ID); note != "" && !slices.Contains(said, note) {
				said = append(said, note)
				fmt.Fprintf(stdout, "%s: "+l.T("cli.caution")+"\n", file, note)
			}
		}
		if smart {
			statedByPreset(s, ps, cmp.Or(s.ID, scenario.FileID(file)))
			printSmart(stdout, s, l)
		}
		return true
	case errors.As(err, &es):
		for _, e := range es {
			if e.Line > 0 {
				fmt.Fprintf(stdout, "%s:%d: %s\n", file, e.Line, e.InFile(l))
			} else {
				fmt.Fprintf(stdout, "%s: %s\n", file, e.InFile(l))
			}
		}
	default:
		fmt.Fprintf(stdout, "%s: %s\n", file, fmt.Sprintf(l.T("scenario.cannot_read"), readProblem(l, err)))
	}
	return false
}

// errFolder is readScenario's error for a folder named as a file.
var errFolder = errors.New("is a directory")

// readScenario reads at most scenario.MaxFileSize bytes of file: a larger
// file (or /dev/zero) is an error, not an exhausted memory; a folder is
// errFolder.
func readScenario(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &os.PathError{Op: "read", Path: file, Err: errFolder}
	}
	return scenario.ReadAll(f)
}

// readProblem says in l why readScenario could not read a file: there is
// none, no permission to read it, or a folder (validate -lang ja said
// 「読めません: no such file or directory」); another error of the system
// in the system's words.
func readProblem(l i18n.Lang, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return l.T("cli.read_not_found")
	case errors.Is(err, fs.ErrPermission):
		return l.T("cli.read_permission")
	case errors.Is(err, errFolder):
		return l.T("cli.read_directory")
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}
