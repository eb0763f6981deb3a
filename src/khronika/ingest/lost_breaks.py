"""Line breaks a dump lost to a stripped escape.

The Open Data Science Russian news dump (and every file made from it, such as corus's samples)
writes each paragraph break as a bare "n": the backslash of an escaped "\\n" was dropped when the
dump was made ("… РИА Новости.nСредства власти Якутии …", "сообщает газетаnThe Timesn.nКак …").
Read as it is, a whole article is one paragraph, a quotation's opening mark hides behind the "n"
and names take the glue in ("nThe Timesn").  A Latin "n" straight after a sentence's end and
before a capital or an opening mark never occurs in Russian prose, so a record text with no line
break of its own that shows it is read as such a dump: each such "n" becomes the paragraph break
it was, and an "n" glued between a Cyrillic word and a capital or a stop (an inline link's edges
in the dump) a space.  Every replacement is one character for one, so offsets into the text hold.
"""
from __future__ import annotations

import re

# "….nСредства", "»nПо", ":n«…»": a sentence end, the lost break, the next paragraph's opening.
# A blank line between paragraphs was lost the same way: ".nnДля", "».nnnЕжегодно" (one break each).
# (cr27 L1) Not a Latin word's quoted "n" ("Guns"n"Roses", "Rock"n"Roll").
_LOST_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?…:\"»”])(?<![A-Za-z][\"”])n{1,3}(?=[\"«„“—–-]?[А-ЯЁA-Z0-9«\"„“—–-])")
# "газетаnThe", "ИТАР-ТАССn.", "Ранееnсообщалось": a Cyrillic word (or its closing mark) glued by
# the lost break of a link's line to a capital, a stop or the next Cyrillic word (no Russian word
# holds a Latin letter).  Only in a text the first pattern shows to be such a dump.
_LOST_LINK_BREAK = re.compile(r"(?<=[А-ЯЁа-яё»\"])(?<![A-Za-z][\"”])n(?=[А-ЯЁа-яёA-Z«\".,;:])")
# (rv29_Q 14) A link set in quotation marks: "«nФедеральное агентство новостейn»", "«nмосковского делаn»".  The
# mark and its break trade places, so the name keeps its marks tight ("«Федеральное агентство новостей» ").
# (cr29 M2) Only the pair: a quoted Latin name ending in "n" («Ozon», «Amazon») keeps its letter.
_LOST_BREAK_IN_MARKS = re.compile(r"([«„“])n([А-ЯЁа-яёA-Z][^«»„“”\n]{0,80}?[А-ЯЁа-яёA-Za-z])n([»”])")
# (cr29b L4) Only the opening side lost ("«nМосковский комсомолец»"): restored before a Cyrillic capital only,
# which no Latin name ending in "n" ("«Ozon»") can be.
_LOST_OPENING_IN_MARKS = re.compile(r"([«„“])n(?=[А-ЯЁ])")
# (rv28_R 14) "газетаnThe Timesn.", "агентствоnReutersn.", "—nRTn)": a link whose text is a Latin name lost
# the breaks on both of its sides, so its closing "n" is glued to the name.  Only the pair is read as lost:
# a Latin name ending in "n" ("Japan,", "Ozon") has no glued opening "n" before it.
_LOST_LINK_PAIR = re.compile(r"(?<=[А-ЯЁа-яё»\"—–])n([A-Z][A-Za-zÀ-ÿ0-9&'’. -]{0,60}?)n(?=[.,;:!?)»\"])")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def restore_lost_breaks(text: str) -> str:
    """`text` with the paragraph breaks a dump wrote as bare "n" put back (see the module note);
    any text with a line break of its own, or without Cyrillic, comes back unchanged."""
    if "\n" in text or "\r" in text or not _CYRILLIC.search(text) or not _LOST_PARAGRAPH_BREAK.search(text):
        return text
    text = _LOST_PARAGRAPH_BREAK.sub(lambda lost: "\n" * len(lost.group()), text)
    text = _LOST_LINK_PAIR.sub(lambda link: f" {link.group(1)} ", text)
    text = _LOST_BREAK_IN_MARKS.sub(lambda link: f" {link.group(1)}{link.group(2)}{link.group(3)} ", text)
    text = _LOST_OPENING_IN_MARKS.sub(lambda link: f" {link.group(1)}", text)
    return _LOST_LINK_BREAK.sub(" ", text)
