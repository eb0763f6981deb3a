"""Sanity checks for the hand-written gold records in examples/gold/.

Not part of the product: it only checks that the gold is internally
consistent with the example pages, independently of the extractor.

    python examples/check_gold.py

Checks, for every gold file:
  * valid JSON of the agreed shape (exact key sets);
  * the page exists and decodes (BOM / meta charset / KOI8-R vs CP1251 guess);
  * title, lead, every paragraph, credit, author, related title and time_text
    occur in the whitespace-normalised page text (HTML: text content);
  * no paragraph contains the title, a credit or a related title;
  * lead is paragraphs[0] unless it is a separate standfirst not in paragraphs;
  * `published` has an allowed form, and text pages follow the Moscow offset rules;
  * each related `published` equals an independent resolution of time_text
    against the crawl time (null crawl time -> only absolute dates resolve).
"""
import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {
    'января': 1, 'февраля': 2, 'марта': 3, 'апреля': 4, 'мая': 5, 'июня': 6, 'июля': 7,
    'августа': 8, 'сентября': 9, 'октября': 10, 'ноября': 11, 'декабря': 12,
    'янв.': 1, 'февр.': 2, 'мар.': 3, 'апр.': 4, 'июн.': 6, 'июл.': 7, 'авг.': 8,
    'сент.': 9, 'окт.': 10, 'нояб.': 11, 'дек.': 12,
}
EXPECTED_KEYS = ['title', 'published', 'language', 'lead', 'paragraphs', 'credits',
                 'authors', 'related', 'warnings']


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


def decode(raw, is_html):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    if raw.startswith(b'\xff\xfe') or raw.startswith(b'\xfe\xff'):
        return raw.decode('utf-16')
    if is_html:
        m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:2048], re.I)
        if m:
            return raw.decode(m.group(1).decode('ascii'))
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        pass
    low_koi = sum(1 for b in raw if 0xC0 <= b <= 0xDF)
    low_cp = sum(1 for b in raw if 0xE0 <= b <= 0xFF)
    return raw.decode('koi8-r' if low_koi > low_cp else 'cp1251')


def html_text(html):
    from selectolax.lexbor import LexborHTMLParser as HTMLParser
    tree = HTMLParser(html)
    for n in tree.css('script, style'):
        n.decompose()
    return tree.body.text(separator='') if tree.body else tree.text(separator='')


def msk_offset(d):
    """Europe/Moscow UTC offset (hours) on calendar day d (transition days ignored)."""
    if d >= date(2014, 10, 26):
        return 3
    if d >= date(2011, 3, 27):
        return 4
    # before 2011: summer time from last Sunday of March to last Sunday of October
    def last_sunday(y, m):
        x = date(y, m, 31)
        return x - timedelta(days=(x.weekday() + 1) % 7)
    return 4 if last_sunday(d.year, 3) <= d < last_sunday(d.year, 10) else 3


def fmt(dt):
    return dt.isoformat()


def resolve(tt, crawl):
    """Independent resolution of a related time_text."""
    if tt is None:
        return None
    s = tt.strip()
    m = re.fullmatch(r'(\d{1,2}) (\S+) (\d{4})', s)
    if m and m.group(2) in MONTHS:
        return date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))).isoformat()
    if crawl is None:
        return None
    m = re.fullmatch(r'(?:Сегодня(?: в|,) )?(\d{1,2}):(\d{2})', s)
    if m:
        return fmt(crawl.replace(hour=int(m.group(1)), minute=int(m.group(2)), second=0))
    m = re.fullmatch(r'Вчера(?: в|,) (\d{1,2}):(\d{2})', s)
    if m:
        return fmt((crawl - timedelta(days=1)).replace(hour=int(m.group(1)), minute=int(m.group(2)), second=0))
    m = re.fullmatch(r'(\d+) (час|часа|часов|минуту|минуты|минут) назад', s)
    if m:
        n = int(m.group(1))
        delta = timedelta(hours=n) if m.group(2).startswith('час') else timedelta(minutes=n)
        return fmt(crawl - delta)
    if s == 'позавчера':
        return (crawl.date() - timedelta(days=2)).isoformat()
    if s == 'вчера':
        return (crawl.date() - timedelta(days=1)).isoformat()
    raise ValueError(f'checker cannot resolve time_text {tt!r}')


