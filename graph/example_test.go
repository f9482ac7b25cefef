package graph_test

import (
	"fmt"
	"os"

	"github.com/parley/parley/extract"
	"github.com/parley/parley/graph"
)

func ExampleWriteJSON() {
	g := graph.New()
	g.Generator = "parley example"
	g.Add(&extract.Result{
		Article: extract.Article{ID: "wire/0", Path: "wire.txt", Title: "Ministers meet", Source: "Example Wire",
			Text: "Ministers meet\n\nAnna Berg met Tomás Ruiz in Oslo on Monday."},
		Entities: []extract.Entity{
			{Label: "Anna Berg", Type: extract.Person, Mentions: 1},
			{Label: "Tomás Ruiz", Type: extract.Person, Mentions: 1, Attributes: map[string]string{"country": "Spain"}},
		},
		Relations: []extract.Relation{{
			Kind: extract.Met, Status: extract.Occurred, From: 0, To: 1, Place: "Oslo", When: "on Monday",
			Evidence: []extract.Evidence{{Article: "wire/0", Sentence: "Anna Berg met Tomás Ruiz in Oslo on Monday.", Start: 16, End: 60}},
		}},
	})
	if err := graph.WriteJSON(os.Stdout, g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "directed": true,
	//   "multigraph": false,
	//   "graph": {
	//     "generator": "parley example",
	//     "articles": [
	//       {
	//         "id": "wire/0",
	//         "path": "wire.txt",
	//         "title": "Ministers meet",
	//         "source": "Example Wire"
	//       }
	//     ]
	//   },
	//   "nodes": [
	//     {
	//       "id": "person/anna-berg",
	//       "label": "Anna Berg",
	//       "type": "PERSON",
	//       "aliases": [],
	//       "mentions": 1,
	//       "attributes": {}
	//     },
	//     {
	//       "id": "person/tomas-ruiz",
	//       "label": "Tomás Ruiz",
	//       "type": "PERSON",
	//       "aliases": [],
	//       "mentions": 1,
	//       "attributes": {
	//         "country": "Spain"
	//       }
	//     }
	//   ],
	//   "edges": [
	//     {
	//       "source": "person/anna-berg",
	//       "target": "person/tomas-ruiz",
	//       "relation": "met",
	//       "status": "occurred",
	//       "weight": 1,
	//       "place": "Oslo",
	//       "when": "on Monday",
	//       "evidence": [
	//         {
	//           "article": "wire/0",
	//           "sentence": "Anna Berg met Tomás Ruiz in Oslo on Monday.",
	//           "start": 16,
	//           "end": 60
	//         }
	//       ]
	//     }
	//   ]
	// }
}
