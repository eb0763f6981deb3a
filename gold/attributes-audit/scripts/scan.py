import json,re
from pathlib import Path
from khronika.extract import extract_file
from khronika.eval.shared_docs import load_gold_document
import os
SHARED = os.environ.get('KHRONIKA_SHARED', '../../../../shared') + '/data'  # the shared datasets
rows=[json.loads(l) for l in open('judgements.jsonl')]
docs=[str(p) for p in sorted(Path(SHARED+'/telegram-contest-pages-ru/pages').glob('*.html'))]
docs+=[f"{l.split()[0]}/{l.split()[1]}" for l in open('slavic_sample.tsv')]
newq=[json.loads(l) for f in ['pages_quotes','slavic_quotes'] for l in open(f'out_new/{f}.jsonl')]
pat=re.compile(r'передает|передаёт|со ссылкой|ссылаясь|пишет|сообща|в интервью|в беседе|в эфире|Facebook|Twitter|Твиттер|Telegram|Instagram|журналист|издани|агентств|телеканал|газет|радио|корреспондент|обратил|заверил|предупред|попрос|сказал[аи]? [А-ЯЁ]|рассказал[аи]? [а-яё]+(ам|ям|у|е)\b',re.I)
texts={}
for i,d in enumerate(docs):
    if d.startswith('/'): art=extract_file(Path(d))
    else:
        ds,_,p=d.partition('/'); art=load_gold_document({'dataset':ds,'path':p})
    texts[d]=art
for q in newq:
    d=[x for x in docs if q['source']==x or q['source'].endswith(x)][0]
    i=docs.index(d)+1
    # find the sentence window around the quote in paragraphs text
    full='\n'.join(getattr(p,'text',p) for p in texts[d].paragraphs) if hasattr(texts[d],'paragraphs') else ''
    t=q['text'][:40]
    k=full.find(t)
    if k<0: 
        win='(not found)'
    else:
        win=full[max(0,k-150):k+len(q['text'])+150].replace('\n',' ')
    hits=set(m.group(0) for m in pat.finditer(win))
    if hits: print(f"D{i} Q{q['index']} addr={q['addressee'] and q['addressee']['name']} chain={q['source_chain']} hits={sorted(hits)}\n   ...{win[-330:]}")
