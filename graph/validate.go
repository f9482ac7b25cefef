package graph

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// compiledSchema is Schema compiled once; it is immutable afterwards.
var compiledSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
	if err != nil {
		return nil, fmt.Errorf("read graph schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("graph.schema.json", doc); err != nil {
		return nil, fmt.Errorf("add graph schema: %w", err)
	}
	return c.Compile("graph.schema.json")
})

// Validate reports whether data is a graph document that Schema accepts,
// as WriteJSON writes them, and if not, what is wrong with it. Tools that
// read parley's JSON can use it to check their input.
func Validate(data []byte) error {
	s, err := compiledSchema()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return s.Validate(doc)
}
