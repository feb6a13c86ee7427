"""Fill the Qt catalogues' unfinished entries for the polls and check-out strings (dev helper)."""
import sys
import xml.etree.ElementTree as ET

PL = {
    'Quick poll': 'Szybka ankieta',
    'No poll yet': 'Nie ma jeszcze ankiety',
    '{answers} · The results will show when the facilitator reveals them': '{answers} · Wyniki pojawią się, gdy prowadzący je pokaże',
    'Answer on your phone: Quick polls': 'Odpowiedz na telefonie: Szybkie ankiety',
    'Polls': 'Ankiety',
    'A quick poll in seconds: phones answer under “Quick polls”. The room sees the results only when you reveal them.': 'Szybka ankieta w kilka sekund: telefony odpowiadają w „Szybkich ankietach”. Sala widzi wyniki dopiero wtedy, gdy je pokażesz.',
    'Scale 1 to 5': 'Skala od 1 do 5',
    'Scale 0 to 10': 'Skala od 0 do 10',
    'Choose one': 'Jedna odpowiedź',
    'Choose any': 'Kilka odpowiedzi',
    'Word cloud (three words each)': 'Chmura słów (po trzy słowa)',
    'Kind of poll': 'Rodzaj ankiety',
    'The question': 'Pytanie',
    'Options, one a line': 'Odpowiedzi do wyboru, każda w osobnej linii',
    'Words at the ends': 'Opis końców skali',
    'Lowest, e.g. Not at all': 'Najniżej, np. Wcale',
    'Words for the lowest point': 'Opis najniższego punktu',
    'Highest, e.g. Completely': 'Najwyżej, np. Całkowicie',
    'Words for the highest point': 'Opis najwyższego punktu',
    '&Start poll': '&Zacznij ankietę',
    'Notes for a word cloud': 'Karteczki do chmury słów',
    'Cloud from the &board': 'Chmura z &tablicy',
    "This session's polls": 'Ankiety z tego spotkania',
    'Words in the cloud': 'Słowa w chmurze',
    'Show on &projector': 'Pokaż na &projektorze',
    '&Delete poll': '&Usuń ankietę',
    'From the board': 'Z tablicy',
    'Open': 'Otwarta',
    'Not started': 'Nie rozpoczęta',
    'Closed': 'Zamknięta',
    'results shown': 'wyniki pokazane',
    'results hidden': 'wyniki ukryte',
    'The whole board': 'Cała tablica',
    'Untitled cluster': 'Grupa bez nazwy',
    '{word} · hidden': '{word} · ukryte',
    '&Close poll': 'Za&mknij ankietę',
    '&Open to phones': '&Otwórz dla telefonów',
    '&Hide results': 'U&kryj wyniki',
    '&Reveal results': 'Pokaż &wyniki',
    'Show word &again': 'Pokaż słowo &znowu',
    'Hide &word': 'Ukryj &słowo',
    'Words from the board': 'Słowa z tablicy',
    'Words from “{cluster}”': 'Słowa z „{cluster}”',
}
PL_PLURAL = {
    '%n note(s) from the board': ('%n karteczka z tablicy', '%n karteczki z tablicy', '%n karteczek z tablicy'),
    '%n answer(s)': ('%n odpowiedź', '%n odpowiedzi', '%n odpowiedzi'),
    '{answers} · %n more word(s) not shown': ('{answers} · jeszcze %n słowo niepokazane', '{answers} · jeszcze %n słowa niepokazane', '{answers} · jeszcze %n słów niepokazanych'),
}
EN_PLURAL = {
    '%n note(s) from the board': ('%n note from the board', '%n notes from the board'),
    '%n answer(s)': ('%n answer', '%n answers'),
    '{answers} · %n more word(s) not shown': ('{answers} · %n more word not shown', '{answers} · %n more words not shown'),
}
EXTRA_PL, EXTRA_PL_PLURAL, EXTRA_EN_PLURAL = {}, {}, {}
try:
    from fill_more import EXTRA_PL, EXTRA_PL_PLURAL, EXTRA_EN_PLURAL  # noqa
except ImportError:
    pass
PL.update(EXTRA_PL); PL_PLURAL.update(EXTRA_PL_PLURAL); EN_PLURAL.update(EXTRA_EN_PLURAL)


def fill(path, single, plural):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot():
        for m in ctx.findall('message'):
            tr = m.find('translation')
            if tr is None or tr.get('type') != 'unfinished':
                continue
            src = m.find('source').text
            if m.get('numerus'):
                forms = plural.get(src)
                if forms is None:
                    missing.append(src); continue
                for el, text in zip(tr.findall('numerusform'), forms):
                    el.text = text
            else:
                if src not in single:
                    missing.append(src); continue
                tr.text = single[src]
            del tr.attrib['type']
    raw = ET.tostring(tree.getroot(), encoding='unicode')
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    open(path, 'w', encoding='utf-8').write(head + raw + '\n')
    return missing

print('pl missing', fill('resources/i18n/coprod_pl.ts', PL, PL_PLURAL))
print('en missing', fill('resources/i18n/coprod_en_GB.ts', {}, EN_PLURAL))