def check(gold_path):
    errs = []
    rec = json.loads(gold_path.read_text(encoding='utf-8'))
    if list(rec) != ['input', 'expected']:
        errs.append(f'top-level keys {list(rec)}')
    inp, exp = rec['input'], rec['expected']
    if list(inp) != ['path', 'crawled_at']:
        errs.append(f'input keys {list(inp)}')
    if list(exp) != EXPECTED_KEYS:
        errs.append(f'expected keys {list(exp)}')
    page = HERE / inp['path']
    raw = page.read_bytes()
    crawled_at = inp['crawled_at']
    is_text_page = page.suffix == '.txt'
    if page.suffix == '.jsonl':
        m = re.search(r'\.jsonl\.(\d+)\.json$', gold_path.name)
        line = json.loads(raw.decode('utf-8').splitlines()[int(m.group(1)) - 1])
        if crawled_at is not None:
            errs.append('jsonl gold must have input.crawled_at null')
        crawled_at = line['crawled_at']
        if 'html' in line:
            text = html_text(line['html'])
        else:
            text = line['text']
            is_text_page = True
    elif page.suffix == '.html':
        text = html_text(decode(raw, True))
    else:
        text = decode(raw, False)
    T = norm(text)
    crawl = datetime.fromisoformat(crawled_at) if crawled_at else None

    def present(what, s):
        if s != norm(s):
            errs.append(f'{what} not normalised: {s!r}')
        if norm(s) not in T:
            errs.append(f'{what} not found in page text: {s!r}')

    present('title', exp['title'])
    present('lead', exp['lead'])
    if exp['language'] != 'ru':
        errs.append('language')
    paras = exp['paragraphs']
    if not paras:
        errs.append('no paragraphs')
    for p in paras:
        present('paragraph', p)
        if exp['title'] in p:
            errs.append(f'title inside paragraph: {p[:40]}')
        for c in exp['credits']:
            if c in p:
                errs.append(f'credit inside paragraph: {c}')
        for r in exp['related']:
            if r['title'] in p:
                errs.append(f'related title inside paragraph: {r["title"]}')
    if len(set(paras)) != len(paras):
        errs.append('duplicate paragraphs')
    # paragraphs must appear in page order
    pos = -1
    for p in paras:
        i = T.find(p, pos + 1)
        if i <= pos:
            errs.append(f'paragraph out of order: {p[:40]}')
        pos = max(pos, i)
    if exp['lead'] != paras[0] and exp['lead'] in paras:
        errs.append('separate lead repeated in paragraphs')
    for c in exp['credits']:
        present('credit', c)
    for a in exp['authors']:
        present('author', a)
    for r in exp['related']:
        if list(r) != ['title', 'time_text', 'published']:
            errs.append(f'related keys {list(r)}')
        present('related title', r['title'])
        if r['time_text'] is not None:
            present('related time_text', r['time_text'])
        want = resolve(r['time_text'], crawl)
        if want != r['published']:
            errs.append(f'related {r["title"][:30]!r}: published {r["published"]!r}, checker says {want!r}')
    pub = exp['published']
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', pub):
        date.fromisoformat(pub)
    else:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})', pub):
            errs.append(f'published format {pub!r}')
        dt = datetime.fromisoformat(pub.replace('Z', '+00:00'))
        if is_text_page:
            want = msk_offset(dt.date())
            if dt.utcoffset() != timedelta(hours=want):
                errs.append(f'published offset {pub} but Moscow offset then is +0{want}:00')
    for w in exp['warnings']:
        if not isinstance(w, str):
            errs.append('warning not a string')
    return errs


def main():
    golds = sorted((HERE / 'gold').glob('*.json'))
    bad = 0
    for g in golds:
        errs = check(g)
        if errs:
            bad += 1
            print(f'FAIL {g.name}')
            for e in errs:
                print('   ', e)
        else:
            print(f'ok   {g.name}')
    pages = sorted(p.name for p in (HERE / 'pages').iterdir())
    used = {json.loads(g.read_text(encoding='utf-8'))['input']['path'].split('/')[-1] for g in golds}
    for p in pages:
        if p not in used:
            bad += 1
            print(f'FAIL page without gold: {p}')
    print(f'{len(golds)} gold files, {len(pages)} pages, {bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
