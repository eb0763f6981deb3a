import json
from pathlib import Path
from khronika.extract import extract_file
from khronika.events.component import build_pipeline
from khronika.cli.quotes_cmd import quote_rows
import os
SHARED = os.environ.get('KHRONIKA_SHARED', '../../../../shared') + '/data'  # the shared datasets
pipe=build_pipeline()
cli=[json.loads(l) for l in open('out_new/pages_quotes.jsonl')]
mine=[]
for p in sorted(Path(SHARED+'/telegram-contest-pages-ru/pages').glob('*.html')):
    art=extract_file(p); doc=pipe(art)
    mine+=quote_rows(art.source, art.title, doc.quotes, None)
key=lambda q:(q['source'],q['start'],q['stop'],q['kind'],json.dumps(q['addressee'],ensure_ascii=False),tuple(q['source_chain']))
print(len(cli),len(mine), set(map(key,cli))==set(map(key,mine)))
