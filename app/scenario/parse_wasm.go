//go:build wasm

package scenario

// Parse reads the JSON form of a scenario. In the browser the YAML decoder
// is left out (it adds 430 KB to the binary); kpisim validate and calc read
// YAML natively.
func Parse(data []byte, id string) (*Scenario, error) { return ParseJSON(data, id) }

// Encode writes the JSON form of a scenario.
func Encode(s *Scenario) ([]byte, error) { return EncodeJSON(s) }
