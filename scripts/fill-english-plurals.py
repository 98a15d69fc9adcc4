#!/usr/bin/env python3
"""Fills the plural forms of translations/upgrade-workbench_en.ts from the English source text.

The source strings have one form ("%n system(s)"); English needs two ("1 system", "2 systems").
Run after `cmake --build build --target update_translations`. Only messages with %n whose forms
are not filled yet are touched, so forms corrected by hand where the guess below is wrong
("2 new people", "needs" / "need") survive later runs.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

IRREGULAR = {"person": "people", "people": "person"}


MODIFIERS = ("selected ", "compatibility ", "runbook ", "record ")


def forms(word):
    if word.endswith("(ies)"):
        base = word[: -len("(ies)")]
        return base, base[:-1] + "ies"
    base = word.replace("(s)", "")
    lower = base.lower()
    if lower in IRREGULAR and lower == "person":
        return base, IRREGULAR[lower]
    if lower == "people":
        return IRREGULAR[lower], base
    if lower.endswith("ies"):
        return base[:-3] + "y", base
    if lower.endswith("y") and not lower.endswith(("ay", "ey", "oy")):
        return base, base[:-1] + "ies"
    if lower.endswith("s") and not lower.endswith("ss"):
        return base[:-1], base
    return base, base + "s"


def english_forms(source):
    modifiers = "|".join(MODIFIERS)
    match = re.search(r"%n ((?:" + modifiers + r")?)([A-Za-z()]+)", source)
    if not match or match.group(2) == "more":
        return source, source
    singular, plural = forms(match.group(2))
    start, end = match.span(2)
    one = source[:start] + singular + source[end:]
    many = source[:start] + plural + source[end:]
    return one.replace(" were ", " was "), many.replace(" was ", " were ")


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        filled = [form.text for form in translation.findall("numerusform") if form.text]
        if translation.get("type") != "unfinished" and len(filled) == 2:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in english_forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = Path(path).read_text(encoding="utf-8")
    Path(path).write_text(text.replace("<?xml version='1.0' encoding='utf-8'?>",
                                       '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'),
                          encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         str(Path(__file__).resolve().parent.parent / "translations/upgrade-workbench_en.ts"))
