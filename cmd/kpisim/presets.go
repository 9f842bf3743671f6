//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/scenario"
)

// runPresets lists the presets: id and title, in the language of -lang
// or else the locale's, as every other command speaks; with -json, all of
// them in the JSON form the browser loads (scenarios/presets.json), which
// holds both languages. It had taken -json alone: "presets -lang en"
// exited 2.
func runPresets(args []string, stdout, _ io.Writer) error {
	fs := flag.NewFlagSet("presets", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the error is said once, in -lang's language (flagError)
	lang := fs.String("lang", "", "")
	asJSON := fs.Bool("json", false, "")
	rest, l, err := parseLang(fs, args, lang)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError(l.T("cli.presets_args"), rest[0])
	}
	if *asJSON {
		data, err := scenario.EncodePresets(presets())
		if err != nil {
			return err
		}
		_, err = stdout.Write(data)
		return err
	}
	for _, s := range presets() {
		fmt.Fprintf(stdout, "%-14s %s\n", s.ID, s.Title.In(string(l)))
	}
	return nil
}

// parseLang parses a command's flags, wherever they stand among args
// (parseFlags), and returns the other arguments and the language of -lang
// (langFlag, whose value lang holds once parsed): the start every command
// that speaks shares. A bad flag is said in the language args ask for.
func parseLang(fs *flag.FlagSet, args []string, lang *string) ([]string, i18n.Lang, error) {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return nil, "", usageError("%s", flagError(argsLang(args), fs.Name(), err))
	}
	l, err := langFlag(*lang)
	if err != nil {
		return nil, "", err
	}
	return rest, l, nil
}

// langFlag is the language -lang names ("ja" or "en"), the locale's when
// it is empty (i18n.FromEnv); any other value is a usage error in the
// locale's language.
func langFlag(value string) (i18n.Lang, error) {
	l := i18n.FromEnv(os.Getenv)
	switch value {
	case "":
		return l, nil
	case "ja", "en":
		return i18n.Lang(value), nil
	}
	return l, usageError(l.T("cli.lang_flag"), value)
}
