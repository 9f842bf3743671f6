package scenario

import (
	"path"
	"strings"
)

// ParseFile reads the scenario file called name as kpisim validate and
// calc read it: as JSON (ParseJSON) when its name ends in .json, in any
// case, otherwise as YAML (Parse).
func ParseFile(name string, data []byte, id string) (*Scenario, error) {
	root, errs := fileTree(name, data)
	return decodeTree(root, id, errs, fileRules)
}

// OpenFile reads the scenario file called name as the page opens one
// picked or dropped on it: in the form ParseFile reads it in, so that a
// broken file gets the same message on the page as from the CLI, with
// the page's rules (OpenJSON).
func OpenFile(name string, data []byte, id string) (*Scenario, error) {
	root, errs := fileTree(name, data)
	return decodeTree(root, id, errs, pageRules)
}

// fileTree reads data into the wire form by the form its name says.
func fileTree(name string, data []byte) (*value, Errors) {
	if strings.EqualFold(path.Ext(name), ".json") {
		return jsonTree(data)
	}
	return yamlTree(data)
}
