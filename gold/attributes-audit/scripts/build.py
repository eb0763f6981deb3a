import json, re, collections
from pathlib import Path
import os
SHARED = os.environ.get('KHRONIKA_SHARED', '../../../../shared') + '/data'  # the shared datasets
def load(p): return [json.loads(l) for l in open(p)]
def ekey(e): return (e['source'], e['start'], e['stop'], e['type'], e['scope'])
def qkey(q): return (q['source'], q['start'], q['stop'])
newe=[r for f in ['pages_events','slavic_events'] for r in load(f'out_new/{f}.jsonl')]
olde={ekey(r):r for f in ['pages_events','slavic_events'] for r in load(f'out_old/{f}.jsonl')}
newq=[r for f in ['pages_quotes','slavic_quotes'] for r in load(f'out_new/{f}.jsonl')]
oldq={qkey(r):r for f in ['pages_quotes','slavic_quotes'] for r in load(f'out_old/{f}.jsonl')}
docs=[str(p) for p in sorted(Path(SHARED+'/telegram-contest-pages-ru/pages').glob('*.html'))]
docs+=[f"{l.split()[0]}/{l.split()[1]}" for l in open('slavic_sample.tsv')]
dn={f"D{i+1}":d for i,d in enumerate(docs)}
J={}; notes=collections.defaultdict(list)
for line in open('judg.txt'):
    if line.startswith('#') or not line.strip(): continue
    d,rec,attr,rn,ro,note=line.rstrip('\n').split(' ',5)
    if attr=='-': notes[(d,rec)].append(note); continue
    J[(d,rec,attr)]=(int(rn), None if ro=='-' else int(ro), note)
rows=[]
def val(r,attr):
    if attr=='date': return None if r is None else {k:r.get(k) for k in ('date','date_granularity','date_from_article')}
    if attr=='source_chain': return r['source_chain'][1:-1] if r and r.get('speaker') else (r['source_chain'][1:] if r else None)
    return r.get(attr) if r else None
def short(v):
    if isinstance(v,dict) and 'name' in v: return v['name']
    return v
used=set()
for kind,recs,old,key,attrs in [('event',newe,olde,ekey,['date','location','hypothetical','reported_by']),('quote',newq,oldq,qkey,['kind','addressee','source_chain'])]:
    for r in recs:
        d=[k for k,v in dn.items() if v==r['source'] or r['source'].endswith(v)][0]
        rec=(f"E{r['scope'][0]}{r['index']}" if kind=='event' else f"Q{r['index']}")
        o=old.get(key(r))
        for a in attrs:
            nv=short(val(r,a)); ov='ABSENT' if o is None else short(val(o,a))
            j=J.get((d,rec,a))
            if j: used.add((d,rec,a))
            rn=j[0] if j else 1
            if o is None: ro=None
            elif ov==nv: ro=rn if not j or j[1] is None else j[1]
            else:
                assert j is not None, (d,rec,a,nv,ov)
                ro=j[1]
            if o is not None and ov==nv and j: assert j[0]==j[1], (d,rec,a)
            note='; '.join(([j[2]] if j else [])+notes.get((d,rec),[]))
            nt=notes.get((d,rec),[])
            real=not any(x.startswith(('not a quote','not an event')) for x in nt)
            rtext=(f"{r['type']} {r['trigger']} | {r.get('sentence_text','')[:160]}" if kind=='event' else r['text'][:160])
            rows.append(dict(document=r['source'].replace(SHARED+'/',''),doc_id=d,record=rec,kind=kind,record_text=rtext,genuine_record=real,
                             attribute=a,new_value=nv,old_value=ov,right_new=bool(rn),right_old=None if ro is None else bool(ro),note=note))
missing=set(J)-used
print('unused judgements', missing)
for k in notes:
    if not any(r['doc_id']==k[0] and r['record']==k[1] for r in rows): print('unused note',k)
with open('judgements.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
# summary
S=collections.OrderedDict()
for r in rows:
    s=S.setdefault((r['kind'],r['attribute']),collections.Counter())
    s['n']+=1; s['rn']+=r['right_new']
    if r['right_old'] is not None: s['n_both']+=1; s['ro']+=r['right_old']; s['rn_both']+=r['right_new']
    if r['old_value']!='ABSENT' and r['old_value']!=r['new_value']: s['differ']+=1
print('| record | attribute | records (new) | right new | records in both | right new (both) | right old (both) | values differ |')
print('|---|---|---|---|---|---|---|---|')
for (k,a),s in S.items():
    print(f"| {k} | {a} | {s['n']} | {s['rn']} ({s['rn']/s['n']:.0%}) | {s['n_both']} | {s['rn_both']} ({s['rn_both']/s['n_both']:.0%}) | {s['ro']} ({s['ro']/s['n_both']:.0%}) | {s['differ']} |")
# split by corpus
for part in ['telegram','slavicner']:
    print(part)
    C=collections.OrderedDict()
    for r in rows:
        if part not in r['document']: continue
        s=C.setdefault((r['kind'],r['attribute']),collections.Counter()); s['n']+=1; s['rn']+=r['right_new']
        if r['right_old'] is not None: s['nb']+=1; s['ro']+=r['right_old']
    for (k,a),s in C.items(): print(f"  {k} {a}: {s['rn']}/{s['n']} new, {s['ro']}/{s['nb']} old")

print()
# lenient date
for which in ('new','old'):
    n=r_=0
    for r in rows:
        if r['attribute']!='date': continue
        rv=r['right_'+which]
        if rv is None: continue
        n+=1; r_+= bool(rv) or ('[lenient-ok' in r['note'] and which=='new') or ('[lenient-ok' in r['note'] and r['old_value']==r['new_value'])
    print(f"date lenient {which}: {r_}/{n}")
# informative subsets, new and old
def empty(v,a):
    if a=='hypothetical': return v is False
    if a=='date': return v is None or v.get('date') is None
    return v in (None,[],'')
for which in ('new','old'):
    print('subsets', which)
    for a in ['date','location','hypothetical','reported_by','addressee','source_chain']:
        ne=nr=miss=0; cls={}
        for r in rows:
            if r['attribute']!=a: continue
            v=r[which+'_value']; ok=r['right_'+which]
            if ok is None: continue
            if a=='date':
                c='none' if empty(v,a) else ('publication day' if v['date_from_article'] else 'from text')
                s=cls.setdefault(c,[0,0]); s[0]+=1; s[1]+=ok
            if not empty(v,a): ne+=1; nr+=ok
            elif not ok: miss+=1
        print(f"  {a}: system gives a value {ne}, right {nr}; system empty but a value was due {miss}", cls if cls else '')

print()
for which in ('new','old'):
    C={}
    for r in rows:
        if not r['genuine_record'] or r['right_'+which] is None: continue
        s_=C.setdefault((r['kind'],r['attribute']),[0,0]); s_[0]+=1; s_[1]+=r['right_'+which]
    print('genuine records only', which, {f"{k[0]} {k[1]}": f"{v[1]}/{v[0]}" for k,v in C.items()})
print('not-a-quote/event records:', len({(r['doc_id'],r['record']) for r in rows if not r['genuine_record']}))
