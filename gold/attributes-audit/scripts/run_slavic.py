import json, sys
from khronika.eval.shared_docs import load_gold_document
from khronika.events.component import build_pipeline
from khronika.events.export import to_jsonl
from khronika.cli.quotes_cmd import quote_rows
import khronika
print(khronika.__file__, file=sys.stderr)
out_ev = open(sys.argv[2] + "/slavic_events.jsonl", "w")
out_q = open(sys.argv[2] + "/slavic_quotes.jsonl", "w")
pipe = build_pipeline()
for line in open(sys.argv[1]):
    ds, path = line.split()
    art = load_gold_document({"dataset": ds, "path": path})
    doc = pipe(art)
    for l in to_jsonl([doc]):
        out_ev.write(l)
    for row in quote_rows(art.source, art.title, doc.quotes, None):
        out_q.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(path, art.published if hasattr(art, "published") else "", len(doc.events), len(doc.quotes), file=sys.stderr)
