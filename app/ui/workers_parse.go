package ui

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/kpisim/kpisim/app/actuals"
)

// A large CSV export is parsed on a Monte Carlo worker, not in the page:
// 100,000 rows hold a thread for 0.8–1.4 s at CPU 1× (some 5 s on a
// phone), which in the page froze it, its "reading…" note included. The page
// hands the worker the file's bytes, the tree's nodes as the importer
// reads them and the plan's currency; the worker decodes Shift_JIS (the
// browser's TextDecoder is a worker's too), parses, and posts the
// actuals.Result back as JSON (it crosses unchanged: actuals'
// TestResultCrossesAsJSON and FuzzParse). The page then does the rest of
// the import itself, as for a small file: the months without a year, the
// merge, the undo step (Model.ImportParsed).

// The messages of a parse, as JavaScript objects.
const (
	msgParse    = "parse"    // the parse's number, from 1: page → worker with the file, back with the result
	msgFile     = "file"     // page → worker: the file's bytes (a Uint8Array, its buffer transferred)
	msgNodes    = "nodes"    // page → worker: []actuals.Node as JSON
	msgCurrency = "currency" // page → worker: the currency amounts are read in
	msgResult   = "result"   // worker → page: the actuals.Result as JSON
	msgParseErr = "parseErr" // worker → page: why it could not parse (the page then parses)
)

// parsed is a parse's outcome, handed to the page's callback.
type parsed func(res *actuals.Result, err error)

// parseRequest answers the page's request d, in a worker: the file's
// Result, or why there is none.
func parseRequest(d app.Value) app.Value {
	out := newObject()
	out.Set(msgParse, d.Get(msgParse))
	res, err := parseFile(d)
	if err != nil {
		out.Set(msgParseErr, err.Error())
		return out
	}
	out.Set(msgResult, res)
	return out
}

func parseFile(d app.Value) (js string, err error) {
	defer func() { // the page then parses the file itself, and says what it can
		if r := recover(); r != nil {
			js, err = "", fmt.Errorf("the worker could not parse the file: %v", r)
		}
	}()
	u8 := d.Get(msgFile)
	if !u8.Truthy() {
		return "", errors.New("no file")
	}
	return readExport(bytesFromJS(u8), d.Get(msgNodes).String(), d.Get(msgCurrency).String(), browserShiftJIS)
}

// readExport is a worker's parse of a CSV export: data decoded from
// Shift_JIS by sjis where it is, read against the nodes (JSON) in
// currency, as JSON. readResult reads it back in the page.
func readExport(data []byte, nodes, currency string, sjis actuals.ShiftJIS) (string, error) {
	var ns []actuals.Node
	if err := json.Unmarshal([]byte(nodes), &ns); err != nil {
		return "", err
	}
	data, _ = actuals.FromShiftJIS(data, sjis)
	js, err := json.Marshal(actuals.ParseBytesIn(data, ns, currency))
	return string(js), err
}

// readResult is readExport's result as the page reads it.
func readResult(js string) (*actuals.Result, error) {
	var res actuals.Result
	if err := json.Unmarshal([]byte(js), &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// parse hands a CSV export to the ready worker with the fewest streams
// to draw, and reports whether one took it. done runs once, from the
// worker's message (outside go-app's dispatch): with the Result, or with
// an error when the worker could not parse or the workers failed.
func (p *pool) parse(data []byte, nodes []actuals.Node, currency string, done parsed) bool {
	if p.ready() == 0 {
		return false
	}
	w := p.idlest()
	js, err := json.Marshal(nodes)
	if err != nil {
		return false
	}
	u8, transfer := bytesToJS(data)
	if p.parses == nil {
		p.parses = map[int]parsed{}
	}
	p.parseID++
	p.parses[p.parseID] = done
	msg := newObject()
	msg.Set(msgParse, p.parseID)
	msg.Set(msgFile, u8)
	msg.Set(msgNodes, string(js))
	msg.Set(msgCurrency, currency)
	w.js.Call("postMessage", msg, transfer)
	return true
}

// parsedMessage hands a worker's answer to parse number id to its caller.
func (p *pool) parsedMessage(id int, d app.Value) {
	done := p.parses[id]
	delete(p.parses, id)
	if done == nil {
		return
	}
	if e := d.Get(msgParseErr); e.Truthy() {
		done(nil, errors.New(e.String()))
		return
	}
	done(readResult(d.Get(msgResult).String()))
}

// failParses tells every parse under way that the workers failed.
func (p *pool) failParses(err error) {
	parses := p.parses
	p.parses = nil
	for _, done := range parses {
		done(nil, err)
	}
}
