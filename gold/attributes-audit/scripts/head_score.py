import json, collections
import os
SHARED = os.environ.get('KHRONIKA_SHARED', '../../../../shared') + '/data'  # the shared datasets
def load(p): return [json.loads(l) for l in open(p)]
rows=[json.loads(l) for l in open('judgements.jsonl')]
J={}
for r in rows: J[(r['document'],r['kind'],r['record'],r['attribute'])]=r
def val(r,a):
    if a=='date': return {k:r.get(k) for k in ('date','date_granularity','date_from_article')}
    if a=='source_chain': return r['source_chain'][1:-1] if r.get('speaker') else r['source_chain'][1:]
    v=r.get(a); return v['name'] if isinstance(v,dict) and 'name' in v else v
newe={(e['source'],e['start'],e['stop'],e['type']):e for f in ['pages_events','slavic_events'] for e in load(f'out_new/{f}.jsonl')}
C=collections.OrderedDict(); unk=[]
for kind,files,attrs in [('event',['pages_events','slavic_events'],['date','location','hypothetical','reported_by']),('quote',['pages_quotes','slavic_quotes'],['kind','addressee','source_chain'])]:
    for f in files:
        for r in load(f'out_head/{f}.jsonl'):
            if kind=='event':
                n=newe[(r['source'],r['start'],r['stop'],r['type'])]; rec=f"E{n['scope'][0]}{n['index']}"
            else: rec=f"Q{r['index']}"
            doc=r['source'].replace(SHARED+'/','')
            for a in attrs:
                j=J[(doc,kind,rec,a)]; v=val(r,a)
                if v==j['new_value']: ok=j['right_new']
                elif v==j['old_value']: ok=j['right_old']
                else: unk.append((doc,rec,a)); continue
                s=C.setdefault((kind,a),[0,0]); s[0]+=1; s[1]+=ok
print('unjudged values:',unk)
for k,v in C.items(): print(f"{k[0]} {k[1]}: {v[1]}/{v[0]}")
