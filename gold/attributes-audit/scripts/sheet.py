import json, sys
from pathlib import Path
from khronika.extract import extract_file
from khronika.eval.shared_docs import load_gold_document
def load(p): return [json.loads(l) for l in open(p)]
EA=['date','date_granularity','date_from_article','location','hypothetical','reported_by']
def ekey(e): return (e['source'], e['start'], e['stop'], e['type'], e['scope'])
def qkey(q): return (q['source'], q['start'], q['stop'])
newe=[r for f in ['pages_events','slavic_events'] for r in load(f'out_new/{f}.jsonl')]
olde={ekey(r):r for f in ['pages_events','slavic_events'] for r in load(f'out_old/{f}.jsonl')}
newq=[r for f in ['pages_quotes','slavic_quotes'] for r in load(f'out_new/{f}.jsonl')]
oldq={qkey(r):r for f in ['pages_quotes','slavic_quotes'] for r in load(f'out_old/{f}.jsonl')}
docs=[]
P=Path('/work/shared/data/telegram-contest-pages-ru/pages')
for p in sorted(P.glob('*.html')): docs.append((str(p), lambda p=p: extract_file(p)))
for l in open('slavic_sample.tsv'):
    ds,path=l.split(); docs.append((f'{ds}/{path}', lambda ds=ds,path=path: load_gold_document({'dataset':ds,'path':path})))
out=open('sheet.txt','w')
n=0
for src, f in docs:
    ev=[e for e in newe if e['source']==src]; qs=[q for q in newq if q['source']==src]
    art=f()
    n+=1
    print(f"\n######## D{n} {src}  published={getattr(art,'published',None)}  events={len(ev)} quotes={len(qs)}", file=out)
    print("TITLE:", art.title, file=out)
    text = getattr(art,'text',None)
    if not (ev or qs):
        continue
    for i,p in enumerate(art.paragraphs if hasattr(art,'paragraphs') else [text]):
        print(f"[p{i}] {p if isinstance(p,str) else getattr(p,'text',p)}", file=out)
    for e in ev:
        o=olde.get(ekey(e))
        d={a:e.get(a) for a in EA}
        od='ABSENT' if o is None else {a:o.get(a) for a in EA if o.get(a)!=e.get(a)}
        print(f"  E{e['scope'][0]}{e['index']} {e['type']}/{e['mode']} {[a['name'] for a in e['source_actors']]}->{[a['name'] for a in e['target_actors']]} trig={e['trigger']!r} @{e['start']} sent={e['sentence']}\n     NEW {d}\n     OLDDIFF {od}\n     S: {e.get('sentence_text')}", file=out)
    for q in qs:
        o=oldq.get(qkey(q))
        od={a:o.get(a) for a in ['kind','addressee','source_chain'] if o.get(a)!=q.get(a)}
        sp=q['speaker']
        print(f"  Q{q['index']} {q['kind']} cue={q['cue']} spk={sp and (sp.get('name'), sp.get('text'))} addr={q['addressee']} chain={q['source_chain']} OLDDIFF={od or ''}\n     T: {q['text'][:160]}", file=out)
