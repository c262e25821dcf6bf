"""Reads and fills Qt Linguist .ts files for scripts/translations (standard library only)."""
import re
import sys
import xml.etree.ElementTree as ET

# French typography: a no-break space (U+00A0) before : ; ? ! and », after «; an ordinary one there is a mistake.
ORDINARY_SPACE = re.compile(r" (?=[:;?!»])|(?<=«) ")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished",):
        return True
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def live(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def texts(message):
    """The translated texts of a message (each plural form)."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def mistyped(message):
    return any(ORDINARY_SPACE.search(text) for text in texts(message))


def french(root):
    return (root.get("language") or "").startswith("fr")


def write(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def main():
    command, path = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if command == "missing":
        for context, message in messages(root):
            if live(message) and unfinished(message):
                plural = "plural" if message.get("numerus") == "yes" else ""
                print(f"{context}\t{escape(message.findtext('source'))}\t{plural}")
        return 0
    if command == "check":
        bad = [(c, m.findtext("source")) for c, m in messages(root) if live(m) and unfinished(m)]
        for context, source in bad:
            print(f"missing French translation: [{context}] {source!r}", file=sys.stderr)
        spaced = [(c, m) for c, m in messages(root) if french(root) and live(m) and mistyped(m)] 
        for context, message in spaced:
            print(f"ordinary space where French wants a no-break one (scripts/translations typography fixes it): "
                  f"[{context}] {texts(message)[0]!r}", file=sys.stderr)
        print(f"{sum(1 for _ in messages(root))} messages, {len(bad)} without a finished French translation, "
              f"{len(spaced)} with an ordinary space before : ; ? ! or inside « »")
        return 1 if bad or spaced else 0
    if command == "typography":
        fixed = 0
        for _, message in messages(root):
            translation = message.find("translation")
            if translation is None or not mistyped(message):
                continue
            for element in translation.findall("numerusform") or [translation]:
                element.text = ORDINARY_SPACE.sub("\u00a0", element.text or "")
            fixed += 1
        write(tree, path)
        print(f"{fixed} translations given their no-break spaces")
        return 0
    if command == "fill":
        table = {}
        with open(sys.argv[3], encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) < 3 or not parts[2].strip():
                    print(f"line {number}: expected context<TAB>source<TAB>translation", file=sys.stderr)
                    return 1
                table[(parts[0], unescape(parts[1]))] = unescape(parts[-1])
        filled = 0
        for context, message in messages(root):
            key = (context, message.findtext("source"))
            if key not in table:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in table[key].split(" || "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = table[key]
            filled += 1
            del table[key]
        write(tree, path)
        for context, source in table:
            print(f"not in the .ts file: [{context}] {source!r}", file=sys.stderr)
        print(f"{filled} translations filled")
        return 0
    print(f"unknown command {command}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
