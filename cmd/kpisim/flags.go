//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/kpisim/kpisim/app/i18n"
	"github.com/kpisim/kpisim/app/kpi"
	"github.com/kpisim/kpisim/app/scenario"
)

// The flags calc, forecast and sensitivity share: the scenario to load,
// its language, and each -set applied to it.

// setFlags are the -set flags given, in order.
type setFlags []string

func (s *setFlags) String() string { return strings.Join(*s, ",") }

func (s *setFlags) Set(v string) error { *s = append(*s, v); return nil }

// pathFlags are a repeatable flag's files, in order (-actuals).
type pathFlags []string

func (p *pathFlags) String() string { return strings.Join(*p, ",") }

func (p *pathFlags) Set(v string) error { *p = append(*p, v); return nil }

// scenarioFlags are the flags calc, forecast and sensitivity share: which
// scenario, what to change, which language and output.
type scenarioFlags struct {
	fs     *flag.FlagSet
	sets   setFlags
	lang   *string
	asJSON *bool
	asCSV  *bool
	width  *int // -width: the columns the text fits; 0: the terminal's (outWidth)
}

func newScenarioFlags(name string) *scenarioFlags {
	f := &scenarioFlags{fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	f.fs.SetOutput(io.Discard)
	f.fs.Var(&f.sets, "set", "")
	f.lang = f.fs.String("lang", "", "")
	f.asJSON = f.fs.Bool("json", false, "")
	f.asCSV = f.fs.Bool("csv", false, "")
	f.width = f.fs.Int("width", 0, "")
	return f
}

// out is stdout as the text commands write to it: escaped, as wide as
// -width says, else as the terminal it is (outWidth).
func (f *scenarioFlags) out(stdout io.Writer) termWriter {
	return termWriter{stdout, outWidth(*f.width, stdout, os.Getenv)}
}

// load parses args and returns the scenario with every -set applied and
// the output language.
func (f *scenarioFlags) load(args []string) (*scenario.Scenario, i18n.Lang, error) {
	pos, l, err := parseLang(f.fs, args, f.lang)
	if err != nil {
		return nil, "", err
	}
	if len(pos) > 1 {
		return nil, "", usageError(l.T("cli.one_scenario"), len(pos))
	}
	if *f.asJSON && *f.asCSV {
		return nil, "", usageError("%s", l.T("cli.json_or_csv"))
	}
	if *f.width != 0 && (*f.width < minWidth || *f.width > maxColumns) {
		return nil, "", usageError(l.T("cli.width_flag"), minWidth, maxColumns, *f.width)
	}
	arg := ""
	if len(pos) == 1 {
		arg = pos[0]
	}
	s, _, err := load(arg, l)
	if err != nil {
		return nil, "", err
	}
	// goal.period first, so that a goal.value beside it reads per that
	// period whichever comes first.
	for _, period := range []bool{true, false} {
		for _, a := range f.sets {
			if setsPeriod(a) != period {
				continue
			}
			if key, err := applySet(s, a); err != nil {
				return nil, "", usageError("%s", setError(s, l, key, err))
			}
		}
	}
	return s, l, nil
}

// currencyError is a -set currency= that is no currency code.
type currencyError string

func (e currencyError) Error() string {
	return "-set currency: " + string(e) + ": must be a three-letter currency code such as JPY or USD"
}

// ratePercentError is a rate typed over 1 without its % sign
// (-set close_rate=25): text as typed and the fraction it may have meant.
// It said "must be more than 0% and at most 100%", where validate of a file
// with 25 said how to write it.
type ratePercentError struct{ text, fraction string }

func (e ratePercentError) Error() string {
	k, args := scenario.RatePercentKey(e.text, e.fraction)
	return fmt.Sprintf(i18n.En.T(k), args...)
}

// setsPeriod reports whether -set arg sets the goal's period.
func setsPeriod(arg string) bool { return setKey(arg) == keyGoalPeriod }

// setKey is the key of -set arg, as typed.
func setKey(arg string) string {
	key, _, _ := strings.Cut(arg, "=")
	return strings.TrimSpace(key)
}

// has reports whether any -set sets key.
func (s setFlags) has(key string) bool {
	return slices.ContainsFunc(s, func(arg string) bool { return setKey(arg) == key })
}

// flagGiven reports whether the command line set flag name.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == name })
	return given
}

// applySet applies one -set id=value to s and returns its key.
// goal.period takes a period as a scenario file writes it (year, quarter,
// month, week or day) and restates the same goal per that period, as the
// page's switch does; every other key takes a number (scenario.ParseSet)
// as the page's field takes it (a lever beyond its slider's ends widens
// them, so that the page's figures can be had again here), its key read
// first, so that an unknown key is named as one and not as
// a value that is not a number.
func applySet(s *scenario.Scenario, arg string) (string, error) {
	key, raw, ok := strings.Cut(arg, "=")
	key = strings.TrimSpace(key)
	if ok && key == keyGoalPeriod {
		p, err := kpi.ParsePeriod(strings.ToLower(strings.TrimSpace(raw)))
		if err != nil || !kpi.GoalPeriod(p) {
			return key, &kpi.Error{Field: key, Rule: "must be year, quarter, month, week or day"}
		}
		return key, s.SetGoalPeriod(p)
	}
	if ok && key == keyCurrency {
		if s.SetCurrency(raw) != nil {
			return key, currencyError(strings.TrimSpace(raw))
		}
		return key, nil
	}
	if !ok || key == "" {
		return "", setSyntaxError(arg)
	}
	key = byLabel(s, key)
	k, err := scenario.ParseKey(key)
	if err != nil {
		return key, err
	}
	if k.Field == scenario.FieldLever && s.Node(k.ID) == nil {
		// Named before its value is read: "-set foo=abc" said "enter a
		// number", as if foo were a lever.
		return key, &kpi.Error{Field: key, Code: kpi.NotLever, Rule: "is not a lever of this scenario"}
	}
	if k.RefusesPercent(s, raw) {
		return key, scenario.NotRate("", key) // 25% for a goal in yen read ¥0.25
	}
	if k.RefusesMoney(s, raw) {
		return key, scenario.NotMoney("", key) // 12万円 for the calls a day read 120,000 calls
	}
	if named := k.RefusesCurrency(s, raw); named != "" {
		return key, scenario.OtherCurrency("", key, raw, s.Currency) // $1,000,000 for a goal in yen read ¥1,000,000
	}
	key, v, err := scenario.ParseSet(key + "=" + raw)
	if err == nil && k.Unit(s) == kpi.Rate {
		if fraction, over := scenario.RateOverOne(raw, v); over {
			return key, ratePercentError{strings.TrimSpace(raw), fraction} // as a file's 25 says it
		}
	}
	if err == nil {
		err = s.SetTyped(key, v) // as the page's field: a lever's slider ends widen
	}
	return key, err
}
