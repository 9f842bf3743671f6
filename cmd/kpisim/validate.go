//go:build !wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kpisim/kpisim/app/scenario"
)

// runValidate checks each file and prints every problem as FILE:LINE: text.
// It exits 1 when any file is invalid, 2 when it cannot run at all.
func runValidate(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("name at least one scenario file")
	}
	bad := 0
	for _, file := range args {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintf(stdout, "%s: cannot read: %v\n", file, errors.Unwrap(err))
			bad++
			continue
		}
		_, err = scenario.Parse(data, "")
		var es scenario.Errors
		switch {
		case err == nil:
			fmt.Fprintf(stdout, "%s: ok\n", file)
		case errors.As(err, &es):
			bad++
			for _, e := range es {
				if e.Line > 0 {
					fmt.Fprintf(stdout, "%s:%d: %s\n", file, e.Line, (&scenario.Error{Field: e.Field, Rule: e.Rule}).Error())
				} else {
					fmt.Fprintf(stdout, "%s: %s\n", file, e)
				}
			}
		default:
			bad++
			fmt.Fprintf(stdout, "%s: %v\n", file, err)
		}
	}
	if bad > 0 {
		return &exitError{code: 1, err: errSilent}
	}
	return nil
}

// runPresets lists the presets: id and title; with -json, all of them in
// the JSON form the browser loads (scenarios/presets.json).
func runPresets(args []string, stdout, _ io.Writer) error {
	if len(args) == 1 && args[0] == "-json" {
		data, err := scenario.EncodePresets(presets())
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	if len(args) > 0 {
		return usageError("presets takes no arguments but -json")
	}
	for _, s := range presets() {
		fmt.Fprintf(stdout, "%-14s %s / %s\n", s.ID, s.Title.Ja, s.Title.En)
	}
	return nil
}
